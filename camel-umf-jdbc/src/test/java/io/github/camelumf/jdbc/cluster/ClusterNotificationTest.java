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
import java.util.concurrent.CompletableFuture;
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
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Three nodes (three JVMs) receive UMF's notifications through umf:notification with the JDBC repository on one
 * PostgreSQL: each notification is routed exactly once across the nodes, whatever node UMF delivers it to, however
 * often, and also when the node routing it is killed.
 */
@Timeout(600)
class ClusterNotificationTest {

    @RegisterExtension
    static final PostgresExtension POSTGRES = PostgresExtension.create();

    private final Random random = new Random(11);
    private UmfSandbox sandbox;
    private ClusterNodes cluster;
    private UmfDeliveries umf;
    private List<ClusterNodes.Node> nodes;

    @BeforeEach
    void start(TestInfo test) throws Exception {
        String name = test.getTestMethod().orElseThrow().getName();
        sandbox = UmfSandbox.builder().clientId("cluster-" + name.hashCode()).build().start();
        cluster = new ClusterNodes(Path.of("target", "cluster", name), sandbox, POSTGRES.jdbcUrl());
        umf = new UmfDeliveries(sandbox.keys().umfPrivateKey());
        Map<String, Map<String, String>> settings = new LinkedHashMap<>();
        settings.put("n1", Map.of("notifyPort", String.valueOf(ClusterNodes.freePort()), "hangOnSlow", "true"));
        settings.put("n2", Map.of("notifyPort", String.valueOf(ClusterNodes.freePort())));
        settings.put("n3", Map.of("notifyPort", String.valueOf(ClusterNodes.freePort())));
        nodes = cluster.startAll("jdbc", settings);
    }

    @AfterEach
    void stop() {
        cluster.close();
        sandbox.stop();
    }

    @Test
    void twoHundredNotificationsToRandomNodesWithRedeliveriesAreEachRoutedOnce() throws Exception {
        List<String> urls = nodes.stream().map(ClusterNodes.Node::notifyUrl).toList();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<Boolean>> acknowledged = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        int redelivered = 0;
        try {
            for (int i = 0; i < 200; i++) {
                String paymentId = "PAY_CLUSTER_" + i;
                String reference = "REF" + i;
                keys.add(UmfDeliveries.key(paymentId));
                int first = random.nextInt(urls.size());
                acknowledged.add(pool.submit(() -> umf.deliverUntilAcknowledged(urls.get(first), urls, paymentId,
                        reference, random, Duration.ofMinutes(3))));
                if (random.nextInt(100) < 30) { // UMF delivers it again, to another node, at the same time
                    redelivered++;
                    String other = urls.get((first + 1 + random.nextInt(urls.size() - 1)) % urls.size());
                    acknowledged.add(pool.submit(() -> umf.deliverUntilAcknowledged(other, urls, paymentId, reference,
                            random, Duration.ofMinutes(3))));
                }
            }
            for (Future<Boolean> delivery : acknowledged) {
                assertThat(delivery.get(5, TimeUnit.MINUTES)).as("acknowledged").isTrue();
            }
        } finally {
            pool.shutdownNow();
        }

        Map<String, Integer> routed = routedCounts();
        Figures.record("notifications", "200 notifications, " + redelivered + " of them delivered again to another node at"
                                        + " the same time; answers " + umf.answers() + "; routed per node "
                                        + routedPerNode() + "; keys routed " + routed.size() + ", routed twice "
                                        + routed.values().stream().filter(n -> n > 1).count() + ", lost "
                                        + keys.stream().filter(k -> !routed.containsKey(k)).count());
        assertThat(redelivered).isGreaterThanOrEqualTo(40);
        assertThat(routed.keySet()).containsExactlyInAnyOrderElementsOf(keys);
        assertThat(routed.values()).allSatisfy(n -> assertThat(n).as("times routed").isEqualTo(1));
    }

    @Test
    void nodeKilledMidRouteLeavesItsNotificationToAnotherNodeWhichRoutesItOnce() throws Exception {
        ClusterNodes.Node victim = nodes.get(0);
        String paymentId = "PAY_CLUSTER_KILLED";
        String key = UmfDeliveries.key(paymentId);
        CompletableFuture<Boolean> toVictim = CompletableFuture.supplyAsync(
                () -> umf.deliverOnce(victim.notifyUrl(), paymentId, "SLOW1"));
        victim.awaitLine("STARTED " + key, Duration.ofMinutes(2));

        // UMF delivers it again to another node while the victim is routing it: not acknowledged, not routed
        boolean acknowledgedWhileInFlight = umf.deliverOnce(nodes.get(1).notifyUrl(), paymentId, "SLOW1");
        assertThat(acknowledgedWhileInFlight).isFalse();
        assertThat(umf.answered("HTTP 409")).isEqualTo(1);

        victim.kill();
        assertThat(toVictim.get(2, TimeUnit.MINUTES)).as("the killed node acknowledged").isFalse();
        List<String> survivors = List.of(nodes.get(1).notifyUrl(), nodes.get(2).notifyUrl());
        assertThat(umf.deliverUntilAcknowledged(survivors.get(1), survivors, paymentId, "SLOW1", random,
                Duration.ofMinutes(3))).isTrue();
        assertThat(umf.deliverOnce(survivors.get(0), paymentId, "SLOW1")).as("a later duplicate is acknowledged").isTrue();

        Map<String, Integer> routed = routedCounts();
        Figures.record("node killed mid-route", "answers " + umf.answers() + "; routed per node " + routedPerNode());
        assertThat(routed).containsExactly(Map.entry(key, 1));
        assertThat(routedBy(victim.name)).isEmpty();
    }

    private Map<String, Integer> routedCounts() throws IOException {
        Map<String, Integer> counts = new HashMap<>();
        for (ClusterNodes.Node node : nodes) {
            routedBy(node.name).forEach(key -> counts.merge(key, 1, Integer::sum));
        }
        return counts;
    }

    private Map<String, Integer> routedPerNode() throws IOException {
        Map<String, Integer> perNode = new LinkedHashMap<>();
        for (ClusterNodes.Node node : nodes) {
            perNode.put(node.name, routedBy(node.name).size());
        }
        return perNode;
    }

    private List<String> routedBy(String node) throws IOException {
        Path file = cluster.dir().resolve("routed-" + node + ".log");
        if (!Files.exists(file)) {
            return List.of();
        }
        try (Stream<String> lines = Files.lines(file)) {
            return lines.filter(line -> !line.isBlank()).toList();
        }
    }
}
