package io.github.camelumf.model;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * The response of {@code umf:payment/getWithRefunds} (3.13): the payment and, in {@code refund.refund_infos},
 * its refunds.
 */
@JsonPropertyOrder({"meta", "payment", "refund", "links"})
public class PaymentWithRefundsResponse extends UmfResponse {

    /** The payment. */
    private Payment payment;

    /** The payment's refunds. */
    private PaymentRefunds refund;

    public PaymentWithRefundsResponse() {
    }

    /** The payment. */
    public Payment getPayment() {
        return payment;
    }

    public void setPayment(Payment payment) {
        this.payment = payment;
    }

    /** Sets {@code payment}. */
    public PaymentWithRefundsResponse withPayment(Payment payment) {
        this.payment = payment;
        return this;
    }

    /** The payment's refunds. */
    public PaymentRefunds getRefund() {
        return refund;
    }

    public void setRefund(PaymentRefunds refund) {
        this.refund = refund;
    }

    /** Sets {@code refund}. */
    public PaymentWithRefundsResponse withRefund(PaymentRefunds refund) {
        this.refund = refund;
        return this;
    }

    /** The payment's refunds ({@code refund.refund_infos}); empty if there are none. */
    public List<RefundInfo> refundInfos() {
        if (refund == null || refund.getRefundInfos() == null) {
            return List.of();
        }
        return refund.getRefundInfos();
    }

    @Override
    public String toString() {
        return describe()
                .add("meta", getMeta())
                .add("payment", payment)
                .add("refund", refund)
                .add("links", getLinks())
                .toString();
    }
}
