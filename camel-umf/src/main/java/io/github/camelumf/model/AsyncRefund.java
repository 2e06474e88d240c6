package io.github.camelumf.model;

/**
 * A refund made by order reference ({@code asy_refund}, 3.47 and 3.48). The answer of refund/asyncByOrder echoes
 * mer_refund_id and refund_info; that of refund/query has mer_refund_id and the state.
 */
public class AsyncRefund extends UmfObject {

    private String merRefundId;
    private RefundInfo refundInfo;
    private String state;

    /** The merchant's reference of the refund. */
    public String getMerRefundId() {
        return merRefundId;
    }

    public void setMerRefundId(String merRefundId) {
        this.merRefundId = merRefundId;
    }

    /** What is refunded (refund/asyncByOrder); {@code null} in a refund/query answer. */
    public RefundInfo getRefundInfo() {
        return refundInfo;
    }

    public void setRefundInfo(RefundInfo refundInfo) {
        this.refundInfo = refundInfo;
    }

    /**
     * The state (refund/query): REFUND_PROCESS until UMF completes it; {@code null} in a refund/asyncByOrder answer,
     * {@link RefundState#UNKNOWN} for a value this version does not know.
     */
    public RefundState getState() {
        return state == null ? null : RefundState.fromValue(state);
    }

    /** The raw value of {@code state}. */
    public String getStateValue() {
        return state;
    }

    public void setStateValue(String state) {
        this.state = state;
    }

    @Override
    public String toString() {
        return describe().add("mer_refund_id", merRefundId).add("refund_info", refundInfo).add("state", state)
                .toString();
    }
}
