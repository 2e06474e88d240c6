package io.github.camelumf.jdbc;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import io.github.camelumf.error.UmfException;
import io.github.camelumf.notification.NotificationInFlightException;
import org.apache.camel.test.AvailablePortFinder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * JdbcNotificationRepository on a real PostgreSQL, two repositories standing for two nodes: a committed row is done,
 * an uncommitted one is in flight, a rolled back or abandoned one is free to be routed again.
 */
@Timeout(120)
class JdbcNotificationRepositoryTest {

    @RegisterExtension
    static final PostgresExtension POSTGRES = PostgresExtension.create();

    private final String processor = "notify-" + UUID.randomUUID();
    private final JdbcNotificationRepository nodeA = repository();
    private final JdbcNotificationRepository nodeB = repository();
    private final ExecutorService pool = Executors.newSingleThreadExecutor();

    private JdbcNotificationRepository repository() {
        JdbcNotificationRepository repository = new JdbcNotificationRepository(POSTGRES.dataSource(), processor)
                .setInFlightWaitSeconds(1);
        repository.start();
        return repository;
    }

    @AfterEach
    void stop() {
        pool.shutdownNow();
        nodeA.stop();
        nodeB.stop();
    }

    @Test
    void confirmedNotificationIsDoneForEveryNode() {
        assertThat(nodeA.add("PAYMENT:P1:TRADE_SUCCESS")).isTrue();
        assertThat(nodeA.confirm("PAYMENT:P1:TRADE_SUCCESS")).isTrue();

        assertThat(nodeB.add("PAYMENT:P1:TRADE_SUCCESS")).isFalse();
        assertThat(nodeB.contains("PAYMENT:P1:TRADE_SUCCESS")).isTrue();
        assertThat(nodeA.add("PAYMENT:P1:TRADE_SUCCESS")).isFalse();
    }

    @Test
    void notificationRoutedOnAnotherNodeIsInFlightAfterABoundedWait() {
        assertThat(nodeA.add("PAYMENT:P2:TRADE_SUCCESS")).isTrue();

        assertThatThrownBy(() -> nodeB.add("PAYMENT:P2:TRADE_SUCCESS")).isInstanceOf(NotificationInFlightException.class);
        assertThat(nodeB.getInFlightElsewhereCount()).isEqualTo(1);
        assertThat(nodeB.contains("PAYMENT:P2:TRADE_SUCCESS")).isFalse(); // not done yet
        assertThat(nodeA.getRoutingCount()).isEqualTo(1);
    }

    @Test
    void failedRouteLeavesNothingSoAnotherNodeRoutesTheRedelivery() {
        assertThat(nodeA.add("PAYMENT:P3:TRADE_SUCCESS")).isTrue();
        assertThat(nodeA.remove("PAYMENT:P3:TRADE_SUCCESS")).isTrue();

        assertThat(nodeB.add("PAYMENT:P3:TRADE_SUCCESS")).isTrue();
        assertThat(nodeB.confirm("PAYMENT:P3:TRADE_SUCCESS")).isTrue();
    }

    @Test
    void deliveryWaitingForAnotherNodeIsADuplicateWhenThatNodeCommits() throws Exception {
        JdbcNotificationRepository patient = repository().setInFlightWaitSeconds(60);
        assertThat(nodeA.add("PAYMENT:P4:TRADE_SUCCESS")).isTrue();
        Future<Boolean> waiting = pool.submit(() -> patient.add("PAYMENT:P4:TRADE_SUCCESS"));
        awaitBlockedInserts(1);

        nodeA.confirm("PAYMENT:P4:TRADE_SUCCESS");

        assertThat(waiting.get(60, TimeUnit.SECONDS)).isFalse();
        patient.stop();
    }

    @Test
    void nodeWhoseSessionDiesMidRouteLeavesTheNotificationToTheOthers() throws Exception {
        assertThat(nodeA.add("PAYMENT:P5:TRADE_SUCCESS")).isTrue();

        // what the database sees when a node process is killed: its session ends, its transaction rolls back
        execute("SELECT pg_terminate_backend(pid) FROM pg_locks WHERE locktype = 'transactionid' AND mode = 'ExclusiveLock'"
                + " AND pid <> pg_backend_pid() AND pid IN (SELECT pid FROM pg_stat_activity WHERE state = 'idle in transaction')");

        assertThat(nodeB.add("PAYMENT:P5:TRADE_SUCCESS")).isTrue();
        assertThat(nodeB.confirm("PAYMENT:P5:TRADE_SUCCESS")).isTrue();
    }

    @Test
    void tableHasCamelSqlsShape() throws Exception {
        assertThat(nodeA.add("PAYMENT:P6:TRADE_SUCCESS")).isTrue();
        nodeA.confirm("PAYMENT:P6:TRADE_SUCCESS");

        assertThat(query("SELECT processorName || ' ' || messageId || ' ' || (createdAt IS NOT NULL) FROM"
                         + " CAMEL_MESSAGEPROCESSED WHERE processorName = '" + processor + "'"))
                .isEqualTo(processor + " PAYMENT:P6:TRADE_SUCCESS true");
    }

    @Test
    void unreachableDatabaseIsAnExceptionNotADuplicate() {
        JdbcNotificationRepository down = new JdbcNotificationRepository(PostgresExtension.dataSource(
                "jdbc:postgresql://127.0.0.1:" + AvailablePortFinder.getNextAvailable() + "/postgres?user=umf"), processor);
        down.start(); // starts anyway: notifications are answered 503 until the database is back

        assertThatThrownBy(() -> down.add("PAYMENT:P7:TRADE_SUCCESS")).isInstanceOf(UmfException.class)
                .isNotInstanceOf(NotificationInFlightException.class);
        down.stop();
    }

    private static void awaitBlockedInserts(int count) throws Exception {
        for (int i = 0; i < 600; i++) {
            if (Integer.parseInt(query("SELECT COUNT(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock'")) >= count) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no insert waited for the lock");
    }

    private static void execute(String sql) throws SQLException {
        try (Connection c = POSTGRES.dataSource().getConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private static String query(String sql) throws SQLException {
        try (Connection c = POSTGRES.dataSource().getConnection(); Statement s = c.createStatement();
             ResultSet rows = s.executeQuery(sql)) {
            rows.next();
            return rows.getString(1);
        }
    }
}
