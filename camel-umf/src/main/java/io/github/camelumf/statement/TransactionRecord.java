package io.github.camelumf.statement;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import io.github.camelumf.model.Mask;

/**
 * One record of a transaction file (3.23, TRANSDETAIL). {@code N/A} and empty columns are {@code null}; the
 * personal columns {@code cardholder}, {@code identifycode} and {@code mobileid} are masked in {@code toString()}.
 */
public final class TransactionRecord {

    private final long line;
    private final String tradeNo;
    private final String mobileId;
    private final String orderId;
    private final LocalDate orderDate;
    private final LocalDate platDate;
    private final LocalTime platTime;
    private final String currency;
    private final BigDecimal cbAmount;
    private final BigDecimal amount;
    private final BigDecimal exchangeRate;
    private final LocalDate settleDate;
    private final String tranState;
    private final String tranType;
    private final String productId;
    private final LocalDate merDate;
    private final String refundNo;
    private final String prefundTradeNo;
    private final String cardholder;
    private final String identifyCode;
    private final BigDecimal comAmt;
    private final List<String> extraColumns;

    TransactionRecord(Columns columns) {
        this.line = columns.line();
        this.tradeNo = columns.text(1);
        this.mobileId = columns.text(2);
        this.orderId = columns.text(3);
        this.orderDate = columns.date(4);
        this.platDate = columns.date(5);
        this.platTime = columns.time(6);
        this.currency = columns.text(7);
        this.cbAmount = columns.decimal(8);
        this.amount = columns.decimal(9);
        this.exchangeRate = columns.decimal(10);
        this.settleDate = columns.date(11);
        this.tranState = columns.text(12);
        this.tranType = columns.text(13);
        this.productId = columns.text(14);
        this.merDate = columns.date(15);
        this.refundNo = columns.text(16);
        this.prefundTradeNo = columns.text(17);
        this.cardholder = columns.text(18);
        this.identifyCode = columns.text(19);
        this.comAmt = columns.decimal(20);
        this.extraColumns = columns.extra(20);
    }

    /** The line of the file this record was read from (1 for the first line). */
    public long getLine() {
        return line;
    }

    /** Column 1, {@code tradeno}: UMF's trade number. */
    public String getTradeNo() {
        return tradeNo;
    }

    /** Column 2, {@code mobileid}: the payer's mobile id (masked in {@code toString()}). */
    public String getMobileId() {
        return mobileId;
    }

    /** Column 3, {@code orderid}: the merchant's order id. */
    public String getOrderId() {
        return orderId;
    }

    /** Column 4, {@code orderdate}: order date. */
    public LocalDate getOrderDate() {
        return orderDate;
    }

    /** Column 5, {@code platdate}: UMF's transaction date. */
    public LocalDate getPlatDate() {
        return platDate;
    }

    /** Column 6, {@code plattime}: UMF's transaction time. */
    public LocalTime getPlatTime() {
        return platTime;
    }

    /** Column 7, {@code currency}: currency. */
    public String getCurrency() {
        return currency;
    }

    /** Column 8, {@code cbamount}: foreign amount. */
    public BigDecimal getCbAmount() {
        return cbAmount;
    }

    /** Column 9, {@code amount}: amount in yuan. */
    public BigDecimal getAmount() {
        return amount;
    }

    /** Column 10, {@code exchangerate}: exchange rate. */
    public BigDecimal getExchangeRate() {
        return exchangeRate;
    }

    /** Column 11, {@code settledate}: settle date. */
    public LocalDate getSettleDate() {
        return settleDate;
    }

    /** Column 12, {@code transtate}: transaction state. */
    public String getTranState() {
        return tranState;
    }

    /** Column 13, {@code transtype}: transaction type. */
    public String getTranType() {
        return tranType;
    }

    /** Column 14, {@code productid}: product id. */
    public String getProductId() {
        return productId;
    }

    /** Column 15, {@code merdate}: the merchant's date. */
    public LocalDate getMerDate() {
        return merDate;
    }

    /** Column 16, {@code refundno}: refund number. */
    public String getRefundNo() {
        return refundNo;
    }

    /** Column 17, {@code prefundtradeno}: trade number of the refunded payment. */
    public String getPrefundTradeNo() {
        return prefundTradeNo;
    }

    /** Column 18, {@code cardholder}: the cardholder's name (personal: masked in {@code toString()}, never logged). */
    public String getCardholder() {
        return cardholder;
    }

    /** Column 19, {@code identifycode}: the cardholder's ID number (personal: masked in {@code toString()}, never logged). */
    public String getIdentifyCode() {
        return identifyCode;
    }

    /** Column 20, {@code comamt}: service charge in yuan. */
    public BigDecimal getComAmt() {
        return comAmt;
    }

    /** Columns after the ones the reference lists, kept as they are. */
    public List<String> getExtraColumns() {
        return extraColumns;
    }

    @Override
    public String toString() {
        return "TransactionRecord{line=" + line
               + ", tradeNo=" + tradeNo
               + ", mobileId=" + Mask.phone(mobileId)
               + ", orderId=" + orderId
               + ", orderDate=" + orderDate
               + ", platDate=" + platDate
               + ", platTime=" + platTime
               + ", currency=" + currency
               + ", cbAmount=" + cbAmount
               + ", amount=" + amount
               + ", exchangeRate=" + exchangeRate
               + ", settleDate=" + settleDate
               + ", tranState=" + tranState
               + ", tranType=" + tranType
               + ", productId=" + productId
               + ", merDate=" + merDate
               + ", refundNo=" + refundNo
               + ", prefundTradeNo=" + prefundTradeNo
               + ", cardholder=" + Mask.secret(cardholder)
               + ", identifyCode=" + Mask.secret(identifyCode)
               + ", comAmt=" + comAmt
               + (extraColumns.isEmpty() ? "" : ", extraColumns=" + extraColumns.size()) + "}";
    }
}
