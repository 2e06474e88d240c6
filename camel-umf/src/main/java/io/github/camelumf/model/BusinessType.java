package io.github.camelumf.model;

/**
 * Who pays ({@code payer.business_type}).
 * <p>
 * {@link #UNKNOWN} stands for a value UMF sent that this version does not know; the raw value is kept by the
 * object that holds it.
 */
public enum BusinessType {

    /** A consumer pays a business. */
    B2C,
    /** A business pays a business. */
    B2B,
    /** A value this version does not know (never sent). */
    UNKNOWN;

    /** The constant for a raw UMF value: {@link #UNKNOWN} if it is not known, {@code null} for {@code null}. */
    public static BusinessType fromValue(String raw) {
        return UmfEnums.parse(BusinessType.class, raw);
    }

    /** The raw UMF value of this constant. */
    public String value() {
        return UmfEnums.wire(this);
    }
}
