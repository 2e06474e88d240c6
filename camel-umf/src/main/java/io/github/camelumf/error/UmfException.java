package io.github.camelumf.error;

/**
 * Root of every exception the UMF component raises. Messages never contain card data, personal data, secrets or
 * key material.
 */
public class UmfException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public UmfException(String message) {
        super(message);
    }

    public UmfException(String message, Throwable cause) {
        super(message, cause);
    }
}
