package io.github.camelumf.model;

/**
 * How the payer pays ({@code payer.payment_method}, section 5 "payer" and 3.5).
 * <p>
 * {@link #UNKNOWN} stands for a value UMF sent that this version does not know; the raw value is kept by the
 * object that holds it.
 */
public enum PaymentMethod {

    /** Credit card quick payment. */
    CREDIT_CARD,
    /** Debit card quick payment. */
    DEBIT_CARD,
    /** WeChat scans a QR code UMF returns. */
    WECHAT_SCAN,
    /** WeChat payment inside a native app. */
    WECHAT_IN_APP,
    /** WeChat official account payment inside the WeChat browser. */
    WECHAT_WEB,
    /** WeChat payment from a browser outside WeChat. */
    WECHAT_H5,
    /** WeChat mini program payment (listed in 3.5). */
    WECHAT_MP,
    /** Alipay scans a QR code UMF returns. */
    ALIPAY_SCAN,
    /** Personal e-bank (listed in 3.5; the flows use NOT_APPLICABLE with DIRECT_TO_BANK). */
    B2C_BANK,
    /** Business e-bank (listed in 3.5; the flows use NOT_APPLICABLE with DIRECT_TO_BANK). */
    B2B_BANK,
    /** The payer chooses on a UMF or bank web page (SERVER_TO_WEB, SERVER_TO_H5WEB, DIRECT_TO_BANK). */
    NOT_APPLICABLE,
    /** A value this version does not know (never sent). */
    UNKNOWN;

    /** The constant for a raw UMF value: {@link #UNKNOWN} if it is not known, {@code null} for {@code null}. */
    public static PaymentMethod fromValue(String raw) {
        return UmfEnums.parse(PaymentMethod.class, raw);
    }

    /** The raw UMF value of this constant. */
    public String value() {
        return UmfEnums.wire(this);
    }
}
