package io.github.camelumf.statement;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * One record of a monthly settle statement (3.25, MONTHLYBILL). {@code N/A} and empty columns are
 * {@code null}.
 */
public final class MonthlyBillRecord {

    private final long line;
    private final String orderIdOrRefundNo;
    private final String tradeNo;
    private final LocalDateTime orderFormTime;
    private final LocalDateTime orderFinishTime;
    private final String productName;
    private final BigDecimal merchantAmount;
    private final String merchantCurrency;
    private final BigDecimal transactionRate;
    private final BigDecimal transactionAmount;
    private final BigDecimal fee;
    private final BigDecimal netAmount;
    private final String transactionType;
    private final String transactionState;
    private final LocalDate purchaseDate;
    private final BigDecimal purchaseRate;
    private final BigDecimal referenceForeignAmount;
    private final String settleCurrency;
    private final String settleState;
    private final LocalDate settleDate;
    private final String originOrderId;
    private final List<String> extraColumns;

    MonthlyBillRecord(Columns columns) {
        this.line = columns.line();
        this.orderIdOrRefundNo = columns.text(1);
        this.tradeNo = columns.text(2);
        this.orderFormTime = columns.dateTime(3);
        this.orderFinishTime = columns.dateTime(4);
        this.productName = columns.text(5);
        this.merchantAmount = columns.decimal(6);
        this.merchantCurrency = columns.text(7);
        this.transactionRate = columns.decimal(8);
        this.transactionAmount = columns.decimal(9);
        this.fee = columns.decimal(10);
        this.netAmount = columns.decimal(11);
        this.transactionType = columns.text(12);
        this.transactionState = columns.text(13);
        this.purchaseDate = columns.date(14);
        this.purchaseRate = columns.decimal(15);
        this.referenceForeignAmount = columns.decimal(16);
        this.settleCurrency = columns.text(17);
        this.settleState = columns.text(18);
        this.settleDate = columns.date(19);
        this.originOrderId = columns.text(20);
        this.extraColumns = columns.extra(20);
    }

    /** The line of the file this record was read from (1 for the first line). */
    public long getLine() {
        return line;
    }

    /** Column 1, {@code order_id/refund_no}: the order id of a payment, the refund number of a refund. */
    public String getOrderIdOrRefundNo() {
        return orderIdOrRefundNo;
    }

    /** Column 2, {@code trade_no}: UMF's order id (of the refund for a refund). */
    public String getTradeNo() {
        return tradeNo;
    }

    /** Column 3, {@code order_form_time}: order create time. */
    public LocalDateTime getOrderFormTime() {
        return orderFormTime;
    }

    /** Column 4, {@code order_finish_time}: order payment time. */
    public LocalDateTime getOrderFinishTime() {
        return orderFinishTime;
    }

    /** Column 5, {@code product_name}: product name. */
    public String getProductName() {
        return productName;
    }

    /** Column 6, {@code merchant_amount}: order amount. */
    public BigDecimal getMerchantAmount() {
        return merchantAmount;
    }

    /** Column 7, {@code merchant_currency}: pricing currency. */
    public String getMerchantCurrency() {
        return merchantCurrency;
    }

    /** Column 8, {@code transaction_rate}: transaction rate. */
    public BigDecimal getTransactionRate() {
        return transactionRate;
    }

    /** Column 9, {@code transaction_amount}: RMB amount. */
    public BigDecimal getTransactionAmount() {
        return transactionAmount;
    }

    /** Column 10, {@code fee}: fee. */
    public BigDecimal getFee() {
        return fee;
    }

    /** Column 11, {@code net_amount}: net payment (the trailer's payment total is its sum). */
    public BigDecimal getNetAmount() {
        return netAmount;
    }

    /** Column 12, {@code transaction_type}: {@code payment} or {@code refund}. */
    public String getTransactionType() {
        return transactionType;
    }

    /** Column 13, {@code transaction_state}: transaction state. */
    public String getTransactionState() {
        return transactionState;
    }

    /** Column 14, {@code purchase_date}: foreign exchange date. */
    public LocalDate getPurchaseDate() {
        return purchaseDate;
    }

    /** Column 15, {@code purchase_rate}: foreign exchange rate. */
    public BigDecimal getPurchaseRate() {
        return purchaseRate;
    }

    /** Column 16, {@code reference_foreign_amount}: reference foreign currency amount (the trailer's purchase total is its sum). */
    public BigDecimal getReferenceForeignAmount() {
        return referenceForeignAmount;
    }

    /** Column 17, {@code settle_currency}: settle currency. */
    public String getSettleCurrency() {
        return settleCurrency;
    }

    /** Column 18, {@code settle_state}: {@code Y} settled, {@code N} not settled. */
    public String getSettleState() {
        return settleState;
    }

    /** Column 19, {@code settle_date}: settle date. */
    public LocalDate getSettleDate() {
        return settleDate;
    }

    /** Column 20, {@code origin_order_id}: the original order id (refunds only). */
    public String getOriginOrderId() {
        return originOrderId;
    }

    /** Columns after the ones the reference lists, kept as they are. */
    public List<String> getExtraColumns() {
        return extraColumns;
    }

    @Override
    public String toString() {
        return "MonthlyBillRecord{line=" + line
               + ", orderIdOrRefundNo=" + orderIdOrRefundNo
               + ", tradeNo=" + tradeNo
               + ", orderFormTime=" + orderFormTime
               + ", orderFinishTime=" + orderFinishTime
               + ", productName=" + productName
               + ", merchantAmount=" + merchantAmount
               + ", merchantCurrency=" + merchantCurrency
               + ", transactionRate=" + transactionRate
               + ", transactionAmount=" + transactionAmount
               + ", fee=" + fee
               + ", netAmount=" + netAmount
               + ", transactionType=" + transactionType
               + ", transactionState=" + transactionState
               + ", purchaseDate=" + purchaseDate
               + ", purchaseRate=" + purchaseRate
               + ", referenceForeignAmount=" + referenceForeignAmount
               + ", settleCurrency=" + settleCurrency
               + ", settleState=" + settleState
               + ", settleDate=" + settleDate
               + ", originOrderId=" + originOrderId
               + (extraColumns.isEmpty() ? "" : ", extraColumns=" + extraColumns.size()) + "}";
    }
}
