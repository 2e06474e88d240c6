package io.github.camelumf.model;

/**
 * The state of a payment ({@code payment.state}).
 * <p>
 * {@link #UNKNOWN} stands for a value UMF sent that this version does not know; the raw value is kept by the
 * object that holds it.
 */
public enum PaymentState {

    /** Accepted; waiting for the buyer to pay. */
    WAIT_BUYER_PAY,
    /** The payment succeeded. */
    TRADE_SUCCESS,
    /** Closed because the order expired. */
    TRADE_CLOSED,
    /** Cancelled. */
    TRADE_CANCEL,
    /** Failed. */
    TRADE_FAIL,
    /** A value this version does not know (never sent). */
    UNKNOWN;

    /** The constant for a raw UMF value: {@link #UNKNOWN} if it is not known, {@code null} for {@code null}. */
    public static PaymentState fromValue(String raw) {
        return UmfEnums.parse(PaymentState.class, raw);
    }

    /** The raw UMF value of this constant. */
    public String value() {
        return UmfEnums.wire(this);
    }
}
