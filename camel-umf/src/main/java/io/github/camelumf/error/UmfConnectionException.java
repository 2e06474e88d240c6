package io.github.camelumf.error;

/**
 * UMF could not be reached and the request certainly did not arrive (connection refused, DNS, TLS handshake), or a
 * GET failed after its retries. Safe to try again.
 */
public class UmfConnectionException extends UmfException {

    private static final long serialVersionUID = 1L;

    public UmfConnectionException(String message, Throwable cause) {
        super(message, cause);
    }
}
