package io.github.camelumf.sandbox.payment;

/** Refund states (appendix 8, "Refund status description"). */
public enum RefundState {
    REFUND_PROCESS, REFUND_SUCCESS, REFUND_FAIL;

    /** Whether the refund's amount counts against the payment total. */
    public boolean counts() {
        return this != REFUND_FAIL;
    }
}
