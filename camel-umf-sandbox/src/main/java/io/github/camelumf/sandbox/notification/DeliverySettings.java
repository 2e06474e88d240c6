package io.github.camelumf.sandbox.notification;

import java.time.Duration;

/**
 * How hard the sandbox tries to deliver a notification: {@code attempts} in all, waiting {@code initialBackoff}
 * before the second and doubling each time (capped at 10 minutes), each attempt bounded by {@code timeout}
 * (connect and answer).
 */
public record DeliverySettings(int attempts, Duration initialBackoff, Duration timeout) {

    private static final Duration MAX_BACKOFF = Duration.ofMinutes(10);

    public DeliverySettings {
        if (attempts < 1) {
            throw new IllegalArgumentException("notificationAttempts must be at least 1");
        }
        if (initialBackoff == null || initialBackoff.isNegative()) {
            throw new IllegalArgumentException("notificationInitialBackoff must not be negative");
        }
        if (timeout == null || timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("notificationTimeout must be positive");
        }
    }

    /** The defaults: 5 attempts, 200 ms initial backoff, 5 s timeout. */
    public static DeliverySettings defaults() {
        return new DeliverySettings(5, Duration.ofMillis(200), Duration.ofSeconds(5));
    }

    /** The wait after failed attempt {@code attempt} (1-based): initialBackoff * 2^(attempt-1), capped. */
    public Duration backoffAfter(int attempt) {
        Duration wait = initialBackoff;
        for (int i = 1; i < attempt; i++) {
            wait = wait.multipliedBy(2);
            if (wait.compareTo(MAX_BACKOFF) >= 0) {
                return MAX_BACKOFF;
            }
        }
        return wait.compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : wait;
    }
}
