package io.github.camelumf.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

import io.github.camelumf.error.UmfException;
import io.github.camelumf.statement.ClaimedElsewhereException;
import io.github.camelumf.statement.ClaimingIdempotentRepository;
import org.apache.camel.test.AvailablePortFinder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * JdbcSettleDateRepository on a real PostgreSQL, two repositories standing for two nodes: a claim is respected by the
 * other node, released when the route fails or the node's session dies, and a confirmed date is done for everyone.
 */
@Timeout(120)
class JdbcSettleDateRepositoryTest {

    @RegisterExtension
    static final PostgresExtension POSTGRES = PostgresExtension.create();

    private final String processor = "settle-" + UUID.randomUUID();
    private final JdbcSettleDateRepository nodeA = repository();
    private final JdbcSettleDateRepository nodeB = repository();

    private JdbcSettleDateRepository repository() {
        JdbcSettleDateRepository repository = new JdbcSettleDateRepository(POSTGRES.dataSource(), processor);
        repository.start();
        return repository;
    }

    @AfterEach
    void stop() {
        nodeA.stop();
        nodeB.stop();
    }

    @Test
    void isAClaimingRepositorySoThatTheConsumerClaimsBeforeRouting() {
        assertThat(nodeA).isInstanceOf(ClaimingIdempotentRepository.class);
    }

    @Test
    void dateClaimedByOneNodeIsClaimedElsewhereForTheOtherUntilConfirmedThenDone() {
        assertThat(nodeA.add("settlement/download:20260101")).isTrue();

        assertThatThrownBy(() -> nodeB.add("settlement/download:20260101"))
                .isInstanceOf(ClaimedElsewhereException.class);
        assertThat(nodeB.contains("settlement/download:20260101")).as("not done while claimed").isFalse();
        assertThat(nodeB.getClaimedElsewhereCount()).isEqualTo(1);
        assertThat(nodeA.getClaimedCount()).isEqualTo(1);

        assertThat(nodeA.confirm("settlement/download:20260101")).isTrue();
        assertThat(nodeB.add("settlement/download:20260101")).as("done: not claimed again").isFalse();
        assertThat(nodeB.getDeliveredElsewhereCount()).isEqualTo(1);
        assertThat(nodeB.contains("settlement/download:20260101")).isTrue();
        assertThat(nodeA.getClaimedCount()).isZero();
    }

    @Test
    void failedRouteReleasesTheClaimSoThatAnyNodeClaimsTheDateAgain() {
        assertThat(nodeA.add("settlement/download:20260102")).isTrue();
        assertThat(nodeA.remove("settlement/download:20260102")).isTrue();

        assertThat(nodeB.contains("settlement/download:20260102")).isFalse();
        assertThat(nodeB.add("settlement/download:20260102")).isTrue();
        assertThat(nodeB.confirm("settlement/download:20260102")).isTrue();
    }

    @Test
    void nodeWhoseSessionDiesMidRouteLeavesTheDateToTheOthers() throws Exception {
        assertThat(nodeA.add("settlement/download:20260103")).isTrue();

        // what the database sees when a node process is killed: its session ends, its transaction rolls back
        execute("SELECT pg_terminate_backend(pid) FROM pg_locks WHERE locktype = 'transactionid' AND mode = 'ExclusiveLock'"
                + " AND pid <> pg_backend_pid() AND pid IN (SELECT pid FROM pg_stat_activity WHERE state = 'idle in transaction')");

        assertThat(nodeB.add("settlement/download:20260103")).isTrue();
        assertThat(nodeB.confirm("settlement/download:20260103")).isTrue();
        assertThatThrownBy(() -> nodeA.confirm("settlement/download:20260103"))
                .as("the dead session's route cannot mark the date done").isInstanceOf(UmfException.class);
    }

    @Test
    void removeNeverUndoesADateAnotherNodeDelivered() {
        assertThat(nodeA.add("settlement/download:20260104")).isTrue();
        assertThat(nodeA.confirm("settlement/download:20260104")).isTrue();

        assertThat(nodeB.remove("settlement/download:20260104")).isFalse();
        assertThat(nodeA.contains("settlement/download:20260104")).isTrue();
    }

    @Test
    void unreachableDatabaseIsAnExceptionNotAClaimElsewhere() {
        JdbcSettleDateRepository down = new JdbcSettleDateRepository(PostgresExtension.dataSource(
                "jdbc:postgresql://127.0.0.1:" + AvailablePortFinder.getNextAvailable() + "/postgres?user=umf"), processor);
        down.start(); // starts anyway: the polls fail (and are retried) until the database is back

        assertThatThrownBy(() -> down.add("settlement/download:20260105")).isInstanceOf(UmfException.class)
                .isNotInstanceOf(ClaimedElsewhereException.class);
        down.stop();
    }

    private static void execute(String sql) throws SQLException {
        try (Connection c = POSTGRES.dataSource().getConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
