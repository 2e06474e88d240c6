package io.github.camelumf.jdbc;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.apache.camel.test.AvailablePortFinder;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * A private PostgreSQL cluster for the tests, from the Debian {@code postgresql} package (installed by
 * {@code .ci/run}): {@code initdb} in a temporary directory, {@code pg_ctl start} on a free port of 127.0.0.1, stopped
 * and deleted after the tests. PostgreSQL refuses to run as root, so as root it runs as the {@code postgres} system
 * user (runuser). One cluster is shared by all test classes of the module; {@link #restart()} and {@link #stop()} let
 * a test take the database away.
 */
public final class PostgresExtension implements BeforeAllCallback {

    private static final String USER = "umf";
    private static Cluster cluster;

    public static PostgresExtension create() {
        return new PostgresExtension();
    }

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        synchronized (PostgresExtension.class) {
            if (cluster == null) {
                cluster = new Cluster();
                cluster.init();
                cluster.start();
                context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL).put("umf-postgres", cluster);
            }
        }
    }

    /** jdbc:postgresql://127.0.0.1:PORT/postgres?user=umf */
    public String jdbcUrl() {
        return "jdbc:postgresql://127.0.0.1:" + cluster.port + "/postgres?user=" + USER;
    }

    /** A non-pooling data source (a connection per call), failing fast when the database is down. */
    public DataSource dataSource() {
        return dataSource(jdbcUrl());
    }

    static DataSource dataSource(String url) {
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setURL(url);
        dataSource.setConnectTimeout(5);
        dataSource.setSocketTimeout(120);
        return dataSource;
    }

    /** Stops the database (fast shutdown: sessions are ended, open transactions roll back). */
    public void stop() throws Exception {
        cluster.stop();
    }

    /** Starts it again on the same port with the same data. */
    public void start() throws Exception {
        cluster.start();
    }

    public void restart() throws Exception {
        stop();
        start();
    }

    private static final class Cluster implements ExtensionContext.Store.CloseableResource {

        private final Path binDir = findBinDir();
        private final boolean asPostgresUser = "root".equals(System.getProperty("user.name"));
        private final int port = AvailablePortFinder.getNextAvailable();
        private Path home;
        private Path data;
        private boolean running;

        void init() throws Exception {
            home = Files.createTempDirectory("umf-postgres-");
            data = home.resolve("data");
            if (asPostgresUser) {
                run(List.of("chown", "-R", "postgres:postgres", home.toString()), false);
            }
            run(List.of(binDir.resolve("initdb").toString(), "-D", data.toString(), "-U", USER, "-A", "trust",
                    "-E", "UTF8", "--no-sync", "--no-instructions"), true);
            Runtime.getRuntime().addShutdownHook(new Thread(this::closeQuietly, "umf-postgres-stop"));
        }

        synchronized void start() throws Exception {
            if (running) {
                return;
            }
            run(List.of(binDir.resolve("pg_ctl").toString(), "-D", data.toString(), "-l", home.resolve("postgres.log").toString(),
                    "-w", "-t", "120", "-o", "-p " + port + " -k " + home + " -c listen_addresses=127.0.0.1 -c fsync=off"
                                            + " -c synchronous_commit=off -c full_page_writes=off -c max_connections=200",
                    "start"), true);
            running = true;
        }

        synchronized void stop() throws Exception {
            if (!running) {
                return;
            }
            run(List.of(binDir.resolve("pg_ctl").toString(), "-D", data.toString(), "-m", "fast", "-w", "-t", "120",
                    "stop"), true);
            running = false;
        }

        @Override
        public void close() {
            closeQuietly();
        }

        private synchronized void closeQuietly() {
            try {
                stop();
            } catch (Exception ignored) {
                // best effort
            }
            if (home != null) {
                try (Stream<Path> files = Files.walk(home)) {
                    files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                } catch (IOException ignored) {
                    // best effort
                }
                home = null;
            }
        }

        private void run(List<String> command, boolean asPostgres) throws Exception {
            List<String> full = new ArrayList<>();
            if (asPostgres && asPostgresUser) {
                full.addAll(Arrays.asList("runuser", "-u", "postgres", "--"));
            }
            full.addAll(command);
            Path output = Files.createTempFile("umf-postgres-cmd", ".log");
            try {
                Process process = new ProcessBuilder(full).redirectErrorStream(true).redirectOutput(output.toFile())
                        .directory(Path.of(System.getProperty("java.io.tmpdir")).toFile()).start();
                if (!process.waitFor(180, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                    throw new IllegalStateException("timed out: " + String.join(" ", full));
                }
                if (process.exitValue() != 0) {
                    String log = home == null ? "" : readQuietly(home.resolve("postgres.log"));
                    throw new IllegalStateException("failed (" + process.exitValue() + "): " + String.join(" ", full)
                                                    + "\n" + Files.readString(output) + "\n" + log);
                }
            } finally {
                Files.deleteIfExists(output);
            }
        }

        private static String readQuietly(Path file) {
            try {
                return Files.exists(file) ? Files.readString(file) : "";
            } catch (IOException e) {
                return "";
            }
        }

        private static Path findBinDir() {
            String override = System.getenv("UMF_POSTGRES_BIN");
            if (override != null && !override.isBlank()) {
                return Path.of(override);
            }
            Path root = Path.of("/usr/lib/postgresql");
            try (Stream<Path> versions = Files.list(root)) {
                return versions.map(v -> v.resolve("bin")).filter(bin -> Files.isExecutable(bin.resolve("initdb")))
                        .max(Comparator.comparingInt(Cluster::majorVersion))
                        .orElseThrow(() -> new IllegalStateException("no initdb under " + root));
            } catch (IOException | IllegalStateException e) {
                throw new IllegalStateException("PostgreSQL is not installed (no /usr/lib/postgresql/*/bin/initdb): run"
                                                + " 'apt-get install postgresql', as .ci/run does, or set UMF_POSTGRES_BIN", e);
            }
        }

        private static int majorVersion(Path bin) {
            try {
                return Integer.parseInt(bin.getParent().getFileName().toString());
            } catch (NumberFormatException e) {
                return 0;
            }
        }
    }
}
