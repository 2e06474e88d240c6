package io.github.camelumf.error;

/**
 * The payment was refused because of the payer: card or cardholder details, the SMS verification code, funds, the
 * issuing bank, UMF's risk control, or an amount or count limit (every category where
 * {@link ErrorCategory#isDecline()} holds). Show the payer {@link #getDescription()} and offer to correct the details,
 * re-enter the code, or pay another way; do not repeat the same request automatically.
 */
public class UmfDeclinedException extends UmfApiException {

    private static final long serialVersionUID = 1L;

    UmfDeclinedException(String message, String operation, int httpStatus, String retCode, String retMsg,
                         ErrorCategory category, String description) {
        super(message, operation, httpStatus, retCode, retMsg, category, description);
    }
}
