package io.github.camelumf.security;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class InMemoryTokenStoreTest {

    private static final Instant EXPIRY = Instant.parse("2030-01-01T00:00:00Z");

    private final InMemoryTokenStore store = new InMemoryTokenStore();
    private final AtomicInteger fetches = new AtomicInteger();

    private AccessToken fetch() {
        return new AccessToken("token-" + fetches.incrementAndGet(), EXPIRY);
    }

    @Test
    void emptyStoreFetchesWhateverWasExpected() {
        assertThat(store.current()).isEmpty();

        AccessToken token = store.refreshIfCurrent(new AccessToken("never-stored", EXPIRY), this::fetch);

        assertThat(token.value()).isEqualTo("token-1");
        assertThat(store.current()).contains(token);
    }

    @Test
    void fetchesWhenTheExpectedTokenIsStoredAndNotOtherwise() {
        AccessToken first = store.refreshIfCurrent(null, this::fetch);

        assertThat(store.refreshIfCurrent(null, this::fetch)).isEqualTo(first);
        assertThat(store.refreshIfCurrent(new AccessToken("older", EXPIRY), this::fetch)).isEqualTo(first);
        assertThat(fetches).hasValue(1);

        AccessToken second = store.refreshIfCurrent(first, this::fetch);
        assertThat(second.value()).isEqualTo("token-2");
        assertThat(store.current()).contains(second);
    }

    @Test
    void failedFetchLeavesTheStoredTokenAndPropagates() {
        AccessToken first = store.refreshIfCurrent(null, this::fetch);

        assertThatThrownBy(() -> store.refreshIfCurrent(first, () -> {
            throw new IllegalStateException("authorize failed");
        })).isInstanceOf(IllegalStateException.class).hasMessage("authorize failed");
        assertThat(store.current()).contains(first);
    }
}
