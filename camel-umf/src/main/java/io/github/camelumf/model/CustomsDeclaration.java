package io.github.camelumf.model;

/**
 * A customs or CIQ declaration (section 5 customs_declaration, customs_declaration_only, national_inspection), as
 * sent to customs/apply, customs/applyByOrder, ciq/apply and ciq/applyByOrder and as UMF answers them and the
 * queries and customs notifications. UMF answers only some members to each operation; members it does not send are
 * {@code null}. The citizen id number is masked in {@code toString()}.
 */
public class CustomsDeclaration extends UmfObject {

    private String id;
    private String state;
    private String merReferenceId;
    private String merDate;
    private String customsId;
    private String merCustomsCode;
    private String ecPlatId;
    private String ciqCode;
    private String platSupplierNo;
    private String isCustoms;
    private String customsClearanceDate;
    private String ciqClearanceDate;
    private String verifyDepartment;
    private String verifyDepartmentPayTrace;
    private String payTrace;
    private String notifyUrl;
    private String citizenIdType;
    private String citizenIdNumber;
    private Amount freightAmount;
    private Amount taxAmount;
    private Amount subOrderAmount;
    private SubOrder subOrder;

    /** The declaration id: CUST_... (customs) or CIQ_... (CIQ); declarations by order have none. */
    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    /** The state; {@link DeclarationState#UNKNOWN} if UMF sent a value this version does not know. */
    public DeclarationState getState() {
        return DeclarationState.fromValue(state);
    }

    /** The raw value of {@code state}, as sent or received. */
    public String getStateValue() {
        return state;
    }

    public void setState(DeclarationState state) {
        this.state = UmfEnums.wire(state);
    }

    /** The order reference (mer_reference_id) of a notification, or the customs order number. */
    public String getMerReferenceId() {
        return merReferenceId;
    }

    public void setMerReferenceId(String merReferenceId) {
        this.merReferenceId = merReferenceId;
    }

    /** The order date, yyyyMMdd (declarations by order). */
    public String getMerDate() {
        return merDate;
    }

    public void setMerDate(String merDate) {
        this.merDate = merDate;
    }

    /** The customs channel of appendix 8, e.g. NB, GZHG, HZHG. */
    public String getCustomsId() {
        return customsId;
    }

    public void setCustomsId(String customsId) {
        this.customsId = customsId;
    }

    /** The merchant's id at customs, 1-15 characters. */
    public String getMerCustomsCode() {
        return merCustomsCode;
    }

    public void setMerCustomsCode(String merCustomsCode) {
        this.merCustomsCode = merCustomsCode;
    }

    /** The e-commerce platform's account at customs, 4-60 characters. */
    public String getEcPlatId() {
        return ecPlatId;
    }

    public void setEcPlatId(String ecPlatId) {
        this.ecPlatId = ecPlatId;
    }

    /** The CIQ channel of appendix 8, e.g. GJHP (CIQ declarations). */
    public String getCiqCode() {
        return ciqCode;
    }

    public void setCiqCode(String ciqCode) {
        this.ciqCode = ciqCode;
    }

    /** The e-commerce platform's account at CIQ, 4-60 characters (CIQ declarations). */
    public String getPlatSupplierNo() {
        return platSupplierNo;
    }

    public void setPlatSupplierNo(String platSupplierNo) {
        this.platSupplierNo = platSupplierNo;
    }

    /** TRUE for an independent customs declaration (customs/queryByOrder). */
    public String getIsCustoms() {
        return isCustoms;
    }

    public void setIsCustoms(String isCustoms) {
        this.isCustoms = isCustoms;
    }

    /** The customs clearance date, yyyyMMdd, empty until declared. */
    public String getCustomsClearanceDate() {
        return customsClearanceDate;
    }

    public void setCustomsClearanceDate(String customsClearanceDate) {
        this.customsClearanceDate = customsClearanceDate;
    }

    /** The CIQ date, yyyyMMdd. */
    public String getCiqClearanceDate() {
        return ciqClearanceDate;
    }

    public void setCiqClearanceDate(String ciqClearanceDate) {
        this.ciqClearanceDate = ciqClearanceDate;
    }

    /** The department that verified the payer: UnionPay, NetsUnion or Others. */
    public String getVerifyDepartment() {
        return verifyDepartment;
    }

    public void setVerifyDepartment(String verifyDepartment) {
        this.verifyDepartment = verifyDepartment;
    }

    /** The payment trace of the verifying department. */
    public String getVerifyDepartmentPayTrace() {
        return verifyDepartmentPayTrace;
    }

    public void setVerifyDepartmentPayTrace(String verifyDepartmentPayTrace) {
        this.verifyDepartmentPayTrace = verifyDepartmentPayTrace;
    }

    /** The original payment trace (customs/queryByOrder). */
    public String getPayTrace() {
        return payTrace;
    }

    public void setPayTrace(String payTrace) {
        this.payTrace = payTrace;
    }

    /** Where UMF sends the customs result notification, 1-256 characters. */
    public String getNotifyUrl() {
        return notifyUrl;
    }

    public void setNotifyUrl(String notifyUrl) {
        this.notifyUrl = notifyUrl;
    }

    /** IDENTITY_CARD (customs/applyByOrder). */
    public String getCitizenIdType() {
        return citizenIdType;
    }

    public void setCitizenIdType(String citizenIdType) {
        this.citizenIdType = citizenIdType;
    }

    /** The payer's citizen id number (customs/applyByOrder); the component encrypts it before sending. */
    public String getCitizenIdNumber() {
        return citizenIdNumber;
    }

    public void setCitizenIdNumber(String citizenIdNumber) {
        this.citizenIdNumber = citizenIdNumber;
    }

    /** The freight. */
    public Amount getFreightAmount() {
        return freightAmount;
    }

    public void setFreightAmount(Amount freightAmount) {
        this.freightAmount = freightAmount;
    }

    /** The customs tax. */
    public Amount getTaxAmount() {
        return taxAmount;
    }

    public void setTaxAmount(Amount taxAmount) {
        this.taxAmount = taxAmount;
    }

    /** The amount of the declared sub-order. */
    public Amount getSubOrderAmount() {
        return subOrderAmount;
    }

    public void setSubOrderAmount(Amount subOrderAmount) {
        this.subOrderAmount = subOrderAmount;
    }

    /** The declared sub-order: mer_sub_reference_id, items, and UMF's sub_customs_trace / sub_ciq_trace. */
    public SubOrder getSubOrder() {
        return subOrder;
    }

    public void setSubOrder(SubOrder subOrder) {
        this.subOrder = subOrder;
    }

    @Override
    public String toString() {
        return describe().add("id", id).add("state", state).add("mer_reference_id", merReferenceId)
                .add("mer_date", merDate).add("customs_id", customsId).add("ciq_code", ciqCode)
                .add("customs_clearance_date", customsClearanceDate).add("ciq_clearance_date", ciqClearanceDate)
                .add("citizen_id_type", citizenIdType).secret("citizen_id_number", citizenIdNumber)
                .add("sub_order_amount", subOrderAmount).add("sub_order", subOrder).toString();
    }
}
