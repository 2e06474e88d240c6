package io.github.camelumf.security;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AccessTokenTest {

    private static final Instant T0 = Instant.parse("2025-01-01T00:00:00Z");
    private static final String VALUE = "ea3b83b316d97bd78166475fe36a3f7219d79e8d04bfc784dec424fba0e9462f";

    @Test
    void usableUntilTheMarginBeforeExpiry() {
        AccessToken token = AccessToken.expiringIn(VALUE, 7200, T0);

        assertThat(token.expiresAt()).isEqualTo(T0.plusSeconds(7200));
        assertThat(token.isUsable(T0.plusSeconds(7139), Duration.ofSeconds(60))).isTrue();
        assertThat(token.isUsable(T0.plusSeconds(7140), Duration.ofSeconds(60))).isFalse();
        assertThat(token.isUsable(T0.plusSeconds(7199), Duration.ZERO)).isTrue();
        assertThat(token.isUsable(T0.plusSeconds(7200), Duration.ZERO)).isFalse();
    }

    @Test
    void toStringMasksTheValue() {
        AccessToken token = new AccessToken(VALUE, T0);

        assertThat(token.toString()).doesNotContain(VALUE.substring(4, 12)).contains("ea3b****")
                .contains(T0.toString());
        assertThat(new AccessToken("short-token", T0).toString()).doesNotContain("short");
    }

    @Test
    void tokensWithTheSameValueAreEqual() {
        assertThat(new AccessToken(VALUE, T0)).isEqualTo(new AccessToken(VALUE, T0.plusMillis(1)))
                .hasSameHashCodeAs(new AccessToken(VALUE, T0));
        assertThat(new AccessToken(VALUE, T0)).isNotEqualTo(new AccessToken(VALUE + "0", T0));
    }

    @Test
    void authorizationHeaderIsBearer() {
        assertThat(new AccessToken(VALUE, T0).authorizationHeader()).isEqualTo("Bearer " + VALUE);
    }

    @Test
    void blankValueOrNegativeLifetimeIsRefused() {
        assertThatThrownBy(() -> new AccessToken(" ", T0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> AccessToken.expiringIn(VALUE, -1, T0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageNotContaining(VALUE);
    }
}
