package io.github.camelumf.model;

/**
 * The body of {@code umf:refund/asyncByOrder} (3.47): an asynchronous refund of the payment whose order is
 * {@code refund_info.mer_reference_id} of {@code refund_info.mer_date}, under the merchant's own refund reference
 * {@code mer_refund_id}.
 */
public class RefundByOrderRequest extends UmfObject {

    private RefundInfo refundInfo;
    private String notifyUrl;
    private String merRefundId;

    /** The paid order (mer_reference_id, mer_date), the amount and the refunded sub-orders. */
    public RefundInfo getRefundInfo() {
        return refundInfo;
    }

    public void setRefundInfo(RefundInfo refundInfo) {
        this.refundInfo = refundInfo;
    }

    public RefundByOrderRequest withRefundInfo(RefundInfo refundInfo) {
        this.refundInfo = refundInfo;
        return this;
    }

    /** Where UMF sends the refund result (3.49): 1 to 128 characters. */
    public String getNotifyUrl() {
        return notifyUrl;
    }

    public void setNotifyUrl(String notifyUrl) {
        this.notifyUrl = notifyUrl;
    }

    public RefundByOrderRequest withNotifyUrl(String notifyUrl) {
        this.notifyUrl = notifyUrl;
        return this;
    }

    /** The merchant's reference of this refund (4 to 32 characters), used by refund/query. */
    public String getMerRefundId() {
        return merRefundId;
    }

    public void setMerRefundId(String merRefundId) {
        this.merRefundId = merRefundId;
    }

    public RefundByOrderRequest withMerRefundId(String merRefundId) {
        this.merRefundId = merRefundId;
        return this;
    }

    @Override
    public String toString() {
        return describe().add("refund_info", refundInfo).add("notify_url", notifyUrl).add("mer_refund_id", merRefundId)
                .toString();
    }
}
