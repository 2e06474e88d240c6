package io.github.camelumf.model;

/**
 * The body of {@code umf:refund/create} (3.10) and {@code umf:refund/async} (3.11).
 */
public class RefundRequest extends UmfObject {

    /** What is refunded. */
    private RefundInfo refundInfo;

    /** Where UMF sends the refund result: 1 to 128 characters. */
    private String notifyUrl;

    public RefundRequest() {
    }

    /** What is refunded. */
    public RefundInfo getRefundInfo() {
        return refundInfo;
    }

    public void setRefundInfo(RefundInfo refundInfo) {
        this.refundInfo = refundInfo;
    }

    /** Sets {@code refund_info}. */
    public RefundRequest withRefundInfo(RefundInfo refundInfo) {
        this.refundInfo = refundInfo;
        return this;
    }

    /** Where UMF sends the refund result: 1 to 128 characters. */
    public String getNotifyUrl() {
        return notifyUrl;
    }

    public void setNotifyUrl(String notifyUrl) {
        this.notifyUrl = notifyUrl;
    }

    /** Sets {@code notify_url}. */
    public RefundRequest withNotifyUrl(String notifyUrl) {
        this.notifyUrl = notifyUrl;
        return this;
    }

    @Override
    public String toString() {
        return describe()
                .add("refund_info", refundInfo)
                .add("notify_url", notifyUrl)
                .toString();
    }
}
