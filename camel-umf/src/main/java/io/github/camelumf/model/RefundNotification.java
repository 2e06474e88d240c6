package io.github.camelumf.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * An asynchronous refund result notification (reference 3.49). The payment id is taken from the
 * {@code parent_payment} link.
 */
@JsonPropertyOrder({ "meta", "refund", "links" })
public class RefundNotification extends UmfNotification {

    private Refund refund;

    public Refund getRefund() {
        return refund;
    }

    public void setRefund(Refund refund) {
        this.refund = refund;
    }

    @Override
    public NotificationType type() {
        return NotificationType.REFUND;
    }

    @Override
    public String id() {
        return refund == null ? null : refund.getId();
    }

    @Override
    public String state() {
        return refund == null ? null : refund.getStateValue();
    }

    @Override
    public String merReferenceId() {
        return refund == null || refund.getRefundInfo() == null ? null : refund.getRefundInfo().getMerReferenceId();
    }

    @Override
    public String toString() {
        return describe().add("meta", getMeta()).add("refund", refund).add("links", getLinks()).toString();
    }
}
