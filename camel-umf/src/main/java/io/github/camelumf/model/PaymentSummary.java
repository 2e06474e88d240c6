package io.github.camelumf.model;

import java.math.BigDecimal;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;

/**
 * The summary of a payment in a reconciliations (3.20) or transactions (3.22) object (section 5).
 */
public class PaymentSummary extends SettledSummary {

    /** The order date, yyyyMMdd. */
    private String orderDate;

    /** The merchant's order reference. */
    private String merReferenceId;

    /** The service fee in CNY (reconciliations only). */
    @JsonDeserialize(using = DecimalDeserializer.class)
    private BigDecimal serviceFee;

    /** The date of the exchange, yyyyMMdd (reconciliations only). */
    private String exchangeDate;

    /** The amount exchanged (reconciliations only). */
    private SummaryAmount exchangeAmount;

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
                .add("paymentId", getPaymentId())
                .phone("phoneNumber", getPhoneNumber())
                .add("orderDate", orderDate)
                .add("merReferenceId", merReferenceId)
                .add("amount", getAmount())
                .add("settleDate", getSettleDate())
                .add("executeSuccessTime", getExecuteSuccessTime())
                .add("state", getState())
                .add("productId", getProductId())
                .add("serviceFee", serviceFee)
                .add("exchangeDate", exchangeDate)
                .add("exchangeAmount", exchangeAmount)
                .toString();
    }
}
