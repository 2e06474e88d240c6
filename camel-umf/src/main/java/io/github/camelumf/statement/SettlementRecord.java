package io.github.camelumf.statement;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * One record of a settlement file (3.21, SETTLEDETAIL): one payment or refund settled. {@code N/A} and empty
 * columns are {@code null}.
 */
public final class SettlementRecord {

    private final long line;
    private final String tradeNo;
    private final String tranType;
    private final String tranState;
    private final String productName;
    private final String mainOrderId;
    private final LocalDateTime platDateTime;
    private final String currency;
    private final BigDecimal cbAmount;
    private final BigDecimal rate;
    private final BigDecimal amount;
    private final BigDecimal comAmt;
    private final LocalDate sendTime;
    private final String buyForexNo;
    private final BigDecimal buyForexRate;
    private final String buyCurrencyId;
    private final BigDecimal foreignAmount;
    private final String oriOrderId;
    private final String refundNo;
    private final BigDecimal refundAmountRequested;
    private final List<String> extraColumns;

    SettlementRecord(Columns columns) {
        this.line = columns.line();
        this.tradeNo = columns.text(1);
        this.tranType = columns.text(2);
        this.tranState = columns.text(3);
        this.productName = columns.text(4);
        this.mainOrderId = columns.text(5);
        this.platDateTime = columns.dateTime(6);
        this.currency = columns.text(7);
        this.cbAmount = columns.decimal(8);
        this.rate = columns.decimal(9);
        this.amount = columns.decimal(10);
        this.comAmt = columns.decimal(11);
        this.sendTime = columns.date(12);
        this.buyForexNo = columns.text(13);
        this.buyForexRate = columns.decimal(14);
        this.buyCurrencyId = columns.text(15);
        this.foreignAmount = columns.decimal(16);
        this.oriOrderId = columns.text(17);
        this.refundNo = columns.text(18);
        this.refundAmountRequested = columns.decimal(19);
        this.extraColumns = columns.extra(19);
    }

    /** The line of the file this record was read from (1 for the first line). */
    public long getLine() {
        return line;
    }

    /** Column 1, {@code tradeNo}: created by UMF. */
    public String getTradeNo() {
        return tradeNo;
    }

    /** Column 2, {@code tranType}: transaction type, {@code payment} or {@code refund}. */
    public String getTranType() {
        return tranType;
    }

    /** Column 3, {@code tranState}: transaction state. */
    public String getTranState() {
        return tranState;
    }

    /** Column 4, {@code productName}: product name. */
    public String getProductName() {
        return productName;
    }

    /** Column 5, {@code mainOrderId}: the merchant's order id. */
    public String getMainOrderId() {
        return mainOrderId;
    }

    /** Column 6, {@code platDateTime}: transaction time. */
    public LocalDateTime getPlatDateTime() {
        return platDateTime;
    }

    /** Column 7, {@code currency}: currency. */
    public String getCurrency() {
        return currency;
    }

    /** Column 8, {@code cbAmount}: foreign amount. */
    public BigDecimal getCbAmount() {
        return cbAmount;
    }

    /** Column 9, {@code rate}: transaction exchange rate. */
    public BigDecimal getRate() {
        return rate;
    }

    /** Column 10, {@code amount}: RMB amount. */
    public BigDecimal getAmount() {
        return amount;
    }

    /** Column 11, {@code comAmt}: service charge. */
    public BigDecimal getComAmt() {
        return comAmt;
    }

    /** Column 12, {@code sendTime}: buy foreign exchange date. */
    public LocalDate getSendTime() {
        return sendTime;
    }

    /** Column 13, {@code buyForexNo}: buy foreign exchange batch number. */
    public String getBuyForexNo() {
        return buyForexNo;
    }

    /** Column 14, {@code buyForexRate}: buy foreign exchange rate. */
    public BigDecimal getBuyForexRate() {
        return buyForexRate;
    }

    /** Column 15, {@code buyCurrencyId}: buy foreign exchange currency. */
    public String getBuyCurrencyId() {
        return buyCurrencyId;
    }

    /** Column 16, {@code foreignAmount}: buy foreign amount (the trailer's totals are its sum). */
    public BigDecimal getForeignAmount() {
        return foreignAmount;
    }

    /** Column 17, {@code oriOrderId}: original order id (refunds only). */
    public String getOriOrderId() {
        return oriOrderId;
    }

    /** Column 18, {@code refundNo}: refund number (refunds only). */
    public String getRefundNo() {
        return refundNo;
    }

    /** Column 19, {@code refundAmountRequested}: refund amount the merchant requested. */
    public BigDecimal getRefundAmountRequested() {
        return refundAmountRequested;
    }

    /** Columns after the ones the reference lists, kept as they are. */
    public List<String> getExtraColumns() {
        return extraColumns;
    }

    @Override
    public String toString() {
        return "SettlementRecord{line=" + line
               + ", tradeNo=" + tradeNo
               + ", tranType=" + tranType
               + ", tranState=" + tranState
               + ", productName=" + productName
               + ", mainOrderId=" + mainOrderId
               + ", platDateTime=" + platDateTime
               + ", currency=" + currency
               + ", cbAmount=" + cbAmount
               + ", rate=" + rate
               + ", amount=" + amount
               + ", comAmt=" + comAmt
               + ", sendTime=" + sendTime
               + ", buyForexNo=" + buyForexNo
               + ", buyForexRate=" + buyForexRate
               + ", buyCurrencyId=" + buyCurrencyId
               + ", foreignAmount=" + foreignAmount
               + ", oriOrderId=" + oriOrderId
               + ", refundNo=" + refundNo
               + ", refundAmountRequested=" + refundAmountRequested
               + (extraColumns.isEmpty() ? "" : ", extraColumns=" + extraColumns.size()) + "}";
    }
}
