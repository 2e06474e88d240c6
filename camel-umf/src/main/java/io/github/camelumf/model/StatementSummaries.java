package io.github.camelumf.model;

import java.util.List;

/**
 * The reconciliations of a settle date (3.20) or the transactions of a merchant date (3.22): the payment and
 * refund summaries of one page, or of all pages merged ({@code allPages=true}).
 */
public class StatementSummaries extends UmfObject {

    /** The payments. */
    private List<PaymentSummary> paymentSummaries;

    /** The refunds. */
    private List<RefundSummary> refundSummaries;

    /** The total (reconciliations only). */
    private SummaryAmount amount;

    /** The settle date (reconciliations only). */
    private String settleDate;

    /** The page (transactions; reconciliations carry it beside the member, see CamelUmfPageNumber). */
    private Pagination pagination;

    /** The payments. */
    public List<PaymentSummary> getPaymentSummaries() {
        return paymentSummaries;
    }

    public void setPaymentSummaries(List<PaymentSummary> paymentSummaries) {
        this.paymentSummaries = paymentSummaries;
    }

    /** The refunds. */
    public List<RefundSummary> getRefundSummaries() {
        return refundSummaries;
    }

    public void setRefundSummaries(List<RefundSummary> refundSummaries) {
        this.refundSummaries = refundSummaries;
    }

    /** The total (reconciliations only). */
    public SummaryAmount getAmount() {
        return amount;
    }

    public void setAmount(SummaryAmount amount) {
        this.amount = amount;
    }

    /** The settle date (reconciliations only). */
    public String getSettleDate() {
        return settleDate;
    }

    public void setSettleDate(String settleDate) {
        this.settleDate = settleDate;
    }

    /** The page (transactions; reconciliations carry it beside the member, see CamelUmfPageNumber). */
    public Pagination getPagination() {
        return pagination;
    }

    public void setPagination(Pagination pagination) {
        this.pagination = pagination;
    }


    @Override
    public String toString() {
        return describe()
                .add("paymentSummaries", paymentSummaries == null ? null : paymentSummaries.size())
                .add("refundSummaries", refundSummaries == null ? null : refundSummaries.size())
                .add("amount", amount)
                .add("settleDate", settleDate)
                .add("pagination", pagination)
                .toString();
    }
}
