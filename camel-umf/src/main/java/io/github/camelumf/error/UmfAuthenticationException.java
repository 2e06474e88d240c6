package io.github.camelumf.error;

/**
 * The access token was refused (return code {@code 00280703}, or HTTP 401), or the client credentials were refused on
 * the {@link UmfApiException#TOKEN_OPERATION token call}. Category {@link ErrorCategory#AUTHENTICATION}. UMF did not
 * act. For an expired token, get a new token and repeat the call once; if the token call itself fails, the client id
 * or secret is wrong.
 */
public class UmfAuthenticationException extends UmfApiException {

    private static final long serialVersionUID = 1L;

    UmfAuthenticationException(String message, String operation, int httpStatus, String retCode, String retMsg,
                               String description) {
        super(message, operation, httpStatus, retCode, retMsg, ErrorCategory.AUTHENTICATION, description);
    }
}
