package io.github.camelumf.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A payment ({@code payment}, section 5), the core object of the API, as UMF returns it.
 */
public class Payment extends UmfObject {

    /** The payment ID. */
    private String id;

    /** The state. */
    private String state;

    /** Who pays and how. */
    private Payer payer;

    /** The order. */
    private Order order;

    /** Where UMF sends the payment result. */
    private String notifyUrl;

    /** Where the payer returns after paying on UMF's web pages. */
    private String retUrl;

    /** When the money was transferred. */
    private String executeSuccessTime;

    /** The merchant's date of the transaction, yyyyMMdd. */
    private String merCheckDate;

    /** UMF's date of the transaction, yyyyMMdd. */
    private String settleDate;

    /** The anti-fraud information. */
    private RiskInfo riskInfo;

    /** Whether the payment was made through UMF's US system: Y or N. */
    @JsonProperty("is_from_US")
    private String isFromUs;

    public Payment() {
    }

    /** The payment ID. */
    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    /** Sets {@code id}. */
    public Payment withId(String id) {
        this.id = id;
        return this;
    }

    /** The state. {@link PaymentState#UNKNOWN} if UMF sent a value this version does not know. */
    public PaymentState getState() {
        return PaymentState.fromValue(state);
    }

    /** The raw value of {@code state}, as sent or received. */
    public String getStateValue() {
        return state;
    }

    public void setState(PaymentState state) {
        this.state = UmfEnums.wire(state);
    }

    public void setStateValue(String state) {
        this.state = state;
    }

    /** Sets {@code state}. */
    public Payment withState(PaymentState state) {
        setState(state);
        return this;
    }

    /** Sets the raw value of {@code state} (for values this version does not know). */
    public Payment withStateValue(String state) {
        this.state = state;
        return this;
    }

    /** Who pays and how. */
    public Payer getPayer() {
        return payer;
    }

    public void setPayer(Payer payer) {
        this.payer = payer;
    }

    /** Sets {@code payer}. */
    public Payment withPayer(Payer payer) {
        this.payer = payer;
        return this;
    }

    /** The order. */
    public Order getOrder() {
        return order;
    }

    public void setOrder(Order order) {
        this.order = order;
    }

    /** Sets {@code order}. */
    public Payment withOrder(Order order) {
        this.order = order;
        return this;
    }

    /** Where UMF sends the payment result. */
    public String getNotifyUrl() {
        return notifyUrl;
    }

    public void setNotifyUrl(String notifyUrl) {
        this.notifyUrl = notifyUrl;
    }

    /** Sets {@code notify_url}. */
    public Payment withNotifyUrl(String notifyUrl) {
        this.notifyUrl = notifyUrl;
        return this;
    }

    /** Where the payer returns after paying on UMF's web pages. */
    public String getRetUrl() {
        return retUrl;
    }

    public void setRetUrl(String retUrl) {
        this.retUrl = retUrl;
    }

    /** Sets {@code ret_url}. */
    public Payment withRetUrl(String retUrl) {
        this.retUrl = retUrl;
        return this;
    }

    /** When the money was transferred. */
    public String getExecuteSuccessTime() {
        return executeSuccessTime;
    }

    public void setExecuteSuccessTime(String executeSuccessTime) {
        this.executeSuccessTime = executeSuccessTime;
    }

    /** Sets {@code execute_success_time}. */
    public Payment withExecuteSuccessTime(String executeSuccessTime) {
        this.executeSuccessTime = executeSuccessTime;
        return this;
    }

    /** The merchant's date of the transaction, yyyyMMdd. */
    public String getMerCheckDate() {
        return merCheckDate;
    }

    public void setMerCheckDate(String merCheckDate) {
        this.merCheckDate = merCheckDate;
    }

    /** Sets {@code mer_check_date}. */
    public Payment withMerCheckDate(String merCheckDate) {
        this.merCheckDate = merCheckDate;
        return this;
    }

    /** UMF's date of the transaction, yyyyMMdd. */
    public String getSettleDate() {
        return settleDate;
    }

    public void setSettleDate(String settleDate) {
        this.settleDate = settleDate;
    }

    /** Sets {@code settle_date}. */
    public Payment withSettleDate(String settleDate) {
        this.settleDate = settleDate;
        return this;
    }

    /** The anti-fraud information. */
    public RiskInfo getRiskInfo() {
        return riskInfo;
    }

    public void setRiskInfo(RiskInfo riskInfo) {
        this.riskInfo = riskInfo;
    }

    /** Sets {@code risk_info}. */
    public Payment withRiskInfo(RiskInfo riskInfo) {
        this.riskInfo = riskInfo;
        return this;
    }

    /** Whether the payment was made through UMF's US system: Y or N. */
    public String getIsFromUs() {
        return isFromUs;
    }

    public void setIsFromUs(String isFromUs) {
        this.isFromUs = isFromUs;
    }

    /** Sets {@code is_from_US}. */
    public Payment withIsFromUs(String isFromUs) {
        this.isFromUs = isFromUs;
        return this;
    }

    @Override
    public String toString() {
        return describe()
                .add("id", id)
                .add("state", state)
                .add("payer", payer)
                .add("order", order)
                .add("notify_url", notifyUrl)
                .add("ret_url", retUrl)
                .add("execute_success_time", executeSuccessTime)
                .add("mer_check_date", merCheckDate)
                .add("settle_date", settleDate)
                .add("risk_info", riskInfo)
                .add("is_from_US", isFromUs)
                .toString();
    }
}
