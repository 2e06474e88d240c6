package io.github.camelumf.error;

/**
 * The shared token store (for example the database of a cluster) could not be read or locked, and no usable access
 * token was at hand. The call was not sent to UMF: safe to try again once the store is back. The component never
 * fetches a token without the store's exclusion, since uncoordinated fetches disable each other's tokens (a storm).
 */
public class UmfTokenStoreException extends UmfException {

    private static final long serialVersionUID = 1L;

    public UmfTokenStoreException(String message) {
        super(message);
    }

    public UmfTokenStoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
