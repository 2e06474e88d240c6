package io.github.camelumf.model;

/**
 * Who pays and how ({@code payer}, section 5): payment method, interface type and business type (the allowed
 * combinations are in section 5), the bank, and the payer element: payer_info (B2C) or enterprise_qualification (B2B).
 */
public class Payer extends UmfObject {

    /** The payment method. */
    private String paymentMethod;

    /** The bank's abbreviation (appendix 8); required for DIRECT_TO_BANK with NOT_APPLICABLE. */
    private String bankCode;

    /** The payer's details (B2C). */
    private PayerInfo payerInfo;

    /** The paying enterprise (B2B). */
    private EnterpriseQualification enterpriseQualification;

    /** The interface type. */
    private String interfaceType;

    /** The business type. */
    private String businessType;

    /** The payer's ID in the merchant's system: 1 to 32 characters. */
    private String externalCustomerId;

    public Payer() {
    }

    /** The payment method. {@link PaymentMethod#UNKNOWN} if UMF sent a value this version does not know. */
    public PaymentMethod getPaymentMethod() {
        return PaymentMethod.fromValue(paymentMethod);
    }

    /** The raw value of {@code payment_method}, as sent or received. */
    public String getPaymentMethodValue() {
        return paymentMethod;
    }

    public void setPaymentMethod(PaymentMethod paymentMethod) {
        this.paymentMethod = UmfEnums.wire(paymentMethod);
    }

    public void setPaymentMethodValue(String paymentMethod) {
        this.paymentMethod = paymentMethod;
    }

    /** Sets {@code payment_method}. */
    public Payer withPaymentMethod(PaymentMethod paymentMethod) {
        setPaymentMethod(paymentMethod);
        return this;
    }

    /** Sets the raw value of {@code payment_method} (for values this version does not know). */
    public Payer withPaymentMethodValue(String paymentMethod) {
        this.paymentMethod = paymentMethod;
        return this;
    }

    /** The bank's abbreviation (appendix 8); required for DIRECT_TO_BANK with NOT_APPLICABLE. */
    public String getBankCode() {
        return bankCode;
    }

    public void setBankCode(String bankCode) {
        this.bankCode = bankCode;
    }

    /** Sets {@code bank_code}. */
    public Payer withBankCode(String bankCode) {
        this.bankCode = bankCode;
        return this;
    }

    /** The payer's details (B2C). */
    public PayerInfo getPayerInfo() {
        return payerInfo;
    }

    public void setPayerInfo(PayerInfo payerInfo) {
        this.payerInfo = payerInfo;
    }

    /** Sets {@code payer_info}. */
    public Payer withPayerInfo(PayerInfo payerInfo) {
        this.payerInfo = payerInfo;
        return this;
    }

    /** The paying enterprise (B2B). */
    public EnterpriseQualification getEnterpriseQualification() {
        return enterpriseQualification;
    }

    public void setEnterpriseQualification(EnterpriseQualification enterpriseQualification) {
        this.enterpriseQualification = enterpriseQualification;
    }

    /** Sets {@code enterprise_qualification}. */
    public Payer withEnterpriseQualification(EnterpriseQualification enterpriseQualification) {
        this.enterpriseQualification = enterpriseQualification;
        return this;
    }

    /** The interface type. {@link InterfaceType#UNKNOWN} if UMF sent a value this version does not know. */
    public InterfaceType getInterfaceType() {
        return InterfaceType.fromValue(interfaceType);
    }

    /** The raw value of {@code interface_type}, as sent or received. */
    public String getInterfaceTypeValue() {
        return interfaceType;
    }

    public void setInterfaceType(InterfaceType interfaceType) {
        this.interfaceType = UmfEnums.wire(interfaceType);
    }

    public void setInterfaceTypeValue(String interfaceType) {
        this.interfaceType = interfaceType;
    }

    /** Sets {@code interface_type}. */
    public Payer withInterfaceType(InterfaceType interfaceType) {
        setInterfaceType(interfaceType);
        return this;
    }

    /** Sets the raw value of {@code interface_type} (for values this version does not know). */
    public Payer withInterfaceTypeValue(String interfaceType) {
        this.interfaceType = interfaceType;
        return this;
    }

    /** The business type. {@link BusinessType#UNKNOWN} if UMF sent a value this version does not know. */
    public BusinessType getBusinessType() {
        return BusinessType.fromValue(businessType);
    }

    /** The raw value of {@code business_type}, as sent or received. */
    public String getBusinessTypeValue() {
        return businessType;
    }

    public void setBusinessType(BusinessType businessType) {
        this.businessType = UmfEnums.wire(businessType);
    }

    public void setBusinessTypeValue(String businessType) {
        this.businessType = businessType;
    }

    /** Sets {@code business_type}. */
    public Payer withBusinessType(BusinessType businessType) {
        setBusinessType(businessType);
        return this;
    }

    /** Sets the raw value of {@code business_type} (for values this version does not know). */
    public Payer withBusinessTypeValue(String businessType) {
        this.businessType = businessType;
        return this;
    }

    /** The payer's ID in the merchant's system: 1 to 32 characters. */
    public String getExternalCustomerId() {
        return externalCustomerId;
    }

    public void setExternalCustomerId(String externalCustomerId) {
        this.externalCustomerId = externalCustomerId;
    }

    /** Sets {@code external_customer_id}. */
    public Payer withExternalCustomerId(String externalCustomerId) {
        this.externalCustomerId = externalCustomerId;
        return this;
    }

    @Override
    public String toString() {
        return describe()
                .add("payment_method", paymentMethod)
                .add("bank_code", bankCode)
                .add("payer_info", payerInfo)
                .add("enterprise_qualification", enterpriseQualification)
                .add("interface_type", interfaceType)
                .add("business_type", businessType)
                .add("external_customer_id", externalCustomerId)
                .toString();
    }
}
