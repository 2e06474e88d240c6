package io.github.camelumf.model;

/**
 * The state of a customs or CIQ declaration (section 5, {@code customs_declaration.state}).
 * <p>
 * {@link #UNKNOWN} stands for a value UMF sent that this version does not know; the raw value is kept by the
 * object that holds it.
 */
public enum DeclarationState {

    /** Accepted by UMF, not answered by customs yet. */
    ACCEPTED,
    /** Submitted to customs (again), not answered yet. */
    SUBMITTED,
    /** Declared: customs (or CIQ) accepted it. */
    SUCCESS,
    /** Refused by customs; it may be resent (declaration/resend). */
    FAIL,
    /** A value this version does not know (never sent). */
    UNKNOWN;

    /** The constant for a raw UMF value: {@link #UNKNOWN} if it is not known, {@code null} for {@code null}. */
    public static DeclarationState fromValue(String raw) {
        return UmfEnums.parse(DeclarationState.class, raw);
    }

    /** The raw UMF value of this constant. */
    public String value() {
        return UmfEnums.wire(this);
    }
}
