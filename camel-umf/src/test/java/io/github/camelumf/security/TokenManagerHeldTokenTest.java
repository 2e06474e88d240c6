package io.github.camelumf.security;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import io.github.camelumf.error.UmfTokenStoreException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The token a TokenManager holds between store reads: a shared (database) store is read only when the held token
 * nears expiry or is refused, and a failing store never leads to a fetch without it.
 */
class TokenManagerHeldTokenTest {

    private static final Duration MARGIN = Duration.ofSeconds(60);

    private final MutableClock clock = new MutableClock(Instant.parse("2025-01-01T00:00:00Z"));
    private final AtomicInteger fetches = new AtomicInteger();
    private final CountingStore store = new CountingStore();
    private final TokenManager manager = new TokenManager(this::fetch, store, MARGIN, clock);

    private AccessToken fetch() {
        return new AccessToken("held-token-" + fetches.incrementAndGet() + "-0123456789", clock.instant().plusSeconds(7200));
    }

    @Test
    void heldTokenIsUsedWithoutReadingTheStoreUntilTheRefreshMargin() {
        AccessToken first = manager.token();
        int reads = store.reads.get();

        clock.advance(Duration.ofSeconds(7139));
        for (int i = 0; i < 100; i++) {
            assertThat(manager.token()).isEqualTo(first);
        }
        assertThat(store.reads).hasValue(reads);

        clock.advance(Duration.ofSeconds(1));
        assertThat(manager.token()).isNotEqualTo(first);
        assertThat(store.reads.get()).isGreaterThan(reads);
    }

    @Test
    void tokenReplacedByAnotherNodeIsTakenFromTheStoreAfterARefusalAndHeldFromThen() {
        AccessToken mine = manager.token();
        AccessToken theirs = store.refreshIfCurrent(mine, this::fetch); // another node replaced it
        assertThat(manager.token()).as("not seen before a refusal").isEqualTo(mine);

        assertThat(manager.refreshAfterRejection(mine)).isEqualTo(theirs);
        int reads = store.reads.get();

        assertThat(manager.token()).isEqualTo(theirs);
        assertThat(store.reads).hasValue(reads);
        assertThat(fetches).hasValue(2);
    }

    @Test
    void failingStoreNearExpiryKeepsTheHeldTokenUntilItExpiresThenFailsWithoutFetching() {
        AccessToken held = manager.token();
        store.failing = true;

        clock.advance(Duration.ofSeconds(7150)); // within the margin, not expired
        assertThat(manager.token()).isEqualTo(held);

        clock.advance(Duration.ofSeconds(60)); // expired
        assertThatThrownBy(manager::token).isInstanceOf(UmfTokenStoreException.class);
        assertThat(fetches).hasValue(1);

        store.failing = false;
        assertThat(manager.token()).isNotEqualTo(held);
        assertThat(fetches).hasValue(2);
    }

    @Test
    void refusalWhileTheStoreIsDownFailsWithoutFetching() {
        AccessToken held = manager.token();
        store.failing = true;

        assertThatThrownBy(() -> manager.refreshAfterRejection(held)).isInstanceOf(UmfTokenStoreException.class);

        assertThat(fetches).hasValue(1);
    }

    /** An in-memory store that counts reads and can fail like an unreachable database. */
    private static final class CountingStore implements TokenStore {
        private final InMemoryTokenStore delegate = new InMemoryTokenStore();
        private final AtomicInteger reads = new AtomicInteger();
        private volatile boolean failing;

        @Override
        public Optional<AccessToken> current() {
            reads.incrementAndGet();
            check();
            return delegate.current();
        }

        @Override
        public AccessToken refreshIfCurrent(AccessToken expected, TokenFetcher fetcher) {
            check();
            return delegate.refreshIfCurrent(expected, fetcher);
        }

        private void check() {
            if (failing) {
                throw new UmfTokenStoreException("the database is down (test)");
            }
        }
    }
}
