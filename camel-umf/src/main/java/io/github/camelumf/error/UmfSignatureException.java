package io.github.camelumf.error;

/**
 * A signature could not be made, or a response or notification signature is missing or does not verify with the
 * UMF public key. When UMF itself refuses the request's signature (return code {@code 00060710}), the component raises
 * {@link UmfSignatureRejectedException} instead.
 */
public class UmfSignatureException extends UmfException {

    private static final long serialVersionUID = 1L;

    public UmfSignatureException(String message) {
        super(message);
    }

    public UmfSignatureException(String message, Throwable cause) {
        super(message, cause);
    }
}
