package io.github.camelumf.jdbc;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import io.github.camelumf.error.UmfTokenStoreException;
import io.github.camelumf.security.AccessToken;
import io.github.camelumf.security.TokenFetcher;
import io.github.camelumf.security.TokenManager;
import org.apache.camel.test.AvailablePortFinder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** JdbcTokenStore on a real PostgreSQL: one row per client id, one fetch at a time across stores, bounded waits. */
@Timeout(120)
class JdbcTokenStoreTest {

    @RegisterExtension
    static final PostgresExtension POSTGRES = PostgresExtension.create();

    private static final String KEY = "MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY="; // 32 bytes

    private final String clientId = "client-" + UUID.randomUUID();
    private final AtomicInteger fetches = new AtomicInteger();

    private JdbcTokenStore store() {
        return new JdbcTokenStore(POSTGRES.dataSource(), clientId);
    }

    private AccessToken fetch() {
        int n = fetches.incrementAndGet();
        return new AccessToken("token-" + n + "-" + "0123456789abcdef0123456789abcdef", Instant.now().plusSeconds(600));
    }

    @Test
    void tableIsCreatedOnFirstUseWithOneRowPerClientIdAndTheTokenSurvivesTheRoundTrip() throws Exception {
        JdbcTokenStore store = store();
        assertThat(store.current()).isEmpty();

        AccessToken stored = store.refreshIfCurrent(null, this::fetch);

        assertThat(store().current()).contains(stored);
        assertThat(store().current().orElseThrow().expiresAt()).isEqualTo(Instant.ofEpochMilli(stored.expiresAt().toEpochMilli()));
        assertThat(query("SELECT COUNT(*) FROM UMF_ACCESS_TOKEN WHERE CLIENT_ID = '" + clientId + "'")).isEqualTo("1");
        assertThat(query("SELECT TOKEN_VALUE FROM UMF_ACCESS_TOKEN WHERE CLIENT_ID = '" + clientId + "'")).isEqualTo(stored.value());
    }

    @Test
    void storesOfSeveralNodesFetchOnceForTheSameStaleToken() throws Exception {
        AccessToken stale = store().refreshIfCurrent(null, this::fetch);
        List<JdbcTokenStore> nodes = List.of(store(), store(), store());
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(12);
        try {
            List<Future<AccessToken>> results = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                JdbcTokenStore node = nodes.get(i % 3);
                results.add(pool.submit(() -> {
                    start.await();
                    return node.refreshIfCurrent(stale, this::slowFetch);
                }));
            }
            start.countDown();
            List<AccessToken> tokens = new ArrayList<>();
            for (Future<AccessToken> result : results) {
                tokens.add(result.get(60, TimeUnit.SECONDS));
            }
            assertThat(fetches).hasValue(2);
            assertThat(tokens).allSatisfy(t -> assertThat(t).isNotEqualTo(stale).isEqualTo(tokens.get(0)));
        } finally {
            pool.shutdownNow();
        }
    }

    private AccessToken slowFetch() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return fetch();
    }

    @Test
    void refusedTokenThatIsNoLongerStoredGivesTheNewerOneWithoutFetching() {
        AccessToken first = store().refreshIfCurrent(null, this::fetch);
        AccessToken second = store().refreshIfCurrent(first, this::fetch);

        AccessToken answer = store().refreshIfCurrent(first, () -> {
            throw new AssertionError("must not fetch");
        });

        assertThat(answer).isEqualTo(second);
        assertThat(fetches).hasValue(2);
    }

    @Test
    void waitForAnotherNodesFetchIsBoundedAndTheStoreIsUsableAfterwards() throws Exception {
        CountDownLatch fetching = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            Future<AccessToken> slow = pool.submit(() -> store().refreshIfCurrent(null, () -> {
                fetching.countDown();
                await(release);
                return fetch();
            }));
            assertThat(fetching.await(60, TimeUnit.SECONDS)).isTrue();
            JdbcTokenStore waiting = store().setLockTimeoutSeconds(1);

            assertThatThrownBy(() -> waiting.refreshIfCurrent(null, this::fetch))
                    .isInstanceOf(UmfTokenStoreException.class).hasMessageContaining("Waited 1 s for another node");
            assertThat(waiting.getLockTimeoutCount()).isEqualTo(1);

            release.countDown();
            AccessToken stored = slow.get(60, TimeUnit.SECONDS);
            assertThat(waiting.refreshIfCurrent(null, this::fetch)).isEqualTo(stored);
            assertThat(fetches).hasValue(1);
        } finally {
            release.countDown();
            pool.shutdownNow();
        }
    }

    @Test
    void failedFetchLeavesTheStoredTokenAndReleasesTheLock() {
        AccessToken first = store().refreshIfCurrent(null, this::fetch);
        JdbcTokenStore store = store().setLockTimeoutSeconds(2);

        assertThatThrownBy(() -> store.refreshIfCurrent(first, () -> {
            throw new IllegalStateException("UMF is down");
        })).isInstanceOf(IllegalStateException.class).hasMessage("UMF is down");

        assertThat(store.current()).contains(first);
        assertThat(store().setLockTimeoutSeconds(2).refreshIfCurrent(first, this::fetch)).isNotEqualTo(first);
    }

    @Test
    void tokenIsEncryptedAtRestAndReadableOnlyWithTheSameKey() throws Exception {
        AccessToken token = store().setEncryptionKey(KEY).refreshIfCurrent(null, this::fetch);

        String atRest = query("SELECT TOKEN_VALUE FROM UMF_ACCESS_TOKEN WHERE CLIENT_ID = '" + clientId + "'");
        assertThat(atRest).startsWith("gcm1:").doesNotContain(token.value()).doesNotContain("0123456789abcdef");
        assertThat(store().setEncryptionKey(KEY).current()).contains(token);
        assertThatThrownBy(() -> store().current()).isInstanceOf(UmfTokenStoreException.class)
                .hasMessageContaining("encrypted").hasMessageNotContaining(token.value());
        String otherKey = "ZmVkY2JhOTg3NjU0MzIxMGZlZGNiYTk4NzY1NDMyMTA=";
        assertThatThrownBy(() -> store().setEncryptionKey(otherKey).current())
                .isInstanceOf(UmfTokenStoreException.class).hasMessageContaining("same token encryption key");
    }

    @Test
    void plaintextRowIsReadWithAKeyAndEncryptedAtTheNextRefresh() throws Exception {
        AccessToken plain = store().refreshIfCurrent(null, this::fetch);
        JdbcTokenStore encrypted = store().setEncryptionKey(KEY);

        assertThat(encrypted.current()).contains(plain);
        encrypted.refreshIfCurrent(plain, this::fetch);
        assertThat(query("SELECT TOKEN_VALUE FROM UMF_ACCESS_TOKEN WHERE CLIENT_ID = '" + clientId + "'")).startsWith("gcm1:");
    }

    @Test
    void tokenValueAppearsInNoToString() {
        JdbcTokenStore store = store().setEncryptionKey(KEY);
        AccessToken token = store.refreshIfCurrent(null, this::fetch);
        assertThat(store.toString()).doesNotContain(token.value()).doesNotContain(KEY);
    }

    @Test
    void missingTableWithCreateTableOffFailsWithTheDdl() {
        JdbcTokenStore store = store().setTableName("UMF_NO_SUCH_TABLE").setCreateTable(false);
        assertThatThrownBy(store::current).isInstanceOf(UmfTokenStoreException.class)
                .hasMessageContaining("CREATE TABLE UMF_NO_SUCH_TABLE");
    }

    @Test
    void unreachableDatabaseFailsWithTokenStoreExceptionAndIsNotRetriedDuringTheBackoff() {
        CountingDataSource unreachable = new CountingDataSource(PostgresExtension.dataSource(
                "jdbc:postgresql://127.0.0.1:" + AvailablePortFinder.getNextAvailable() + "/postgres?user=umf"));
        JdbcTokenStore store = new JdbcTokenStore(unreachable, clientId).setFailureBackoffMillis(60_000);

        assertThatThrownBy(store::current).isInstanceOf(UmfTokenStoreException.class)
                .hasMessageContaining("connect to the database");
        assertThatThrownBy(() -> store.refreshIfCurrent(null, this::fetch)).isInstanceOf(UmfTokenStoreException.class)
                .hasMessageContaining("not retried before");
        assertThat(unreachable.connections()).isEqualTo(1);
        assertThat(fetches).hasValue(0);
    }

    @Test
    void tokenManagerOverTheStoreRunsNoQueryPerCallInTheSteadyState() {
        JdbcTokenStore store = store();
        TokenManager manager = new TokenManager(this::fetch, store, Duration.ofSeconds(60), Clock.systemUTC());
        AccessToken first = manager.token();
        long queries = store.getQueryCount();

        for (int i = 0; i < 1000; i++) {
            assertThat(manager.token()).isEqualTo(first);
        }

        assertThat(store.getQueryCount()).isEqualTo(queries);
        assertThat(fetches).hasValue(1);
    }

    @Test
    void managersOfTwoNodesFetchOnceAndTheOtherNodeTakesTheStoredTokenAfterARefusal() {
        JdbcTokenStore storeA = store();
        JdbcTokenStore storeB = store();
        TokenManager a = new TokenManager(this::fetch, storeA, Duration.ofSeconds(60), Clock.systemUTC());
        TokenManager b = new TokenManager(this::fetch, storeB, Duration.ofSeconds(60), Clock.systemUTC());
        AccessToken shared = a.token();
        assertThat(b.token()).isEqualTo(shared);

        AccessToken replaced = a.refreshAfterRejection(shared); // UMF refused it on node A
        AccessToken onB = b.refreshAfterRejection(shared);      // then node B's call with it is refused too

        assertThat(onB).isEqualTo(replaced).isNotEqualTo(shared);
        assertThat(b.token()).isEqualTo(replaced);
        assertThat(fetches).hasValue(2);
    }

    @Test
    void heldTokenIsUsedUntilItExpiresWhileTheStoreIsDownButNeverRefetchedWithoutIt() throws Exception {
        AtomicInteger fetched = new AtomicInteger();
        MovableClock clock = new MovableClock();
        TokenFetcher shortLived = () -> new AccessToken("short-" + fetched.incrementAndGet() + "-0123456789abcdef",
                clock.instant().plusSeconds(3600));
        CountingDataSource source = new CountingDataSource(POSTGRES.dataSource());
        JdbcTokenStore store = new JdbcTokenStore(source, clientId).setFailureBackoffMillis(0);
        TokenManager manager = new TokenManager(shortLived, store, Duration.ofSeconds(600), clock);
        AccessToken held = manager.token();

        source.fail(true);
        clock.advance(Duration.ofSeconds(3000)); // within the margin, not expired
        assertThat(manager.token()).isEqualTo(held);
        clock.advance(Duration.ofSeconds(700)); // expired
        assertThatThrownBy(manager::token).isInstanceOf(UmfTokenStoreException.class);
        assertThat(fetched).hasValue(1);

        source.fail(false);
        assertThat(manager.token()).isNotEqualTo(held);
        assertThat(fetched).hasValue(2);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String query(String sql) throws SQLException {
        try (Connection c = POSTGRES.dataSource().getConnection(); Statement s = c.createStatement();
             ResultSet rows = s.executeQuery(sql)) {
            rows.next();
            return rows.getString(1);
        }
    }

    /** A clock the test moves. */
    static final class MovableClock extends Clock {
        private volatile Instant now = Instant.now();

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return java.time.ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }

    /** Counts getConnection calls and can pretend the database is down. */
    static final class CountingDataSource implements DataSource {
        private final DataSource delegate;
        private final AtomicInteger connections = new AtomicInteger();
        private volatile boolean failing;

        CountingDataSource(DataSource delegate) {
            this.delegate = delegate;
        }

        int connections() {
            return connections.get();
        }

        void fail(boolean failing) {
            this.failing = failing;
        }

        @Override
        public Connection getConnection() throws SQLException {
            connections.incrementAndGet();
            if (failing) {
                throw new SQLException("Connection refused (test)", "08001");
            }
            return delegate.getConnection();
        }

        @Override
        public Connection getConnection(String username, String password) throws SQLException {
            return getConnection();
        }

        @Override
        public java.io.PrintWriter getLogWriter() throws SQLException {
            return delegate.getLogWriter();
        }

        @Override
        public void setLogWriter(java.io.PrintWriter out) throws SQLException {
            delegate.setLogWriter(out);
        }

        @Override
        public void setLoginTimeout(int seconds) throws SQLException {
            delegate.setLoginTimeout(seconds);
        }

        @Override
        public int getLoginTimeout() throws SQLException {
            return delegate.getLoginTimeout();
        }

        @Override
        public java.util.logging.Logger getParentLogger() {
            return java.util.logging.Logger.getGlobal();
        }

        @Override
        public <T> T unwrap(Class<T> iface) throws SQLException {
            return delegate.unwrap(iface);
        }

        @Override
        public boolean isWrapperFor(Class<?> iface) throws SQLException {
            return delegate.isWrapperFor(iface);
        }
    }
}
