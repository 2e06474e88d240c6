package io.github.camelumf.http;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Exponential backoff with jitter: retry n waits between half and all of min(maxDelay, initialDelay * 2^n), never
 * more than the cap, without overflow however many retries; only 429 and 5xx are worth repeating.
 */
class RetryPolicyTest {

    private static final int SAMPLES = 200;

    @Test
    void eachRetryWaitsBetweenHalfAndAllOfTheDoubledStep() {
        RetryPolicy policy = new RetryPolicy(5, Duration.ofMillis(100), Duration.ofSeconds(10));

        for (int attempt = 0; attempt < 5; attempt++) {
            assertDelaysWithin(policy, attempt, 50L << attempt, 100L << attempt);
        }
    }

    @Test
    void theCapBoundsEveryDelayAndLargeAttemptNumbersDoNotOverflow() {
        RetryPolicy policy = new RetryPolicy(100, Duration.ofMillis(100), Duration.ofMillis(1000));

        assertDelaysWithin(policy, 3, 400, 800);
        assertDelaysWithin(policy, 4, 500, 1000);
        assertDelaysWithin(policy, 5, 500, 1000);
        assertDelaysWithin(policy, 63, 500, 1000);
        assertDelaysWithin(policy, 64, 500, 1000);
    }

    @Test
    void fromTheThirtiethRetryTheCapAppliesEvenWhenTheStepWouldStillFitUnderIt() {
        long cap = 1_000_000_000_000L;
        RetryPolicy policy = new RetryPolicy(100, Duration.ofMillis(1), Duration.ofMillis(cap));

        assertDelaysWithin(policy, 29, 1L << 28, 1L << 29);
        assertDelaysWithin(policy, 30, cap / 2, cap);
    }

    @Test
    void tinyStepsStillJitterAndZeroDelaysStayZero() {
        assertDelaysWithin(new RetryPolicy(1, Duration.ofMillis(1), Duration.ofSeconds(1)), 0, 0, 1);
        assertDelaysWithin(new RetryPolicy(1, Duration.ofMillis(2), Duration.ofSeconds(1)), 0, 1, 2);
        assertThat(RetryPolicy.none().delayBefore(0)).isZero();
        assertThat(RetryPolicy.none().maxRetries()).isZero();
        assertThat(new RetryPolicy(3, Duration.ZERO, Duration.ofSeconds(1)).delayBefore(2)).isZero();
    }

    @Test
    void negativeSettingsAreRefused() {
        assertThatThrownBy(() -> new RetryPolicy(-1, Duration.ZERO, Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxRetries");
        assertThatThrownBy(() -> new RetryPolicy(1, Duration.ofMillis(-1), Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RetryPolicy(1, Duration.ZERO, Duration.ofMillis(-1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void only429And5xxAreRetryable() {
        assertThat(RetryPolicy.isRetryableStatus(429)).isTrue();
        assertThat(RetryPolicy.isRetryableStatus(500)).isTrue();
        assertThat(RetryPolicy.isRetryableStatus(503)).isTrue();
        assertThat(RetryPolicy.isRetryableStatus(499)).isFalse();
        assertThat(RetryPolicy.isRetryableStatus(428)).isFalse();
        assertThat(RetryPolicy.isRetryableStatus(430)).isFalse();
        assertThat(RetryPolicy.isRetryableStatus(404)).isFalse();
        assertThat(RetryPolicy.isRetryableStatus(200)).isFalse();
    }

    private static void assertDelaysWithin(RetryPolicy policy, int attempt, long min, long max) {
        for (int i = 0; i < SAMPLES; i++) {
            assertThat(policy.delayBefore(attempt).toMillis()).as("retry %d", attempt).isBetween(min, max);
        }
    }
}
