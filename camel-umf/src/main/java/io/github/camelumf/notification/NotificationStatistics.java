package io.github.camelumf.notification;

import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

/**
 * Counters of a notification endpoint: accepted (routed and acknowledged), duplicates (acknowledged, not routed
 * again), failed (the route failed; UMF is asked to deliver again), busy (the same notification was still being
 * processed), and every rejection by reason.
 */
public final class NotificationStatistics {

    private final LongAdder accepted = new LongAdder();
    private final LongAdder duplicates = new LongAdder();
    private final LongAdder failed = new LongAdder();
    private final LongAdder busy = new LongAdder();
    private final LongAdder stale = new LongAdder();
    private final Map<NotificationRejection, AtomicLong> rejected = new EnumMap<>(NotificationRejection.class);

    public NotificationStatistics() {
        for (NotificationRejection reason : NotificationRejection.values()) {
            rejected.put(reason, new AtomicLong());
        }
    }

    void accepted() {
        accepted.increment();
    }

    void duplicate() {
        duplicates.increment();
    }

    void failed() {
        failed.increment();
    }

    void busy() {
        busy.increment();
    }

    void stale() {
        stale.increment();
    }

    void rejected(NotificationRejection reason) {
        rejected.get(reason).incrementAndGet();
    }

    public long getAccepted() {
        return accepted.sum();
    }

    public long getDuplicates() {
        return duplicates.sum();
    }

    public long getFailed() {
        return failed.sum();
    }

    public long getBusy() {
        return busy.sum();
    }

    /** Notifications of a state earlier than one already processed: acknowledged, not routed. */
    public long getStale() {
        return stale.sum();
    }

    public long getRejected(NotificationRejection reason) {
        return rejected.get(reason).get();
    }

    public long getRejected() {
        return rejected.values().stream().mapToLong(AtomicLong::get).sum();
    }

    @Override
    public String toString() {
        return "NotificationStatistics[accepted=" + getAccepted() + ", duplicates=" + getDuplicates() + ", failed="
               + getFailed() + ", busy=" + getBusy() + ", stale=" + getStale() + ", rejected=" + getRejected() + "]";
    }
}
