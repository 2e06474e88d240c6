package io.github.camelumf.model;

import java.math.BigDecimal;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;

/**
 * The summary of a payment in a reconciliations (3.20) or transactions (3.22) object (section 5).
 */
public class PaymentSummary extends UmfObject {

    /** UMF's payment id. */
    private String paymentId;

    /** The payer's phone number (masked in {@code toString()}). */
    private String phoneNumber;

    /** The order date, yyyyMMdd. */
    private String orderDate;

    /** The merchant's order reference. */
    private String merReferenceId;

    /** The amount paid. */
    private SummaryAmount amount;

    /** The settle date, yyyyMMdd. */
    private String settleDate;

    /** When the payment succeeded (ISO 8601). */
    private String executeSuccessTime;

    /** The payment's state. */
    private String state;

    /** The product. */
    private String productId;

    /** The service fee in CNY (reconciliations only). */
    @JsonDeserialize(using = DecimalDeserializer.class)
    private BigDecimal serviceFee;

    /** The date of the exchange, yyyyMMdd (reconciliations only). */
    private String exchangeDate;

    /** The amount exchanged (reconciliations only). */
    private SummaryAmount exchangeAmount;

    /** UMF's payment id. */
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

    /** The order date, yyyyMMdd. */
    public String getOrderDate() {
        return orderDate;
    }

    public void setOrderDate(String orderDate) {
        this.orderDate = orderDate;
    }

    /** The merchant's order reference. */
    public String getMerReferenceId() {
        return merReferenceId;
    }

    public void setMerReferenceId(String merReferenceId) {
        this.merReferenceId = merReferenceId;
    }

    /** The amount paid. */
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

    /** When the payment succeeded (ISO 8601). */
    public String getExecuteSuccessTime() {
        return executeSuccessTime;
    }

    public void setExecuteSuccessTime(String executeSuccessTime) {
        this.executeSuccessTime = executeSuccessTime;
    }

    /** The payment's state. */
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

    /** The service fee in CNY (reconciliations only). */
    public BigDecimal getServiceFee() {
        return serviceFee;
    }

    public void setServiceFee(BigDecimal serviceFee) {
        this.serviceFee = serviceFee;
    }

    /** The date of the exchange, yyyyMMdd (reconciliations only). */
    public String getExchangeDate() {
        return exchangeDate;
    }

    public void setExchangeDate(String exchangeDate) {
        this.exchangeDate = exchangeDate;
    }

    /** The amount exchanged (reconciliations only). */
    public SummaryAmount getExchangeAmount() {
        return exchangeAmount;
    }

    public void setExchangeAmount(SummaryAmount exchangeAmount) {
        this.exchangeAmount = exchangeAmount;
    }


    @Override
    public String toString() {
        return describe()
                .add("paymentId", paymentId)
                .phone("phoneNumber", phoneNumber)
                .add("orderDate", orderDate)
                .add("merReferenceId", merReferenceId)
                .add("amount", amount)
                .add("settleDate", settleDate)
                .add("executeSuccessTime", executeSuccessTime)
                .add("state", state)
                .add("productId", productId)
                .add("serviceFee", serviceFee)
                .add("exchangeDate", exchangeDate)
                .add("exchangeAmount", exchangeAmount)
                .toString();
    }
}
