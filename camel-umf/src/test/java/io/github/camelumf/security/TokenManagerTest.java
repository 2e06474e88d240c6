package io.github.camelumf.security;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import io.github.camelumf.error.UmfException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@Timeout(60)
class TokenManagerTest {

    private static final Duration MARGIN = Duration.ofSeconds(60);
    private static final int CALLERS = 16;

    private final MutableClock clock = new MutableClock(Instant.parse("2025-01-01T00:00:00Z"));
    private final ScriptedFetcher fetcher = new ScriptedFetcher(clock, 7200);
    private final InMemoryTokenStore store = new InMemoryTokenStore();
    private final TokenManager manager = new TokenManager(fetcher, store, MARGIN, clock);

    @Test
    void tokenIsCachedUntilTheRefreshMarginBeforeExpiry() {
        AccessToken first = manager.token();
        assertThat(first.value()).isEqualTo(ScriptedFetcher.value(1));

        clock.advance(Duration.ofSeconds(7139));
        assertThat(manager.token()).isSameAs(first);
        assertThat(manager.fetchCount()).isEqualTo(1);

        clock.advance(Duration.ofSeconds(1));
        AccessToken second = manager.token();
        assertThat(second.value()).isEqualTo(ScriptedFetcher.value(2));
        assertThat(manager.fetchCount()).isEqualTo(2);
        assertThat(store.current()).contains(second);
    }

    @Test
    void concurrentCallersWithoutATokenShareOneFetch() throws Exception {
        fetcher.gate = new CountDownLatch(1);

        List<Object> outcomes = runConcurrently(manager::token);

        assertThat(manager.fetchCount()).isEqualTo(1);
        assertThat(outcomes).hasSize(CALLERS)
                .allSatisfy(o -> assertThat(o).isEqualTo(new AccessToken(ScriptedFetcher.value(1), Instant.EPOCH)));
    }

    @Test
    void concurrentRejectionsOfTheSameTokenCauseOneFetch() throws Exception {
        AccessToken rejected = manager.token();
        fetcher.gate = new CountDownLatch(1);

        List<Object> outcomes = runConcurrently(() -> manager.refreshAfterRejection(rejected));

        assertThat(manager.fetchCount()).isEqualTo(2);
        assertThat(outcomes).allSatisfy(o -> assertThat(((AccessToken) o).value()).isEqualTo(ScriptedFetcher.value(2)));
        assertThat(store.current().orElseThrow().value()).isEqualTo(ScriptedFetcher.value(2));
    }

    @Test
    void rejectionOfAStaleTokenReturnsTheCurrentOneWithoutFetching() {
        AccessToken first = manager.token();
        AccessToken second = manager.refreshAfterRejection(first);
        assertThat(manager.fetchCount()).isEqualTo(2);

        AccessToken afterStaleRejection = manager.refreshAfterRejection(first);

        assertThat(afterStaleRejection).isSameAs(second);
        assertThat(manager.fetchCount()).isEqualTo(2);
    }

    @Test
    void failedFetchPropagatesToAllWaitersAndTheNextCallTriesAgain() throws Exception {
        UmfException failure = new UmfException("UMF refused the client credentials");
        fetcher.failure = failure;
        fetcher.gate = new CountDownLatch(1);

        List<Object> outcomes = runConcurrently(manager::token);

        assertThat(outcomes).allSatisfy(o -> assertThat(o).isSameAs(failure));
        assertThat(manager.fetchCount()).isEqualTo(1);
        assertThat(manager.fetchFailureCount()).isEqualTo(1);
        assertThat(store.current()).isEmpty();

        fetcher.failure = null;
        AccessToken token = manager.token();

        assertThat(token.value()).isEqualTo(ScriptedFetcher.value(2));
        assertThat(manager.fetchCount()).isEqualTo(2);
        assertThat(manager.fetchFailureCount()).isEqualTo(1);
    }

    @Test
    void failedRefreshAfterRejectionKeepsTheOldTokenAndTheNextRejectionTriesAgain() {
        AccessToken rejected = manager.token();
        fetcher.failure = new UmfException("connection refused");

        assertThatThrownBy(() -> manager.refreshAfterRejection(rejected)).hasMessage("connection refused");
        assertThat(store.current()).contains(rejected);

        fetcher.failure = null;
        assertThat(manager.refreshAfterRejection(rejected).value()).isEqualTo(ScriptedFetcher.value(3));
        assertThat(manager.fetchCount()).isEqualTo(3);
    }

    @Test
    void managersSharingOneStoreFetchOnceForTheSameRejectedToken() throws Exception {
        TokenManager otherNode = new TokenManager(fetcher, store, MARGIN, clock);
        AccessToken rejected = manager.token();
        assertThat(otherNode.token()).isSameAs(rejected);
        fetcher.gate = new CountDownLatch(1);

        AtomicInteger turn = new AtomicInteger();
        List<Object> outcomes = runConcurrently(() -> (turn.getAndIncrement() % 2 == 0 ? manager : otherNode)
                .refreshAfterRejection(rejected));

        assertThat(fetcher.calls).hasValue(2);
        assertThat(outcomes).allSatisfy(o -> assertThat(((AccessToken) o).value()).isEqualTo(ScriptedFetcher.value(2)));
    }

    @Test
    void tokenLivingShorterThanTheMarginIsUsedUntilItExpiresInsteadOfRefetchedOnEveryCall() {
        ScriptedFetcher shortLived = new ScriptedFetcher(clock, 30);
        TokenManager m = new TokenManager(shortLived, new InMemoryTokenStore(), MARGIN, clock);

        AccessToken first = m.token();
        assertThat(m.token()).isSameAs(first);
        clock.advance(Duration.ofSeconds(29));
        assertThat(m.token()).isSameAs(first);
        assertThat(m.fetchCount()).isEqualTo(1);

        clock.advance(Duration.ofSeconds(1));
        assertThat(m.token()).isNotEqualTo(first);
        assertThat(m.fetchCount()).isEqualTo(2);
    }

    @Test
    void staleTokenStoredByAnotherNodeIsReplaced() {
        AccessToken stale = AccessToken.expiringIn("stale-token-from-elsewhere", 10, clock.instant());
        store.refreshIfCurrent(null, () -> stale);

        AccessToken token = manager.token();

        assertThat(token.value()).isEqualTo(ScriptedFetcher.value(1));
        assertThat(manager.fetchCount()).isEqualTo(1);
    }

    @Test
    void fetcherReturningNothingIsAFailure() {
        TokenManager m = new TokenManager(() -> null, new InMemoryTokenStore(), MARGIN, clock);

        assertThatThrownBy(m::token).isInstanceOf(UmfException.class).hasMessageContaining("no token");
        assertThat(m.fetchFailureCount()).isEqualTo(1);
    }

    @Test
    void toStringShowsNoTokenValue() {
        AccessToken token = manager.token();

        assertThat(manager.toString()).doesNotContain(token.value());
        assertThat(store.toString()).doesNotContain(token.value());
    }

    /**
     * Starts {@link #CALLERS} threads on the call, waits until every one of them is parked inside the token machinery
     * (in the fetcher, waiting for the in-flight refresh, or on the store's lock), then opens the fetcher's gate.
     */
    private List<Object> runConcurrently(Supplier<AccessToken> call) throws InterruptedException {
        Object[] outcomes = new Object[CALLERS];
        Thread[] threads = new Thread[CALLERS];
        CountDownLatch ready = new CountDownLatch(CALLERS);
        for (int i = 0; i < CALLERS; i++) {
            int index = i;
            threads[i] = new Thread(() -> {
                ready.countDown();
                try {
                    outcomes[index] = call.get();
                } catch (Throwable t) {
                    outcomes[index] = t;
                }
            }, "token-caller-" + i);
            threads[i].start();
        }
        assertThat(ready.await(30, TimeUnit.SECONDS)).isTrue();
        awaitAllParked(threads);
        fetcher.gate.countDown();
        for (Thread thread : threads) {
            thread.join(TimeUnit.SECONDS.toMillis(30));
            assertThat(thread.isAlive()).as(thread.getName() + " finished").isFalse();
        }
        return new ArrayList<>(Arrays.asList(outcomes));
    }

    private static void awaitAllParked(Thread[] threads) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!Arrays.stream(threads).allMatch(TokenManagerTest::isParkedInTokenMachinery)) {
            if (System.nanoTime() > deadline) {
                StringBuilder states = new StringBuilder();
                for (Thread t : threads) {
                    states.append('\n').append(t.getName()).append(' ').append(t.getState())
                            .append(Arrays.toString(t.getStackTrace()));
                }
                throw new AssertionError("callers did not all reach the token machinery:" + states);
            }
            Thread.sleep(1);
        }
    }

    private static boolean isParkedInTokenMachinery(Thread thread) {
        Thread.State state = thread.getState();
        if (state != Thread.State.WAITING && state != Thread.State.TIMED_WAITING) {
            return false;
        }
        for (StackTraceElement frame : thread.getStackTrace()) {
            String type = frame.getClassName();
            String method = frame.getMethodName();
            if (type.equals(TokenManager.class.getName()) && method.equals("await")
                    || type.equals(ScriptedFetcher.class.getName()) && method.equals("fetch")
                    || type.equals(InMemoryTokenStore.class.getName()) && method.equals("refreshIfCurrent")) {
                return true;
            }
        }
        return false;
    }

    /** Hands out token-1, token-2, ...; can be held at a gate and made to fail. */
    static final class ScriptedFetcher implements TokenFetcher {

        final AtomicInteger calls = new AtomicInteger();
        private final MutableClock clock;
        private final long lifetimeSeconds;
        volatile CountDownLatch gate;
        volatile RuntimeException failure;

        ScriptedFetcher(MutableClock clock, long lifetimeSeconds) {
            this.clock = clock;
            this.lifetimeSeconds = lifetimeSeconds;
        }

        static String value(int n) {
            return String.format("umf-access-token-%04d", n);
        }

        @Override
        public AccessToken fetch() {
            int n = calls.incrementAndGet();
            CountDownLatch g = gate;
            if (g != null) {
                try {
                    if (!g.await(30, TimeUnit.SECONDS)) {
                        throw new IllegalStateException("gate not opened");
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(e);
                }
            }
            RuntimeException f = failure;
            if (f != null) {
                throw f;
            }
            return AccessToken.expiringIn(value(n), lifetimeSeconds, clock.instant());
        }
    }
}
