package io.github.camelumf.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The body of {@code umf:payment/create} (3.5, 4.3): payer, order, notification and return URLs, risk info.
 * <pre>
 * new PaymentRequest()
 *     .payer(new Payer().paymentMethod(PaymentMethod.DEBIT_CARD).interfaceType(InterfaceType.SERVER_TO_SERVER)
 *         .businessType(BusinessType.B2C).payerInfo(new PayerInfo().phone("13552105741")))
 *     .order(new Order().merReferenceId("1126144824929101").merDate("20181126").amount(Amount.of("0.02", "CNY"))
 *         .addSubOrder(new SubOrder().transCode("01122030").amount(Amount.of("0.02", "CNY")).addItem(...)))
 *     .notifyUrl("https://merchant.example/umf/notify");
 * </pre>
 */
public class PaymentRequest extends UmfObject {

    /** Who pays and how. */
    private Payer payer;

    /** The order. */
    private Order order;

    /** Where UMF sends the payment result: 1 to 128 characters. */
    private String notifyUrl;

    /** Where the payer returns after paying on UMF's pages: 1 to 128 characters. */
    private String retUrl;

    /** The anti-fraud information. */
    private RiskInfo riskInfo;

    /** Whether to acquire a sub-merchant: Y or N. */
    @JsonProperty("subMchId_flag")
    private String subMchIdFlag;

    public PaymentRequest() {
    }

    /** Who pays and how. */
    public Payer getPayer() {
        return payer;
    }

    public void setPayer(Payer payer) {
        this.payer = payer;
    }

    /** Sets {@code payer}. */
    public PaymentRequest withPayer(Payer payer) {
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
    public PaymentRequest withOrder(Order order) {
        this.order = order;
        return this;
    }

    /** Where UMF sends the payment result: 1 to 128 characters. */
    public String getNotifyUrl() {
        return notifyUrl;
    }

    public void setNotifyUrl(String notifyUrl) {
        this.notifyUrl = notifyUrl;
    }

    /** Sets {@code notify_url}. */
    public PaymentRequest withNotifyUrl(String notifyUrl) {
        this.notifyUrl = notifyUrl;
        return this;
    }

    /** Where the payer returns after paying on UMF's pages: 1 to 128 characters. */
    public String getRetUrl() {
        return retUrl;
    }

    public void setRetUrl(String retUrl) {
        this.retUrl = retUrl;
    }

    /** Sets {@code ret_url}. */
    public PaymentRequest withRetUrl(String retUrl) {
        this.retUrl = retUrl;
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
    public PaymentRequest withRiskInfo(RiskInfo riskInfo) {
        this.riskInfo = riskInfo;
        return this;
    }

    /** Whether to acquire a sub-merchant: Y or N. */
    public String getSubMchIdFlag() {
        return subMchIdFlag;
    }

    public void setSubMchIdFlag(String subMchIdFlag) {
        this.subMchIdFlag = subMchIdFlag;
    }

    /** Sets {@code subMchId_flag}. */
    public PaymentRequest withSubMchIdFlag(String subMchIdFlag) {
        this.subMchIdFlag = subMchIdFlag;
        return this;
    }

    @Override
    public String toString() {
        return describe()
                .add("payer", payer)
                .add("order", order)
                .add("notify_url", notifyUrl)
                .add("ret_url", retUrl)
                .add("risk_info", riskInfo)
                .add("subMchId_flag", subMchIdFlag)
                .toString();
    }
}
