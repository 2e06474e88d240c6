package io.github.camelumf.b2b;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;

/**
 * One lock per payment's remote directory, shared by every component and Camel context of the JVM, so uploads for
 * the same payment from this JVM choose their sequence one after the other. Locks of payments no upload holds are
 * dropped. (Uploaders in other JVMs are told apart by the server: see {@link DocumentUpload}.)
 */
final class PaymentLocks {

    private static final Map<String, Entry> LOCKS = new HashMap<>();

    private PaymentLocks() {
    }

    /** Waits for the lock of {@code key}; close the answer to release it. */
    static Held lock(String key) throws InterruptedException {
        Entry entry;
        synchronized (LOCKS) {
            entry = LOCKS.computeIfAbsent(key, k -> new Entry());
            entry.users++;
        }
        try {
            entry.lock.lockInterruptibly();
        } catch (InterruptedException e) {
            release(key, entry);
            throw e;
        }
        return new Held(key, entry);
    }

    /** How many payments have a lock now (for tests). */
    static int size() {
        synchronized (LOCKS) {
            return LOCKS.size();
        }
    }

    private static void release(String key, Entry entry) {
        synchronized (LOCKS) {
            if (--entry.users == 0) {
                LOCKS.remove(key);
            }
        }
    }

    private static final class Entry {
        private final ReentrantLock lock = new ReentrantLock();
        private int users;
    }

    /** A held lock. */
    static final class Held implements AutoCloseable {
        private final String key;
        private final Entry entry;

        private Held(String key, Entry entry) {
            this.key = key;
            this.entry = entry;
        }

        @Override
        public void close() {
            entry.lock.unlock();
            release(key, entry);
        }
    }
}
