package io.github.camelumf.sandbox.payment;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.camelumf.sandbox.SandboxBehaviour;
import io.github.camelumf.sandbox.SandboxClock;
import io.github.camelumf.sandbox.rules.ApiError;
import io.github.camelumf.sandbox.rules.RefundRules;
import io.github.camelumf.sandbox.rules.RetCode;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

/**
 * Refunds (3.10-3.12): only of TRADE_SUCCESS payments, in the payment's currency, never more in total (processing
 * plus successful refunds) than the payment. Asynchronous ones, and synchronous ones unless
 * {@link SandboxBehaviour#synchronousRefunds()} is SUCCESS, stay REFUND_PROCESS until completed (by the test, or by
 * themselves after the configured delay) and are then notified.
 */
public final class RefundService {

    private final PaymentStore store;
    private final Ids ids;
    private final SandboxClock clock;
    private final Links links;
    private final Duration asyncAutoComplete;
    private final PaymentEvents events;
    private final SandboxBehaviour behaviour;

    /** {@code asyncAutoComplete} null: asynchronous refunds wait for {@link #complete(String)}. */
    public RefundService(PaymentStore store, Ids ids, SandboxClock clock, Links links, Duration asyncAutoComplete,
                         PaymentEvents events, SandboxBehaviour behaviour) {
        this.behaviour = behaviour;
        this.store = store;
        this.ids = ids;
        this.clock = clock;
        this.links = links;
        this.asyncAutoComplete = asyncAutoComplete;
        this.events = events;
    }

    /** POST /payments/payment/{id}/refund ({@code async} false) or .../asynchronous_refund ({@code async} true). */
    public ObjectNode refund(String paymentId, ObjectNode body, boolean async) {
        RefundRules.RefundRequest request = RefundRules.check(body);
        Payment payment = store.payment(paymentId);
        Refund refund = create(payment, request, request.merReferenceId(), async);
        ObjectNode result = JsonNodeFactory.instance.objectNode();
        result.set("refund", async ? PaymentView.asyncRefundCreated(refund)
                : PaymentView.refundCreated(refund, clock.instant()));
        result.set("links", async ? links.refund(refund) : links.refundSelf(refund));
        return result;
    }

    /**
     * Creates a refund of {@code payment} under the merchant's refund reference {@code merRefundReference}: only of a
     * TRADE_SUCCESS payment, in its currency, of its sub-orders, never more in total than the payment.
     */
    Refund create(Payment payment, RefundRules.RefundRequest request, String merRefundReference, boolean async) {
        Instant now = clock.instant();
        String refundId = ids.refundId(now);
        Refund refund;
        synchronized (payment) {
            PaymentState state = payment.state(now);
            if (state != PaymentState.TRADE_SUCCESS) {
                throw new ApiError(RetCode.REFUND_UNAVAILABLE, "the payment is " + state + ", not TRADE_SUCCESS");
            }
            if (!payment.amount().currency().equals(request.amount().currency())) {
                throw new ApiError(RetCode.REFUND_CURRENCY_INCONSISTENT,
                        "refund_info.amount.currency must be " + payment.amount().currency());
            }
            checkSubOrders(payment, request);
            store.reserveRefundReference(merRefundReference, refundId);
            BigDecimal refunded = BigDecimal.ZERO;
            for (Refund earlier : payment.refunds()) {
                if (earlier.state(now).counts()) {
                    refunded = refunded.add(earlier.amount().total());
                }
            }
            if (refunded.add(request.amount().total()).compareTo(payment.amount().total()) > 0) {
                store.releaseRefundReference(merRefundReference);
                throw new ApiError(RetCode.OVER_REFUND, "already refunded " + refunded.toPlainString() + " of "
                        + payment.amount().totalText());
            }
            refund = new Refund(refundId, payment, merRefundReference, request.amount(),
                    request.refundInfo().deepCopy(), request.notifyUrl(), now, async, asyncAutoComplete,
                    !async && behaviour.synchronousRefunds() == SandboxBehaviour.SynchronousRefunds.SUCCESS);
            payment.addRefund(refund);
            store.add(refund);
        }
        return refund;
    }

    /** GET /payments/refund/{id}: {@code refund} {id, state}, no links (3.12). */
    public ObjectNode get(String refundId) {
        ObjectNode result = JsonNodeFactory.instance.objectNode();
        result.set("refund", PaymentView.refundQueried(store.refund(refundId), clock.instant()));
        return result;
    }

    /** An asynchronous refund completes: REFUND_PROCESS to REFUND_SUCCESS. */
    public void complete(String refundId) {
        finish(refundId, RefundState.REFUND_SUCCESS);
    }

    /** An asynchronous refund fails: REFUND_PROCESS to REFUND_FAIL (its amount no longer counts). */
    public void fail(String refundId) {
        finish(refundId, RefundState.REFUND_FAIL);
    }

    /**
     * Announces asynchronous refunds that completed by themselves (auto-complete delay passed on the sandbox clock)
     * and were not announced yet; returns how many.
     */
    public int announceAutoCompleted() {
        Instant now = clock.instant();
        int announced = 0;
        for (Refund refund : store.refunds()) {
            if (refund.claimAnnouncement(now)) {
                events.refundFinished(refund);
                announced++;
            }
        }
        return announced;
    }

    /** The stored refund for assertions. */
    public ObjectNode snapshot(String refundId) {
        return PaymentView.refund(known(refundId), clock.instant());
    }

    private void finish(String refundId, RefundState target) {
        Refund refund = known(refundId);
        if (!refund.finish(target, clock.instant())) {
            throw new IllegalStateException("refund " + refundId + " is " + refund.state(clock.instant())
                    + ", not REFUND_PROCESS");
        }
        if (refund.claimAnnouncement(clock.instant())) {
            events.refundFinished(refund);
        }
    }

    private Refund known(String refundId) {
        try {
            return store.refund(refundId);
        } catch (ApiError e) {
            throw new IllegalArgumentException("the sandbox has no refund " + refundId);
        }
    }

    private static void checkSubOrders(Payment payment, RefundRules.RefundRequest request) {
        Set<String> known = new HashSet<>();
        for (JsonNode sub : payment.order().get("sub_orders")) {
            known.add(sub.path("mer_sub_reference_id").asText());
        }
        for (RefundRules.SubRefund sub : request.subOrders()) {
            if (!known.contains(sub.merSubReferenceId())) {
                throw new ApiError(RetCode.SUB_ORDER_ABSENT,
                        "refund_info.sub_orders mer_sub_reference_id must be a sub-order of the payment");
            }
        }
    }
}
