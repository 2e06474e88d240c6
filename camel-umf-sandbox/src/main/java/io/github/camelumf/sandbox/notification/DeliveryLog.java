package io.github.camelumf.sandbox.notification;

import io.github.camelumf.sandbox.NotificationDelivery;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.function.Predicate;

/**
 * Every delivery attempt, in order (the latest {@value #MAX_RECORDS}), and bounded waits for tests. Thread-safe:
 * waiting threads are woken on each new record.
 */
public final class DeliveryLog {

    /** How many attempts are kept, the oldest dropped first. */
    public static final int MAX_RECORDS = 10_000;

    private final Deque<NotificationDelivery> records = new ArrayDeque<>();

    /** Records an attempt. */
    public synchronized void add(NotificationDelivery delivery) {
        records.addLast(delivery);
        if (records.size() > MAX_RECORDS) {
            records.removeFirst();
        }
        notifyAll();
    }

    /** A snapshot, oldest first. */
    public synchronized List<NotificationDelivery> all() {
        return List.copyOf(records);
    }

    /** Forgets every record. */
    public synchronized void clear() {
        records.clear();
    }

    /**
     * The first record matching {@code condition}, waiting up to {@code timeout} for it; an {@link AssertionError}
     * naming {@code what} and listing the records (without bodies) when none came.
     */
    public synchronized NotificationDelivery awaitFirst(Predicate<NotificationDelivery> condition, Duration timeout,
                                                        String what) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            for (NotificationDelivery delivery : records) {
                if (condition.test(delivery)) {
                    return delivery;
                }
            }
            waitUntil(deadline, what);
        }
    }

    /** Waits until at least {@code count} attempts are recorded; returns them all. */
    public synchronized List<NotificationDelivery> awaitCount(int count, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (records.size() < count) {
            waitUntil(deadline, count + " notification deliveries");
        }
        return List.copyOf(records);
    }

    private void waitUntil(long deadline, String what) {
        long left = deadline - System.nanoTime();
        if (left <= 0) {
            throw new AssertionError("no " + what + " within the timeout; deliveries so far: "
                    + new ArrayList<>(records));
        }
        try {
            wait(Math.max(1, left / 1_000_000), 0);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while waiting for " + what, e);
        }
    }
}
