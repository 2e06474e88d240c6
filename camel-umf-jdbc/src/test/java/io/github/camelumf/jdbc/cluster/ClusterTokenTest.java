package io.github.camelumf.jdbc.cluster;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.github.camelumf.jdbc.PostgresExtension;
import io.github.camelumf.sandbox.UmfSandbox;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Three nodes (three JVMs) share one UMF client id against one sandbox whose tokens live 5 s, 8 threads each calling
 * payment/create and payment/get for {@code umf.cluster.loadSeconds} (default 15 s; the soak is 60 s). With
 * the JDBC store the cluster fetches one token per lifetime and no call fails; with in-memory stores the nodes knock
 * out each other's tokens: the storm the store exists for.
 */
@Timeout(600)
class ClusterTokenTest {

    @RegisterExtension
    static final PostgresExtension POSTGRES = PostgresExtension.create();

    static final Duration LIFETIME = Duration.ofSeconds(5);
    static final Duration MARGIN = Duration.ofSeconds(1);
    static final int NODES = 3;
    static final int THREADS = 8;
    static final long SECONDS = Long.getLong("umf.cluster.loadSeconds", 15);

    private UmfSandbox sandbox;
    private ClusterNodes cluster;

    @BeforeEach
    void start(TestInfo test) throws Exception {
        String name = test.getTestMethod().orElseThrow().getName();
        sandbox = UmfSandbox.builder().clientId("cluster-" + name.hashCode()).tokenExpiresIn(LIFETIME).threads(32)
                .maxRecordedRequests(100).build().start();
        cluster = new ClusterNodes(Path.of("target", "cluster", name), sandbox,
                POSTGRES.jdbcUrl());
    }

    @AfterEach
    void stop() {
        cluster.close();
        sandbox.stop();
    }

    @Test
    void sharedJdbcStoreFetchesOneTokenPerLifetimeAndNoCallFails() throws Exception {
        Run run = load("jdbc");

        long bound = run.lifetimesBound();
        Figures.record("jdbc store", run.describe(bound));
        assertThat(run.total.errors()).as("calls that reached the routes as errors: %s", run.total.errorTypes()).isZero();
        assertThat(run.tokensIssued).as("token fetches for %d s of load", run.seconds()).isLessThanOrEqualTo(bound);
        assertThat(run.total.calls()).isPositive();
        assertThat(tokenValuesInNodeLogs()).as("token values in the nodes' logs (DEBUG)").isEmpty();
        // the database is read when a token nears expiry or is refused, never per call
        assertThat(run.total.storeQueries())
                .isLessThanOrEqualTo((run.tokensIssued + 1) * NODES * (THREADS + 4L) + 2L * run.refusals + 10L * NODES);
    }

    @Test
    void inMemoryStoresOnThreeNodesCauseATokenStorm() throws Exception {
        Run run = load("memory");

        long bound = run.lifetimesBound();
        Figures.record("in-memory stores", run.describe(bound));
        // each node fetched its own token, disabling the others' (a refusal each), and every refresh goes on doing so
        assertThat(run.tokensIssued).as("fetches: one per node at least").isGreaterThanOrEqualTo(NODES);
        assertThat(run.refusals).as("calls refused because another node's fetch disabled their token").isPositive();
    }

    /** The sandbox's tokens are 64 hex digits; none may appear in what the nodes logged. */
    private List<String> tokenValuesInNodeLogs() throws java.io.IOException {
        java.util.regex.Pattern token = java.util.regex.Pattern.compile("[0-9a-f]{64}");
        List<String> found = new ArrayList<>();
        try (java.util.stream.Stream<Path> files = java.nio.file.Files.list(cluster.dir())) {
            for (Path file : files.filter(f -> f.getFileName().toString().matches("node-.*\\.(log|err)")).toList()) {
                java.util.regex.Matcher m = token.matcher(java.nio.file.Files.readString(file));
                while (m.find()) {
                    found.add(file.getFileName() + ": " + m.group().substring(0, 8) + "...");
                }
            }
        }
        return found;
    }

    private Run load(String store) throws Exception {
        Map<String, Map<String, String>> settings = new java.util.LinkedHashMap<>();
        for (int i = 1; i <= NODES; i++) {
            settings.put("n" + i, Map.of("threads", String.valueOf(THREADS), "seconds", String.valueOf(SECONDS),
                    "refreshMarginMillis", String.valueOf(MARGIN.toMillis())));
        }
        List<ClusterNodes.Node> nodes = cluster.startAll(store, settings);
        int issuedBefore = sandbox.tokensIssued();
        int refusedBefore = sandbox.tokensRefused();
        long started = System.nanoTime();
        for (ClusterNodes.Node node : nodes) {
            node.send("LOAD");
        }
        List<LoadResult> results = new ArrayList<>();
        for (ClusterNodes.Node node : nodes) {
            results.add(LoadResult.parse(node.awaitLine("RESULT", Duration.ofSeconds(SECONDS + 300))));
        }
        long elapsedMillis = (System.nanoTime() - started) / 1_000_000;
        return new Run(store, LoadResult.sum(results), sandbox.tokensIssued() - issuedBefore,
                sandbox.tokensRefused() - refusedBefore, elapsedMillis);
    }

    /** What a load run measured. */
    record Run(String store, LoadResult total, long tokensIssued, long refusals, long elapsedMillis) {

        /**
         * The most fetches a cluster sharing one token can make in the elapsed time: a token is replaced only within
         * the margin of its expiry (or when UMF refused it as expired), so fetches are at least lifetime - margin
         * apart; one more for the first, one for rounding.
         */
        long lifetimesBound() {
            return elapsedMillis / (LIFETIME.toMillis() - MARGIN.toMillis()) + 2;
        }

        long seconds() {
            return elapsedMillis / 1000;
        }

        String describe(long bound) {
            return String.format("%d nodes x %d threads, %.1f s: %d calls (%.0f/s), %d failed %s, tokens issued %d"
                                 + " (one-per-lifetime bound %d), calls refused for their token %d, token store queries"
                                 + " %d (%.4f per call, %.1f per node and token issued)", NODES, THREADS,
                    elapsedMillis / 1000.0, total.calls(), total.calls() * 1000.0 / elapsedMillis, total.errors(),
                    total.errorTypes(), tokensIssued, bound, refusals, total.storeQueries(),
                    total.calls() == 0 ? 0.0 : (double) total.storeQueries() / total.calls(),
                    tokensIssued == 0 ? 0.0 : (double) total.storeQueries() / NODES / tokensIssued);
        }
    }
}
