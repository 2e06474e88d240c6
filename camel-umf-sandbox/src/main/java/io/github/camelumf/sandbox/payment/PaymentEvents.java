package io.github.camelumf.sandbox.payment;

/**
 * What happened to payments and refunds that UMF tells the merchant about asynchronously. Called after the change,
 * outside the payment's monitor, on the thread that caused it; implementations must not block.
 */
public interface PaymentEvents {

    /** Does nothing. */
    PaymentEvents NONE = new PaymentEvents() {
        @Override
        public void paymentFinished(Payment payment) {
        }

        @Override
        public void refundFinished(Refund refund) {
        }
    };

    /** A payment got its result: TRADE_SUCCESS (executed or paid by the buyer) or TRADE_FAIL. */
    void paymentFinished(Payment payment);

    /**
     * An asynchronous refund got its result (REFUND_SUCCESS or REFUND_FAIL), called once per refund whether it was
     * completed, failed or completed by itself.
     */
    void refundFinished(Refund refund);
}
