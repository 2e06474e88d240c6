package io.github.camelumf.example.main;

/**
 * The demo did not reach a successful payment and refund; the message says where it stopped.
 */
public final class DemoFailedException extends RuntimeException {

    private final transient DemoOutcome outcome;

    public DemoFailedException(DemoOutcome outcome) {
        super("The UMF demo did not complete: payment " + outcome.paymentId() + " " + outcome.paymentState()
              + ", refund " + outcome.refundId() + " " + outcome.refundState()
              + (outcome.failure() == null ? "" : ", failure: " + outcome.failure()));
        this.outcome = outcome;
    }

    /** How the run ended. */
    public DemoOutcome outcome() {
        return outcome;
    }
}
