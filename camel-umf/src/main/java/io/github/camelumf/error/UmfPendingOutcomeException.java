package io.github.camelumf.error;

/**
 * UMF answered, but the result is not final or not known: the payment or refund is still processing
 * ({@link ErrorCategory#PROCESSING}: {@code 00060761}, {@code 00280076}, {@code 00280086}, ...) or its outcome is
 * unidentified ({@link ErrorCategory#OUTCOME_UNKNOWN}: {@code 00180008}, {@code 00060931}, a timeout at UMF or the
 * bank, a 502/504 from a gateway). The money may move. Wait for the notification or query the payment or refund; never
 * resubmit the request blindly.
 * <p>
 * {@link UmfAmbiguousOutcomeException} is the transport-level counterpart: no answer at all came back.
 */
public class UmfPendingOutcomeException extends UmfApiException {

    private static final long serialVersionUID = 1L;

    UmfPendingOutcomeException(String message, String operation, int httpStatus, String retCode, String retMsg,
                               ErrorCategory category, String description) {
        super(message, operation, httpStatus, retCode, retMsg, category, description);
    }
}
