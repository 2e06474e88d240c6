package io.github.camelumf.jdbc.cluster;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.github.camelumf.jdbc.PostgresExtension;
import io.github.camelumf.sandbox.UmfSandbox;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two nodes (two JVMs) run the scheduled settlement consumer over one JdbcSettleDateRepository on PostgreSQL: the
 * node delivering a date is killed ({@code destroyForcibly}) in the middle of its route; meanwhile the other node
 * does not deliver that date (it is claimed) nor any later one (later dates wait), and once the database has ended the
 * killed node's session the other node delivers it, once, and catches up the rest in order.
 */
@Timeout(600)
class ClusterSettlementTest {

    @RegisterExtension
    static final PostgresExtension POSTGRES = PostgresExtension.create();

    private static final int DAYS = 8;
    private static final int HANG_ON = 3;

    private UmfSandbox sandbox;
    private ClusterNodes cluster;
    private final List<String> dates = new ArrayList<>();

    @BeforeEach
    void start() throws Exception {
        sandbox = UmfSandbox.builder().clientId("cluster-settlement").build().start();
        cluster = new ClusterNodes(Path.of("target", "cluster", "settlement"), sandbox, POSTGRES.jdbcUrl());
        LocalDate last = LocalDate.now(sandbox.clock()).minusDays(2); // past on the sandbox clock: ready
        for (int i = DAYS - 1; i >= 0; i--) {
            dates.add(last.minusDays(i).format(SettlementRoute.YYYYMMDD));
        }
    }

    @AfterEach
    void stop() {
        cluster.close();
        sandbox.stop();
    }

    @Test
    void nodeKilledMidRouteLeavesItsDateToTheOtherNodeWhichDeliversItOnce() throws Exception {
        Map<String, String> settings = Map.of("settleProcessor", "umf-settlement-" + System.nanoTime(),
                "settleStart", dates.get(0), "settleToday", dates.get(DAYS - 1));
        Map<String, String> victimSettings = new HashMap<>(settings);
        victimSettings.put("hangOnDate", dates.get(HANG_ON));
        ClusterNodes.Node victim = cluster.start("n1", "jdbc", victimSettings);
        victim.awaitLine("STARTED " + dates.get(HANG_ON), Duration.ofMinutes(2));

        ClusterNodes.Node survivor = cluster.start("n2", "jdbc", settings);
        Path survivorLog = cluster.dir().resolve("node-n2.log");
        awaitLogLines(survivorLog, "is being delivered by another node", 2);
        assertThat(settled("n2")).as("nothing delivered while the date is claimed by the other node").isEmpty();

        victim.kill();
        awaitSettled("n2", DAYS - HANG_ON);

        List<String> byVictim = settled("n1");
        List<String> bySurvivor = settled("n2");
        List<String> all = new ArrayList<>(byVictim);
        all.addAll(bySurvivor);
        long claimWaits = countLines(survivorLog, "is being delivered by another node");
        Figures.record("settlement node killed mid-route", DAYS + " dates; delivered by the killed node "
                                                           + byVictim.size() + ", by the other " + bySurvivor.size()
                                                           + "; duplicates " + (all.size() - all.stream().distinct()
                                                                   .count()) + "; polls of the other node that found"
                                                           + " the date claimed " + claimWaits);
        assertThat(byVictim).containsExactlyElementsOf(dates.subList(0, HANG_ON));
        assertThat(bySurvivor).containsExactlyElementsOf(dates.subList(HANG_ON, DAYS));
    }

    private List<String> settled(String node) throws Exception {
        return SettlementRoute.settledBy(cluster.dir(), node);
    }

    private void awaitSettled(String node, int count) throws Exception {
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        while (settled(node).size() < count) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError(node + " settled only " + settled(node));
            }
            Thread.sleep(100);
        }
    }

    private static void awaitLogLines(Path log, String text, int count) throws Exception {
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        while (countLines(log, text) < count) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("fewer than " + count + " lines with '" + text + "' in " + log);
            }
            Thread.sleep(100);
        }
    }

    private static long countLines(Path log, String text) throws Exception {
        if (!Files.exists(log)) {
            return 0;
        }
        return Files.readAllLines(log).stream().filter(line -> line.contains(text)).count();
    }
}
