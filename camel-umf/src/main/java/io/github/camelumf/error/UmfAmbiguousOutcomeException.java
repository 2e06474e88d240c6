package io.github.camelumf.error;

/**
 * A POST was sent but no usable answer came back (connection lost after the request was written, response timeout,
 * unreadable response). UMF may or may not have acted on it: query the payment or refund by its merchant reference
 * before trying again, never repeat it blindly. When UMF did answer but reported the result as still processing or
 * unidentified, the component raises {@link UmfPendingOutcomeException} instead.
 */
public class UmfAmbiguousOutcomeException extends UmfException {

    private static final long serialVersionUID = 1L;

    private final String operation;

    public UmfAmbiguousOutcomeException(String operation, String message, Throwable cause) {
        super("Outcome of " + operation + " is unknown: " + message
              + ". The request may have reached UMF; query it before repeating.", cause);
        this.operation = operation;
    }

    /** The endpoint operation, for example {@code payment/create}. */
    public String getOperation() {
        return operation;
    }
}
