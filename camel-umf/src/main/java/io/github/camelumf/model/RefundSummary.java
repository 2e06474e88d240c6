package io.github.camelumf.model;

/**
 * The summary of a refund in a reconciliations (3.20) or transactions (3.22) object (section 5).
 */
public class RefundSummary extends UmfObject {

    /** UMF's refund id. */
    private String refundId;

    /** The payment refunded. */
    private String paymentId;

    /** The payer's phone number (masked in {@code toString()}). */
    private String phoneNumber;

    /** The amount refunded. */
    private SummaryAmount amount;

    /** The settle date, yyyyMMdd. */
    private String settleDate;

    /** When the refund succeeded (ISO 8601). */
    private String executeSuccessTime;

    /** The refund's state. */
    private String state;

    /** The merchant's sub-order reference. */
    private String merSubReferenceId;

    /** The product. */
    private String productId;

    /** UMF's refund id. */
    public String getRefundId() {
        return refundId;
    }

    public void setRefundId(String refundId) {
        this.refundId = refundId;
    }

    /** The payment refunded. */
    public String getPaymentId() {
        return paymentId;
    }

    public void setPaymentId(String paymentId) {
        this.paymentId = paymentId;
    }

    /** The payer's phone number (masked in {@code toString()}). */
    public String getPhoneNumber() {
        return phoneNumber;
    }

    public void setPhoneNumber(String phoneNumber) {
        this.phoneNumber = phoneNumber;
    }

    /** The amount refunded. */
    public SummaryAmount getAmount() {
        return amount;
    }

    public void setAmount(SummaryAmount amount) {
        this.amount = amount;
    }

    /** The settle date, yyyyMMdd. */
    public String getSettleDate() {
        return settleDate;
    }

    public void setSettleDate(String settleDate) {
        this.settleDate = settleDate;
    }

    /** When the refund succeeded (ISO 8601). */
    public String getExecuteSuccessTime() {
        return executeSuccessTime;
    }

    public void setExecuteSuccessTime(String executeSuccessTime) {
        this.executeSuccessTime = executeSuccessTime;
    }

    /** The refund's state. */
    public String getState() {
        return state;
    }

    public void setState(String state) {
        this.state = state;
    }

    /** The merchant's sub-order reference. */
    public String getMerSubReferenceId() {
        return merSubReferenceId;
    }

    public void setMerSubReferenceId(String merSubReferenceId) {
        this.merSubReferenceId = merSubReferenceId;
    }

    /** The product. */
    public String getProductId() {
        return productId;
    }

    public void setProductId(String productId) {
        this.productId = productId;
    }


    @Override
    public String toString() {
        return describe()
                .add("refundId", refundId)
                .add("paymentId", paymentId)
                .phone("phoneNumber", phoneNumber)
                .add("amount", amount)
                .add("settleDate", settleDate)
                .add("executeSuccessTime", executeSuccessTime)
                .add("state", state)
                .add("merSubReferenceId", merSubReferenceId)
                .add("productId", productId)
                .toString();
    }
}
