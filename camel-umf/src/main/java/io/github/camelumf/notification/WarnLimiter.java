package io.github.camelumf.notification;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * Lets one WARN line per reason through per interval, so that a flood of forged or broken notifications cannot flood
 * the log; the others are counted and the next WARN says how many were refused since.
 */
final class WarnLimiter {

    private final long intervalMillis;
    private final LongSupplier clock;
    private final Map<Object, AtomicLong> lastWarning = new ConcurrentHashMap<>();
    private final Map<Object, AtomicLong> suppressed = new ConcurrentHashMap<>();

    WarnLimiter(long intervalMillis) {
        this(intervalMillis, System::currentTimeMillis);
    }

    WarnLimiter(long intervalMillis, LongSupplier clock) {
        this.intervalMillis = intervalMillis;
        this.clock = clock;
    }

    /**
     * @return {@code -1} when this event must not be logged at WARN; otherwise how many events of this reason were
     *         kept from WARN since the last one
     */
    long allow(Object reason) {
        long now = clock.getAsLong();
        AtomicLong last = lastWarning.computeIfAbsent(reason, r -> new AtomicLong(Long.MIN_VALUE));
        AtomicLong kept = suppressed.computeIfAbsent(reason, r -> new AtomicLong());
        long previous = last.get();
        if ((previous == Long.MIN_VALUE || now - previous >= intervalMillis) && last.compareAndSet(previous, now)) {
            return kept.getAndSet(0);
        }
        kept.incrementAndGet();
        return -1;
    }
}
