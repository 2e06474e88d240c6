package io.github.camelumf.http;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Exponential backoff with full jitter, capped, for the calls that may safely be repeated (GETs). A retry waits a
 * random time between half and all of {@code min(maxDelay, initialDelay * 2^attempt)}.
 */
public record RetryPolicy(int maxRetries, Duration initialDelay, Duration maxDelay) {

    public RetryPolicy {
        if (maxRetries < 0) {
            throw new IllegalArgumentException("maxRetries must not be negative");
        }
        if (initialDelay.isNegative() || maxDelay.isNegative()) {
            throw new IllegalArgumentException("retry delays must not be negative");
        }
    }

    /** A policy that never retries. */
    public static RetryPolicy none() {
        return new RetryPolicy(0, Duration.ZERO, Duration.ZERO);
    }

    /** Whether an HTTP status is worth another try of a repeatable call: 429 and 5xx. */
    public static boolean isRetryableStatus(int status) {
        return status == 429 || status >= 500;
    }

    /** The delay before retry number {@code attempt} (0 for the first retry). */
    public Duration delayBefore(int attempt) {
        long initial = initialDelay.toMillis();
        long cap = maxDelay.toMillis();
        // initial > cap >> attempt: the shift would pass the cap (or overflow), so the cap applies
        long exponential = attempt >= 30 || initial > (cap >> attempt) ? cap : initial << attempt;
        if (exponential <= 0) {
            return Duration.ZERO;
        }
        long half = exponential / 2;
        return Duration.ofMillis(half + ThreadLocalRandom.current().nextLong(exponential - half + 1));
    }
}
