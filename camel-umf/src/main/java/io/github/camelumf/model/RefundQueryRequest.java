package io.github.camelumf.model;

/** The body of {@code umf:refund/query} (3.48): the merchant's reference of a refund made by refund/asyncByOrder. */
public class RefundQueryRequest extends UmfObject {

    private String merRefundId;

    /** A query for the refund with this mer_refund_id. */
    public static RefundQueryRequest of(String merRefundId) {
        RefundQueryRequest request = new RefundQueryRequest();
        request.setMerRefundId(merRefundId);
        return request;
    }

    /** The merchant's reference of the refund. */
    public String getMerRefundId() {
        return merRefundId;
    }

    public void setMerRefundId(String merRefundId) {
        this.merRefundId = merRefundId;
    }

    @Override
    public String toString() {
        return describe().add("mer_refund_id", merRefundId).toString();
    }
}
