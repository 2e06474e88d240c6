package io.github.camelumf.jdbc.cluster;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import io.github.camelumf.jdbc.PostgresExtension;
import io.github.camelumf.sandbox.UmfSandbox;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * PostgreSQL is stopped and started again while three nodes are under load (5 s tokens) and receiving notifications.
 * While it is down, nodes go on with the token they hold; a node whose token expires meanwhile fails its calls with
 * UmfTokenStoreException instead of fetching on its own (no storm), and notifications are answered 503, not
 * acknowledged. Afterwards the cluster is back to one token per lifetime, no failed call, every notification routed
 * exactly once.
 */
@Timeout(600)
class ClusterDatabaseRestartTest {

    @RegisterExtension
    static final PostgresExtension POSTGRES = PostgresExtension.create();

    private static final int NOTIFICATIONS = 60;
    private static final int OUTAGE_NOTIFICATIONS = 6;
    private static final long SECONDS = ClusterTokenTest.SECONDS;

    private final Random random = new Random(13);
    private UmfSandbox sandbox;
    private ClusterNodes cluster;
    private List<ClusterNodes.Node> nodes;

    @BeforeEach
    void start() throws Exception {
        sandbox = UmfSandbox.builder().clientId("cluster-restart").tokenExpiresIn(ClusterTokenTest.LIFETIME).threads(32)
                .maxRecordedRequests(100).build().start();
        cluster = new ClusterNodes(Path.of("target", "cluster", "databaseRestart"), sandbox, POSTGRES.jdbcUrl());
        Map<String, Map<String, String>> settings = new LinkedHashMap<>();
        for (int i = 1; i <= 3; i++) {
            settings.put("n" + i, Map.of("notifyPort", String.valueOf(ClusterNodes.freePort()), "threads", "8",
                    "refreshMarginMillis", String.valueOf(ClusterTokenTest.MARGIN.toMillis())));
        }
        nodes = cluster.startAll("jdbc", settings);
    }

    @AfterEach
    void stop() throws Exception {
        cluster.close();
        sandbox.stop();
        POSTGRES.start(); // in case the test failed while it was down
    }

    @Test
    void postgresRestartedMidRunLosesNoNotificationAndCausesNoTokenStorm() throws Exception {
        UmfDeliveries umf = new UmfDeliveries(sandbox.keys().umfPrivateKey());
        List<String> urls = nodes.stream().map(ClusterNodes.Node::notifyUrl).toList();
        int issuedBefore = sandbox.tokensIssued();
        long started = System.nanoTime();
        for (ClusterNodes.Node node : nodes) {
            node.send("LOAD " + SECONDS);
        }
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<Boolean>> acknowledged = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        try {
            long spacing = SECONDS * 1000 / NOTIFICATIONS;
            for (int i = 0; i < NOTIFICATIONS; i++) {
                String paymentId = "PAY_RESTART_" + i;
                keys.add(UmfDeliveries.key(paymentId));
                String first = urls.get(random.nextInt(urls.size()));
                acknowledged.add(pool.submit(() -> umf.deliverUntilAcknowledged(first, urls, paymentId, "REF" + paymentId,
                        random, Duration.ofMinutes(4))));
                Thread.sleep(spacing);
                if (i == NOTIFICATIONS / 3) {
                    long down = System.nanoTime();
                    POSTGRES.stop();
                    for (int j = 0; j < OUTAGE_NOTIFICATIONS; j++) { // delivered while the database is down
                        String outageId = "PAY_OUTAGE_" + j;
                        keys.add(UmfDeliveries.key(outageId));
                        String url = urls.get(j % urls.size());
                        assertThat(umf.deliverOnce(url, outageId, "REF" + outageId)).as("acknowledged while down").isFalse();
                        acknowledged.add(pool.submit(() -> umf.deliverUntilAcknowledged(url, urls, outageId,
                                "REF" + outageId, random, Duration.ofMinutes(4))));
                    }
                    Thread.sleep(ClusterTokenTest.LIFETIME.toMillis()); // long enough for held tokens to expire
                    POSTGRES.start();
                    long outageMillis = (System.nanoTime() - down) / 1_000_000;
                    Figures.record("database restart", "PostgreSQL down for " + outageMillis + " ms");
                }
            }
            List<LoadResult> results = new ArrayList<>();
            for (ClusterNodes.Node node : nodes) {
                results.add(LoadResult.parse(node.awaitLine("RESULT", Duration.ofSeconds(SECONDS + 300))));
            }
            for (Future<Boolean> delivery : acknowledged) {
                assertThat(delivery.get(5, TimeUnit.MINUTES)).as("acknowledged").isTrue();
            }
            long elapsedMillis = (System.nanoTime() - started) / 1_000_000;
            LoadResult during = LoadResult.sum(results);
            long issued = sandbox.tokensIssued() - issuedBefore;
            long bound = elapsedMillis / (ClusterTokenTest.LIFETIME.toMillis() - ClusterTokenTest.MARGIN.toMillis()) + 2;

            int issuedAfterRun = sandbox.tokensIssued();
            List<LoadResult> after = new ArrayList<>();
            for (ClusterNodes.Node node : nodes) {
                node.send("LOAD 5");
            }
            for (ClusterNodes.Node node : nodes) {
                after.add(LoadResult.parse(node.awaitLine("RESULT", Duration.ofSeconds(300))));
            }
            LoadResult recovered = LoadResult.sum(after);

            Map<String, Integer> routed = routedCounts();
            Figures.record("database restart", String.format("load %.1f s with the restart: %d calls, %d failed %s,"
                                                             + " tokens issued %d (one-per-lifetime bound %d); afterwards 5 s: %d calls, %d failed,"
                                                             + " tokens issued %d; %d notifications, answers %s, routed %d, routed twice %d, lost %d",
                    elapsedMillis / 1000.0, during.calls(), during.errors(), during.errorTypes(), issued, bound,
                    recovered.calls(), recovered.errors(), sandbox.tokensIssued() - issuedAfterRun, keys.size(),
                    umf.answers(), routed.size(), routed.values().stream().filter(n -> n > 1).count(),
                    keys.stream().filter(k -> !routed.containsKey(k)).count()));

            assertThat(issued).as("token fetches across the restart").isLessThanOrEqualTo(bound);
            assertThat(during.errorTypes().replace("UmfTokenStoreException", "").replaceAll("[{}=0-9, ]", ""))
                    .as("failures during the outage are token store failures only: %s", during.errorTypes()).isEmpty();
            assertThat(recovered.errors()).as("failed calls after the restart: %s", recovered.errorTypes()).isZero();
            assertThat(recovered.calls()).isPositive();
            assertThat(umf.answered("HTTP 503")).as("deliveries answered 503 while the database was down")
                    .isGreaterThanOrEqualTo(OUTAGE_NOTIFICATIONS);
            assertThat(routed.keySet()).containsExactlyInAnyOrderElementsOf(keys);
            assertThat(routed.values()).allSatisfy(n -> assertThat(n).as("times routed").isEqualTo(1));
        } finally {
            pool.shutdownNow();
        }
    }

    private Map<String, Integer> routedCounts() throws IOException {
        Map<String, Integer> counts = new HashMap<>();
        for (ClusterNodes.Node node : nodes) {
            Path file = cluster.dir().resolve("routed-" + node.name + ".log");
            if (Files.exists(file)) {
                try (Stream<String> lines = Files.lines(file)) {
                    lines.filter(line -> !line.isBlank()).forEach(key -> counts.merge(key, 1, Integer::sum));
                }
            }
        }
        return counts;
    }
}
