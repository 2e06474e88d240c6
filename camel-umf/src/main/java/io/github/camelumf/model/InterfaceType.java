package io.github.camelumf.model;

/**
 * How the payment is carried out ({@code payer.interface_type}).
 * <p>
 * {@link #UNKNOWN} stands for a value UMF sent that this version does not know; the raw value is kept by the
 * object that holds it.
 */
public enum InterfaceType {

    /** API mode: the merchant server calls UMF. */
    SERVER_TO_SERVER,
    /** Cashier mode: the payer pays on UMF's web site. */
    SERVER_TO_WEB,
    /** Swift H5 cashier mode: the payer pays on UMF's H5 site. */
    SERVER_TO_H5WEB,
    /** Bank direct connection: the payer pays on the bank's web site. */
    DIRECT_TO_BANK,
    /** A value this version does not know (never sent). */
    UNKNOWN;

    /** The constant for a raw UMF value: {@link #UNKNOWN} if it is not known, {@code null} for {@code null}. */
    public static InterfaceType fromValue(String raw) {
        return UmfEnums.parse(InterfaceType.class, raw);
    }

    /** The raw UMF value of this constant. */
    public String value() {
        return UmfEnums.wire(this);
    }
}
