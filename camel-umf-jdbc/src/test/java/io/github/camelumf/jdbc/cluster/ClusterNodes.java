package io.github.camelumf.jdbc.cluster;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import io.github.camelumf.sandbox.UmfSandbox;
import org.apache.camel.test.AvailablePortFinder;

/**
 * Starts {@link ClusterNode}s as separate JVMs (ProcessBuilder, the test classpath), each with its own settings
 * file, log file and stdin/stdout line protocol; kills what is left on close.
 */
final class ClusterNodes implements AutoCloseable {

    private final Path dir;
    private final UmfSandbox sandbox;
    private final String jdbcUrl;
    private final List<Node> nodes = new ArrayList<>();

    ClusterNodes(Path dir, UmfSandbox sandbox, String jdbcUrl) throws IOException {
        this.dir = Files.createDirectories(dir);
        try (var old = Files.newDirectoryStream(dir, "{routed,settled}-*.log")) {
            for (Path file : old) {
                Files.delete(file); // from an earlier run
            }
        }
        this.sandbox = sandbox;
        this.jdbcUrl = jdbcUrl;
        Files.writeString(dir.resolve("merchant-key.pem"), sandbox.keys().merchantPrivateKeyPkcs8Pem());
        Files.writeString(dir.resolve("umf-certificate.pem"), sandbox.keys().umfCertificatePem());
        Files.writeString(dir.resolve("log4j2-node.properties"), """
                appender.file.type = File
                appender.file.name = file
                appender.file.fileName = ${sys:umf.node.log}
                appender.file.layout.type = PatternLayout
                appender.file.layout.pattern = %d [%-15.15t] %-5p %-30.30c{1} - %m%n
                rootLogger.level = WARN
                rootLogger.appenderRef.file.ref = file
                logger.umf.name = io.github.camelumf
                logger.umf.level = DEBUG
                """);
    }

    Path dir() {
        return dir;
    }

    /** Starts nodes in parallel and waits (bounded) until each printed READY. */
    List<Node> startAll(String store, Map<String, Map<String, String>> settingsByName) throws Exception {
        List<Node> started = new ArrayList<>();
        for (Map.Entry<String, Map<String, String>> entry : settingsByName.entrySet()) {
            started.add(launch(entry.getKey(), store, entry.getValue()));
        }
        for (Node node : started) {
            node.awaitLine("READY", Duration.ofMinutes(3));
        }
        return started;
    }

    /** Starts a node and waits (bounded) until it printed READY. */
    Node start(String name, String store, Map<String, String> extra) throws Exception {
        Node node = launch(name, store, extra);
        node.awaitLine("READY", Duration.ofMinutes(3));
        return node;
    }

    private Node launch(String name, String store, Map<String, String> extra) throws Exception {
        Properties settings = new Properties();
        settings.setProperty("name", name);
        settings.setProperty("store", store);
        settings.setProperty("baseUrl", sandbox.baseUrl());
        settings.setProperty("clientId", sandbox.clientId());
        settings.setProperty("clientSecret", sandbox.clientSecret());
        settings.setProperty("privateKeyFile", dir.resolve("merchant-key.pem").toString());
        settings.setProperty("umfCertificateFile", dir.resolve("umf-certificate.pem").toString());
        settings.setProperty("jdbcUrl", jdbcUrl);
        settings.setProperty("refreshMarginMillis", "1000");
        settings.setProperty("outDir", dir.toString());
        settings.setProperty("threads", "8");
        settings.setProperty("seconds", "10");
        extra.forEach(settings::setProperty);
        Path file = dir.resolve("node-" + name + ".properties");
        try (Writer writer = Files.newBufferedWriter(file)) {
            settings.store(writer, "cluster node " + name);
        }
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> command = List.of(java, "-Xmx160m", "-Xss512k", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                "-Dsun.net.httpserver.nodelay=true",
                "-Dlog4j2.configurationFile=" + dir.resolve("log4j2-node.properties"),
                "-Dumf.node.log=" + dir.resolve("node-" + name + ".log"),
                "-cp", classpath, ClusterNode.class.getName(), file.toString());
        Process process = new ProcessBuilder(command).redirectError(dir.resolve("node-" + name + ".err").toFile()).start();
        Node node = new Node(name, process, Integer.parseInt(settings.getProperty("notifyPort", "0")));
        nodes.add(node);
        return node;
    }

    static int freePort() {
        return AvailablePortFinder.getNextAvailable();
    }

    @Override
    public void close() {
        for (Node node : nodes) {
            node.exit();
        }
    }

    /** A running node: its process, its stdout lines, its notification URL. */
    final class Node {
        final String name;
        final Process process;
        final int notifyPort;
        private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        private final Writer stdin;

        Node(String name, Process process, int notifyPort) {
            this.name = name;
            this.process = process;
            this.notifyPort = notifyPort;
            this.stdin = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
            Thread reader = new Thread(() -> {
                try (BufferedReader out = new BufferedReader(
                        new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                    for (String line = out.readLine(); line != null; line = out.readLine()) {
                        lines.add(line);
                    }
                } catch (IOException ignored) {
                    // the process ended
                }
            }, "node-" + name + "-stdout");
            reader.setDaemon(true);
            reader.start();
        }

        String notifyUrl() {
            return "http://127.0.0.1:" + notifyPort + "/umf/notify";
        }

        void send(String command) throws IOException {
            stdin.write(command + "\n");
            stdin.flush();
        }

        /** The next stdout line starting with {@code prefix}; earlier other lines are skipped. */
        String awaitLine(String prefix, Duration timeout) throws Exception {
            long deadline = System.nanoTime() + timeout.toNanos();
            while (true) {
                long left = deadline - System.nanoTime();
                String line = left > 0 ? lines.poll(Math.min(left, 1_000_000_000L), TimeUnit.NANOSECONDS) : null;
                if (line != null && line.startsWith(prefix)) {
                    return line;
                }
                if (line == null && (!process.isAlive() && lines.isEmpty() || System.nanoTime() > deadline)) {
                    throw new AssertionError("node " + name + " printed no " + prefix + " line (alive: " + process.isAlive()
                                             + "); see " + dir.resolve("node-" + name + ".err") + " and .log: "
                                             + tail(dir.resolve("node-" + name + ".err")));
                }
            }
        }

        void kill() throws InterruptedException {
            process.destroyForcibly();
            process.waitFor(60, TimeUnit.SECONDS);
        }

        void exit() {
            try {
                if (process.isAlive()) {
                    send("EXIT");
                    if (!process.waitFor(30, TimeUnit.SECONDS)) {
                        process.destroyForcibly();
                    }
                }
            } catch (IOException | InterruptedException e) {
                process.destroyForcibly();
            }
        }
    }

    private static String tail(Path file) {
        try {
            String text = Files.exists(file) ? Files.readString(file) : "";
            return text.length() > 3000 ? text.substring(text.length() - 3000) : text;
        } catch (IOException e) {
            return "";
        }
    }
}
