package io.github.camelumf.model;

/**
 * A declaration resent to customs or CIQ ({@code declare_again}, 3.32 / 3.54): the request of
 * {@code umf:declaration/resend} and UMF's echo of it.
 */
public class DeclarationResend extends UmfObject {

    /** {@code declare_type} of a customs declaration. */
    public static final String CUSTOMS = "0";
    /** {@code declare_type} of a CIQ (inspection) declaration. */
    public static final String CIQ = "1";

    private String declareType;
    private String merReferenceId;

    /** 0 for customs, 1 for CIQ. */
    public String getDeclareType() {
        return declareType;
    }

    public void setDeclareType(String declareType) {
        this.declareType = declareType;
    }

    /** The order number of the declaration, 4-32 characters. */
    public String getMerReferenceId() {
        return merReferenceId;
    }

    public void setMerReferenceId(String merReferenceId) {
        this.merReferenceId = merReferenceId;
    }

    @Override
    public String toString() {
        return describe().add("declare_type", declareType).add("mer_reference_id", merReferenceId).toString();
    }
}
