package io.github.camelumf.security;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The manager's own rules, independent of how well a {@link TokenStore} implements its contract: a token another
 * participant already replaced is used as is, without even asking the store; a refresh that comes back with a token
 * that is stale (a peer's) or with the rejected one (a refresh joined late) is followed by one more round.
 */
class TokenManagerStoreRoundsTest {

    private static final Duration MARGIN = Duration.ofSeconds(60);

    private final MutableClock clock = new MutableClock(Instant.parse("2025-01-01T00:00:00Z"));
    private final TokenManagerTest.ScriptedFetcher fetcher = new TokenManagerTest.ScriptedFetcher(clock, 7200);

    /** A store whose answers are scripted: each refreshIfCurrent returns the next scripted token, or fetches. */
    private static final class ScriptedStore implements TokenStore {
        final Deque<AccessToken> answers = new ArrayDeque<>();
        final AtomicInteger refreshCalls = new AtomicInteger();
        volatile AccessToken current;

        @Override
        public Optional<AccessToken> current() {
            return Optional.ofNullable(current);
        }

        @Override
        public AccessToken refreshIfCurrent(AccessToken expected, TokenFetcher fetcher) {
            refreshCalls.incrementAndGet();
            AccessToken scripted = answers.pollFirst();
            current = scripted != null ? scripted : fetcher.fetch();
            return current;
        }
    }

    private final ScriptedStore store = new ScriptedStore();
    private final TokenManager manager = new TokenManager(fetcher, store, MARGIN, clock);

    @Test
    void rejectionOfATokenSomeoneAlreadyReplacedUsesTheNewOneWithoutAskingTheStore() {
        AccessToken rejected = new AccessToken("rejected-token-value", clock.instant().plusSeconds(3600));
        AccessToken replacement = new AccessToken("replacement-token-value", clock.instant().plusSeconds(3600));
        store.current = replacement;

        assertThat(manager.refreshAfterRejection(rejected)).isEqualTo(replacement);
        assertThat(store.refreshCalls).hasValue(0);
        assertThat(manager.fetchCount()).isZero();
    }

    @Test
    void staleTokenStoredByAPeerIsFollowedByOneMoreRound() {
        AccessToken peersStale = new AccessToken("peers-stale-token-value", clock.instant().plusSeconds(10));
        store.answers.add(peersStale);

        AccessToken token = manager.token();

        assertThat(token.value()).isEqualTo(TokenManagerTest.ScriptedFetcher.value(1));
        assertThat(store.refreshCalls).hasValue(2);
        assertThat(manager.fetchCount()).isEqualTo(1);
    }

    @Test
    void freshTokenFromTheFirstRoundNeedsNoSecondRound() {
        AccessToken peersFresh = new AccessToken("peers-fresh-token-value", clock.instant().plusSeconds(3600));
        store.answers.add(peersFresh);

        assertThat(manager.token()).isEqualTo(peersFresh);
        assertThat(store.refreshCalls).hasValue(1);
        assertThat(manager.fetchCount()).isZero();
    }

    @Test
    void joinedRefreshThatEndedAtTheRejectedTokenIsFollowedByOneMoreRound() {
        AccessToken rejected = new AccessToken("rejected-token-value", clock.instant().plusSeconds(3600));
        store.current = rejected;
        store.answers.add(rejected); // the refresh this caller joined started from an older token and ended here

        AccessToken token = manager.refreshAfterRejection(rejected);

        assertThat(token.value()).isEqualTo(TokenManagerTest.ScriptedFetcher.value(1));
        assertThat(store.refreshCalls).hasValue(2);
        assertThat(manager.fetchCount()).isEqualTo(1);
    }

    @Test
    void rejectedTokenThisManagerFetchedItselfIsNotRefetchedInALoop() {
        AccessToken first = manager.token();
        store.answers.add(first); // the store insists on the token this manager fetched last

        assertThat(manager.refreshAfterRejection(first)).isEqualTo(first);
        assertThat(store.refreshCalls).hasValue(2);
        assertThat(manager.fetchCount()).isEqualTo(1);
    }
}
