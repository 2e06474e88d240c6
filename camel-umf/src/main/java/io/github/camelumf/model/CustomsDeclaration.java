package io.github.camelumf.model;

/**
 * A customs (or CIQ) declaration as UMF reports it (section 5 customs_declaration / national_inspection). Only the
 * members a notification route needs are typed; every other member is kept as an unknown member.
 */
public class CustomsDeclaration extends UmfObject {

    private String id;
    private String state;
    private String merReferenceId;
    private String customsId;
    private String ciqCode;
    private String customsClearanceDate;
    private SubOrder subOrder;

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    /** ACCEPTED, SUBMITTED, SUCCESS or FAIL. */
    public String getState() {
        return state;
    }

    public void setState(String state) {
        this.state = state;
    }

    public String getMerReferenceId() {
        return merReferenceId;
    }

    public void setMerReferenceId(String merReferenceId) {
        this.merReferenceId = merReferenceId;
    }

    /** The customs channel, e.g. NB, GZHG, HZHG. */
    public String getCustomsId() {
        return customsId;
    }

    public void setCustomsId(String customsId) {
        this.customsId = customsId;
    }

    /** The CIQ channel, e.g. GJHP (CIQ declarations). */
    public String getCiqCode() {
        return ciqCode;
    }

    public void setCiqCode(String ciqCode) {
        this.ciqCode = ciqCode;
    }

    public String getCustomsClearanceDate() {
        return customsClearanceDate;
    }

    public void setCustomsClearanceDate(String customsClearanceDate) {
        this.customsClearanceDate = customsClearanceDate;
    }

    public SubOrder getSubOrder() {
        return subOrder;
    }

    public void setSubOrder(SubOrder subOrder) {
        this.subOrder = subOrder;
    }

    @Override
    public String toString() {
        return describe().add("id", id).add("state", state).add("mer_reference_id", merReferenceId)
                .add("customs_id", customsId).add("ciq_code", ciqCode).toString();
    }
}
