package io.github.camelumf.model;

import java.util.ArrayList;
import java.util.List;

/**
 * The refunds of a payment as the payment-and-refunds query returns them (3.13: {@code refund.refund_infos}).
 */
public class PaymentRefunds extends UmfObject {

    /** One entry per refund of the payment. */
    private List<RefundInfo> refundInfos;

    public PaymentRefunds() {
    }

    /** One entry per refund of the payment. */
    public List<RefundInfo> getRefundInfos() {
        return refundInfos;
    }

    public void setRefundInfos(List<RefundInfo> refundInfos) {
        this.refundInfos = refundInfos;
    }

    /** Sets {@code refund_infos}. */
    public PaymentRefunds withRefundInfos(List<RefundInfo> refundInfos) {
        this.refundInfos = refundInfos;
        return this;
    }

    /** Adds one element to {@code refund_infos}. */
    public PaymentRefunds addRefundInfo(RefundInfo element) {
        if (refundInfos == null) {
            refundInfos = new ArrayList<>();
        }
        refundInfos.add(element);
        return this;
    }

    @Override
    public String toString() {
        return describe()
                .add("refund_infos", refundInfos)
                .toString();
    }
}
