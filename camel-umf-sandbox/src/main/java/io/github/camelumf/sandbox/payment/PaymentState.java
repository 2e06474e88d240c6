package io.github.camelumf.sandbox.payment;

/** Payment states (appendix 8, "Transaction status description"). */
public enum PaymentState {
    WAIT_BUYER_PAY, TRADE_SUCCESS, TRADE_CLOSED, TRADE_FAIL
}
