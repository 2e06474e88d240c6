package io.github.camelumf.sandbox;

import io.github.camelumf.sandbox.notification.DeliveryLog;
import io.github.camelumf.sandbox.notification.NotificationControls;
import io.github.camelumf.sandbox.notification.NotificationDispatcher;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * The notifications the sandbox posts to merchants (payment results, asynchronous refund results, customs results),
 * what became of each attempt, bounded waits for tests, and test controls.
 * <p>
 * Delivery: asynchronous, from the sandbox's own executor; acknowledged by HTTP 2xx with a JSON body whose
 * {@code meta.ret_code} is {@code "0000"}; otherwise retried with exponential backoff (builder:
 * {@code notificationAttempts}, {@code notificationInitialBackoff}, {@code notificationTimeout}) and then given up.
 * Only loopback notify_urls are called. Manual sends ({@code sendPaymentNotification}, ...) are one synchronous
 * attempt.
 * <p>
 * Controls marked "next" apply to the next notification the sandbox actually sends (automatic or manual, any kind)
 * and are then used up. Tampered notifications (forged, unsigned, badly encoded signature) are sent exactly once and
 * never retried, whatever the answer: a correct receiver refuses them every time. They replace the genuine
 * notification they were made from; send it afterwards with the manual send if a test needs it. Thread-safe.
 */
public final class SandboxNotifications {

    private final DeliveryLog log;
    private final NotificationControls controls;
    private final NotificationDispatcher dispatcher;

    SandboxNotifications(DeliveryLog log, NotificationControls controls, NotificationDispatcher dispatcher) {
        this.log = log;
        this.controls = controls;
        this.dispatcher = dispatcher;
    }

    /** Every delivery attempt so far (the latest 10,000), oldest first. */
    public List<NotificationDelivery> deliveries() {
        return log.all();
    }

    /** The attempts for one payment, refund or customs declaration id, oldest first. */
    public List<NotificationDelivery> deliveries(String id) {
        return log.all().stream().filter(d -> d.id().equals(id)).toList();
    }

    /**
     * Waits up to {@code timeout} until a notification about {@code id} (payment, refund or customs declaration id)
     * was acknowledged, and returns that attempt; {@link AssertionError} listing the attempts so far otherwise.
     */
    public NotificationDelivery awaitAcknowledged(String id, Duration timeout) {
        Objects.requireNonNull(id, "id");
        return log.awaitFirst(d -> d.id().equals(id) && d.acknowledged(), timeout,
                "acknowledged notification for " + id);
    }

    /**
     * Waits up to {@code timeout} for the first attempt about {@code id} after which the sandbox stops trying
     * (acknowledged, given up, not acknowledged once, or not delivered); {@link AssertionError} otherwise.
     */
    public NotificationDelivery awaitFinal(String id, Duration timeout) {
        Objects.requireNonNull(id, "id");
        return log.awaitFirst(d -> d.id().equals(id) && d.outcome().isFinal(), timeout,
                "final notification attempt for " + id);
    }

    /** Waits up to {@code timeout} until at least {@code count} attempts are recorded; returns all of them. */
    public List<NotificationDelivery> awaitDeliveries(int count, Duration timeout) {
        return log.awaitCount(count, timeout);
    }

    /** Next: once acknowledged, the identical signed body is delivered {@code extraCopies} (1-100) more times. */
    public SandboxNotifications duplicateNext(int extraCopies) {
        controls.duplicateNext(extraCopies);
        return this;
    }

    /** Next: the body is altered after signing (its first amount total raised by 100.00); the signature is stale. */
    public SandboxNotifications forgeNext() {
        controls.forgeNext();
        return this;
    }

    /** Next: sent without a {@code Signature} header. */
    public SandboxNotifications unsignedNext() {
        controls.unsignedNext();
        return this;
    }

    /** Next: the {@code Signature} header is not base64. */
    public SandboxNotifications badSignatureEncodingNext() {
        controls.badSignatureEncodingNext();
        return this;
    }

    /**
     * Until {@link #releaseHeld()}: automatic payment notifications (first attempts and retries) wait, so that other
     * notifications (e.g. a refund's) arrive first. Manual sends are not held.
     */
    public SandboxNotifications holdPaymentNotifications() {
        dispatcher.holdPayments();
        return this;
    }

    /** Ends {@link #holdPaymentNotifications()} and sends the held notifications; returns how many. */
    public int releaseHeld() {
        return dispatcher.releaseHeld();
    }

    /** Until {@link #resume()}: every automatic notification (first attempts and retries) waits. */
    public SandboxNotifications pause() {
        dispatcher.pause();
        return this;
    }

    /** Ends {@link #pause()} and sends what waited (held payment notifications stay held); returns how many. */
    public int resume() {
        return dispatcher.resume();
    }

    /** How many notifications wait because of {@link #pause()} or {@link #holdPaymentNotifications()}. */
    public int waiting() {
        return dispatcher.waiting();
    }

    /** Forgets the recorded attempts (pending notifications still go out and are recorded). */
    public void clear() {
        log.clear();
    }

    /**
     * Forgets the recorded attempts, drops the "next" controls, ends pause and hold, and drops notifications that
     * wait, are scheduled or are being retried (what {@link UmfSandbox#reset()} does between tests).
     */
    public void reset() {
        dispatcher.reset();
        controls.clear();
        log.clear();
    }

    @Override
    public String toString() {
        return "SandboxNotifications[" + log.all().size() + " attempts, " + dispatcher.waiting() + " waiting]";
    }
}
