package io.github.camelumf.sandbox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The sandbox's time: the system clock plus an offset that tests can move forward (token expiry, order expiry,
 * SMS code expiry) without waiting. UMF writes times in China time (+08:00).
 */
public final class SandboxClock extends Clock {

    /** UMF's time zone. */
    public static final ZoneOffset CHINA = ZoneOffset.ofHours(8);

    private final Clock base;
    private final AtomicLong offsetMillis = new AtomicLong();

    public SandboxClock(Clock base) {
        this.base = base;
    }

    /** Moves the sandbox time forward by {@code amount}. */
    public void advance(Duration amount) {
        if (amount.isNegative()) {
            throw new IllegalArgumentException("the sandbox clock only moves forward");
        }
        offsetMillis.addAndGet(amount.toMillis());
    }

    @Override
    public ZoneId getZone() {
        return CHINA;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("the sandbox clock is in China time");
    }

    @Override
    public Instant instant() {
        return base.instant().plusMillis(offsetMillis.get());
    }
}
