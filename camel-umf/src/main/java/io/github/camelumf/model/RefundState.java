package io.github.camelumf.model;

/**
 * The state of a refund ({@code refund.state}, {@code refund_state}).
 * <p>
 * {@link #UNKNOWN} stands for a value UMF sent that this version does not know; the raw value is kept by the
 * object that holds it.
 */
public enum RefundState {

    /** In process. */
    REFUND_PROCESS,
    /** Refunded. */
    REFUND_SUCCESS,
    /** Failed. */
    REFUND_FAIL,
    /** Closed. */
    REFUND_CLOSE,
    /** An asynchronous refund waits for enough merchant balance and will be retried. */
    REFUND_RETRY,
    /** A value this version does not know (never sent). */
    UNKNOWN;

    /** The constant for a raw UMF value: {@link #UNKNOWN} if it is not known, {@code null} for {@code null}. */
    public static RefundState fromValue(String raw) {
        return UmfEnums.parse(RefundState.class, raw);
    }

    /** The raw UMF value of this constant. */
    public String value() {
        return UmfEnums.wire(this);
    }
}
