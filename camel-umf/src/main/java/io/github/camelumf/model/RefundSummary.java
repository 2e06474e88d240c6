package io.github.camelumf.model;

/**
 * The summary of a refund in a reconciliations (3.20) or transactions (3.22) object (section 5).
 */
public class RefundSummary extends SettledSummary {

    /** UMF's refund id. */
    private String refundId;

    /** The merchant's sub-order reference. */
    private String merSubReferenceId;

    /** UMF's refund id. */
    public String getRefundId() {
        return refundId;
    }

    public void setRefundId(String refundId) {
        this.refundId = refundId;
    }

    /** The merchant's sub-order reference. */
    public String getMerSubReferenceId() {
        return merSubReferenceId;
    }

    public void setMerSubReferenceId(String merSubReferenceId) {
        this.merSubReferenceId = merSubReferenceId;
    }

    @Override
    public String toString() {
        return describe()
                .add("refundId", refundId)
                .add("paymentId", getPaymentId())
                .phone("phoneNumber", getPhoneNumber())
                .add("amount", getAmount())
                .add("settleDate", getSettleDate())
                .add("executeSuccessTime", getExecuteSuccessTime())
                .add("state", getState())
                .add("merSubReferenceId", merSubReferenceId)
                .add("productId", getProductId())
                .toString();
    }
}
