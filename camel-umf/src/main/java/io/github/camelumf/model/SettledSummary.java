package io.github.camelumf.model;

/**
 * What the payment and refund summaries of a reconciliations (3.20) or transactions (3.22) object share (section 5):
 * the payment, the payer's phone, the amount, the settlement and the state.
 */
public abstract class SettledSummary extends UmfObject {

    private String paymentId;
    private String phoneNumber;
    private SummaryAmount amount;
    private String settleDate;
    private String executeSuccessTime;
    private String state;
    private String productId;

    /** UMF's payment id (of the refunded payment, for a refund). */
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

    /** The amount paid or refunded. */
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

    /** When the payment or refund succeeded (ISO 8601). */
    public String getExecuteSuccessTime() {
        return executeSuccessTime;
    }

    public void setExecuteSuccessTime(String executeSuccessTime) {
        this.executeSuccessTime = executeSuccessTime;
    }

    /** The payment's or refund's state. */
    public String getState() {
        return state;
    }

    public void setState(String state) {
        this.state = state;
    }

    /** The product. */
    public String getProductId() {
        return productId;
    }

    public void setProductId(String productId) {
        this.productId = productId;
    }
}
