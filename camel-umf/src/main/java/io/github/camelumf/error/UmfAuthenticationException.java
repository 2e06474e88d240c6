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

    /**
     * The token call was refused: the message leads with what that means, "UMF refused clientId/clientSecret", and
     * keeps UMF's code and text after it. The fields are those of {@code refusal}, which becomes the cause.
     */
    public static UmfAuthenticationException credentialsRefused(UmfApiException refusal) {
        UmfAuthenticationException e = new UmfAuthenticationException(
                "UMF refused clientId/clientSecret (check both, and that they belong to the environment baseUrl points"
                + " at): " + refusal.getMessage(), refusal.getOperation(), refusal.getHttpStatus(),
                refusal.getRetCode(), refusal.getRetMsg(), refusal.getDescription());
        e.initCause(refusal);
        return e;
    }
}
