package io.github.camelumf.sandbox.payment;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.camelumf.sandbox.rules.Money;

import java.time.Duration;
import java.time.Instant;

/** A refund of a payment: synchronous ones succeed at once, asynchronous ones are processed until completed. */
public final class Refund {

    private final String id;
    private final Payment payment;
    private final String merReferenceId;
    private final Money amount;
    private final ObjectNode refundInfo;
    private final String notifyUrl;
    private final Instant createdAt;
    private final Duration autoCompleteAfter;
    private final boolean async;
    private RefundState state;
    private boolean announced;

    Refund(String id, Payment payment, String merReferenceId, Money amount, ObjectNode refundInfo, String notifyUrl,
           Instant createdAt, boolean async, Duration autoCompleteAfter, boolean settledAtOnce) {
        this.id = id;
        this.payment = payment;
        this.merReferenceId = merReferenceId;
        this.amount = amount;
        this.refundInfo = refundInfo;
        this.notifyUrl = notifyUrl;
        this.createdAt = createdAt;
        this.async = async;
        this.autoCompleteAfter = settledAtOnce ? null : autoCompleteAfter;
        this.state = settledAtOnce ? RefundState.REFUND_SUCCESS : RefundState.REFUND_PROCESS;
        this.announced = settledAtOnce;
    }

    public String id() {
        return id;
    }

    public Payment payment() {
        return payment;
    }

    public String merReferenceId() {
        return merReferenceId;
    }

    public Money amount() {
        return amount;
    }

    /** The refund_info as the merchant sent it. */
    public ObjectNode refundInfo() {
        return refundInfo;
    }

    public String notifyUrl() {
        return notifyUrl;
    }

    public Instant createdAt() {
        return createdAt;
    }

    /** Whether it was created by {@code asynchronous_refund}. */
    public boolean async() {
        return async;
    }

    /**
     * True exactly once: when this refund, answered REFUND_PROCESS when created (every asynchronous one, and a
     * synchronous one unless the sandbox settles those at once), has its result at {@code now} and was not announced
     * before (3.10: UMF notifies the merchant when a REFUND_PROCESS refund is done).
     */
    public boolean claimAnnouncement(Instant now) {
        synchronized (payment) {
            if (announced || state(now) == RefundState.REFUND_PROCESS) {
                return false;
            }
            announced = true;
            return true;
        }
    }

    /** The state at {@code now}: an asynchronous refund completes by itself once its auto-complete delay passed. */
    public RefundState state(Instant now) {
        synchronized (payment) {
            if (state == RefundState.REFUND_PROCESS && autoCompleteAfter != null
                    && !now.isBefore(createdAt.plus(autoCompleteAfter))) {
                state = RefundState.REFUND_SUCCESS;
            }
            return state;
        }
    }

    /** REFUND_PROCESS to {@code target}; false when the refund was not in process. */
    boolean finish(RefundState target, Instant now) {
        synchronized (payment) {
            if (state(now) != RefundState.REFUND_PROCESS) {
                return false;
            }
            state = target;
            return true;
        }
    }
}
