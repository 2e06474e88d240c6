package io.github.camelumf.error;

/**
 * UMF could not verify the signature of the request (return code {@code 00060710}). UMF did not act. The merchant
 * private key does not belong to the public key registered with UMF, or the body changed after it was signed;
 * repeating the request fails the same way. Category {@link ErrorCategory#SIGNATURE}.
 * <p>
 * Not to be confused with {@link UmfSignatureException}, raised locally when a signature cannot be made or a UMF
 * response or notification signature does not verify.
 */
public class UmfSignatureRejectedException extends UmfApiException {

    private static final long serialVersionUID = 1L;

    UmfSignatureRejectedException(String message, String operation, int httpStatus, String retCode, String retMsg,
                                  String description) {
        super(message, operation, httpStatus, retCode, retMsg, ErrorCategory.SIGNATURE, description);
    }
}
