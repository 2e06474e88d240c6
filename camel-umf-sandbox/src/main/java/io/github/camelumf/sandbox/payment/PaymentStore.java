package io.github.camelumf.sandbox.payment;

import io.github.camelumf.sandbox.rules.ApiError;
import io.github.camelumf.sandbox.rules.RetCode;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The sandbox merchant's payments and refunds, by id and by mer_reference_id (each used once). */
public final class PaymentStore {

    private final Map<String, Payment> payments = new ConcurrentHashMap<>();
    private final Map<String, String> paymentReferences = new ConcurrentHashMap<>();
    private final Map<String, Refund> refunds = new ConcurrentHashMap<>();
    private final Map<String, String> refundReferences = new ConcurrentHashMap<>();

    /** Reserves a payment mer_reference_id for {@code paymentId}; {@code 00202022} when it was used before. */
    void reservePaymentReference(String merReferenceId, String paymentId) {
        if (paymentReferences.putIfAbsent(merReferenceId, paymentId) != null) {
            throw new ApiError(RetCode.DUPLICATE_ORDER, "order.mer_reference_id was already used");
        }
    }

    /** Reserves a refund mer_reference_id for {@code refundId}; {@code 00200096} when it was used before. */
    void reserveRefundReference(String merReferenceId, String refundId) {
        if (refundReferences.putIfAbsent(merReferenceId, refundId) != null) {
            throw new ApiError(RetCode.DUPLICATE_REFUND, "refund_info.mer_reference_id was already used");
        }
    }

    void releaseRefundReference(String merReferenceId) {
        refundReferences.remove(merReferenceId);
    }

    void add(Payment payment) {
        payments.put(payment.id(), payment);
    }

    void add(Refund refund) {
        refunds.put(refund.id(), refund);
    }

    /** All payments. */
    public java.util.Collection<Payment> payments() {
        return payments.values();
    }

    /** All refunds. */
    public java.util.Collection<Refund> refunds() {
        return refunds.values();
    }

    /** The refund, or {@code null}. */
    public Refund findRefund(String id) {
        return refunds.get(id);
    }

    /** The payment, or {@code null}. */
    public Payment findPayment(String id) {
        return payments.get(id);
    }

    /** The payment; {@code 00060760} when there is none. */
    public Payment payment(String id) {
        Payment payment = payments.get(id);
        if (payment == null) {
            throw new ApiError(RetCode.PAYMENT_NOT_EXISTS, "no payment " + id);
        }
        return payment;
    }

    /** The payment whose order has this mer_reference_id; {@code 00060760} when there is none. */
    public Payment paymentByReference(String merReferenceId) {
        String id = paymentReferences.get(merReferenceId);
        return payment(id == null ? "(order " + merReferenceId + ")" : id);
    }

    /** The refund made under this merchant refund reference; {@code 00060778} when there is none. */
    public Refund refundByReference(String merRefundReference) {
        String id = refundReferences.get(merRefundReference);
        return refund(id == null ? "(reference " + merRefundReference + ")" : id);
    }

    /** The refund; {@code 00060778} when there is none. */
    public Refund refund(String id) {
        Refund refund = refunds.get(id);
        if (refund == null) {
            throw new ApiError(RetCode.REFUND_NOT_FOUND, "no refund " + id);
        }
        return refund;
    }
}
