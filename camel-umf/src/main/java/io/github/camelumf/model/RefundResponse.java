package io.github.camelumf.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * The response of {@code umf:refund/create}, {@code umf:refund/async} and {@code umf:refund/get}.
 */
@JsonPropertyOrder({"meta", "refund", "links"})
public class RefundResponse extends UmfResponse {

    /** The refund. */
    private Refund refund;

    public RefundResponse() {
    }

    /** The refund. */
    public Refund getRefund() {
        return refund;
    }

    public void setRefund(Refund refund) {
        this.refund = refund;
    }

    /** Sets {@code refund}. */
    public RefundResponse withRefund(Refund refund) {
        this.refund = refund;
        return this;
    }

    @Override
    public String toString() {
        return describe()
                .add("meta", getMeta())
                .add("refund", refund)
                .add("links", getLinks())
                .toString();
    }
}
