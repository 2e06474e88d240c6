package io.github.camelumf.model;

import java.math.BigDecimal;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;

/**
 * A B2B outward payment ({@code query_order}, 11.6): the bank's trade number, fee, rate, amount paid and payee.
 * {@code toString()} masks the payee's account and name.
 */
public class B2bOrder extends UmfObject {

    /** The trade number of the payment slip. */
    private String tradeNo;

    /** The fee. */
    @JsonSerialize(using = DecimalStringSerializer.class)
    @JsonDeserialize(using = DecimalDeserializer.class)
    private BigDecimal fee;

    /** The exchange rate the currency was bought at. */
    @JsonSerialize(using = DecimalStringSerializer.class)
    @JsonDeserialize(using = DecimalDeserializer.class)
    private BigDecimal buyRate;

    /** The amount paid to the payee, in {@code currency}. */
    @JsonSerialize(using = DecimalStringSerializer.class)
    @JsonDeserialize(using = DecimalDeserializer.class)
    private BigDecimal payAmt;

    /** The payee's account. */
    private String payeeAccount;

    /** The payee's name. */
    private String payeeName;

    /** The currency paid. */
    private String currency;

    /** When the payment was recorded (yyyy-MM-dd HH:mm:ss). */
    private String traceDate;

    public B2bOrder() {
    }

    /** The trade number of the payment slip. */
    public String getTradeNo() {
        return tradeNo;
    }

    public void setTradeNo(String tradeNo) {
        this.tradeNo = tradeNo;
    }

    /** The fee. */
    public BigDecimal getFee() {
        return fee;
    }

    public void setFee(BigDecimal fee) {
        this.fee = fee;
    }

    /** The exchange rate the currency was bought at. */
    public BigDecimal getBuyRate() {
        return buyRate;
    }

    public void setBuyRate(BigDecimal buyRate) {
        this.buyRate = buyRate;
    }

    /** The amount paid to the payee, in {@code currency}. */
    public BigDecimal getPayAmt() {
        return payAmt;
    }

    public void setPayAmt(BigDecimal payAmt) {
        this.payAmt = payAmt;
    }

    /** The payee's account. */
    public String getPayeeAccount() {
        return payeeAccount;
    }

    public void setPayeeAccount(String payeeAccount) {
        this.payeeAccount = payeeAccount;
    }

    /** The payee's name. */
    public String getPayeeName() {
        return payeeName;
    }

    public void setPayeeName(String payeeName) {
        this.payeeName = payeeName;
    }

    /** The currency paid. */
    public String getCurrency() {
        return currency;
    }

    public void setCurrency(String currency) {
        this.currency = currency;
    }

    /** When the payment was recorded (yyyy-MM-dd HH:mm:ss). */
    public String getTraceDate() {
        return traceDate;
    }

    public void setTraceDate(String traceDate) {
        this.traceDate = traceDate;
    }


    @Override
    public String toString() {
        return describe()
                .add("trade_no", tradeNo)
                .add("fee", fee)
                .add("buy_rate", buyRate)
                .add("pay_amt", payAmt)
                .secret("payee_account", payeeAccount)
                .secret("payee_name", payeeName)
                .add("currency", currency)
                .add("trace_date", traceDate)
                .toString();
    }
}
