package io.github.camelumf.http;

import io.github.camelumf.error.ErrorCategory;
import io.github.camelumf.error.UmfApiException;
import io.github.camelumf.error.UmfAuthenticationException;
import io.github.camelumf.error.UmfConfigurationException;
import io.github.camelumf.error.UmfSignatureException;

/**
 * What a failed token call most likely means, said first. The token call ({@code POST /oauth/authorize}) is the first
 * call an application makes, so it is where a wrong configuration shows:
 * <ul>
 * <li>HTTP 404: {@code baseUrl} does not point at UMF's API (the credentials were not even checked);</li>
 * <li>an answer that does not verify: the wrong {@code umfPublicKey} for this environment, far likelier than an
 * attack on the very first call;</li>
 * <li>any other refusal: UMF refused {@code clientId}/{@code clientSecret}; UMF's code and text follow.</li>
 * </ul>
 */
final class TokenFailures {

    static final String WRONG_URL = "UMF's token endpoint (baseUrl + /oauth/authorize) answered HTTP 404 Not Found:"
                                    + " baseUrl does not point at UMF's API, which lives below /cberest/v1 (for example"
                                    + " https://uatfx.soopay.net/cberest/v1). clientId and clientSecret were not checked";
    static final String WRONG_KEY = "UMF's answer to the token call does not verify with umfPublicKey. When even the"
                                    + " token answer fails, the likeliest cause is the wrong umfPublicKey: not the key of"
                                    + " the UMF environment that baseUrl/environment points at (UAT and LIVE, China and"
                                    + " US, and each sandbox have keys of their own). Otherwise the answer was altered"
                                    + " on its way or not sent by UMF";

    private TokenFailures() {
    }

    /** The exception for a token call that UMF (or whatever answered) refused. */
    static RuntimeException refused(UmfApiException refusal) {
        if (refusal.getHttpStatus() == 404) {
            return new UmfConfigurationException("baseUrl", WRONG_URL, refusal);
        }
        if (refusal.getCategory() == ErrorCategory.AUTHENTICATION) {
            return UmfAuthenticationException.credentialsRefused(refusal);
        }
        return refusal;
    }

    /** The exception for a token answer whose signature does not verify. */
    static UmfSignatureException unverifiedAnswer(UmfSignatureException e) {
        String message = e.getMessage() == null ? "" : e.getMessage();
        if (message.contains("no Signature")) {
            return e; // unsigned under STRICT: not a key problem
        }
        return new UmfSignatureException(WRONG_KEY + " (" + message + ")", e);
    }
}
