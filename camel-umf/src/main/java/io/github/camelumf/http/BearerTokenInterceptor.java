package io.github.camelumf.http;

import io.github.camelumf.security.AccessToken;
import io.github.camelumf.security.TokenProvider;
import org.apache.hc.core5.http.EntityDetails;
import org.apache.hc.core5.http.HttpHeaders;
import org.apache.hc.core5.http.HttpRequest;
import org.apache.hc.core5.http.HttpRequestInterceptor;
import org.apache.hc.core5.http.protocol.HttpContext;

/**
 * Puts the current access token on every API request ({@code Authorization: Bearer ...}) and remembers in the
 * context which token was used, so that a refusal refreshes that token only if it is still the current one. The
 * token request itself is marked with {@link #SKIP_TOKEN} and left alone.
 */
final class BearerTokenInterceptor implements HttpRequestInterceptor {

    /** Context attribute: the {@link AccessToken} this request carried. */
    static final String TOKEN_USED = "camel-umf.token-used";
    /** Context attribute: set to {@code Boolean.TRUE} on the token request. */
    static final String SKIP_TOKEN = "camel-umf.skip-token";

    private final TokenProvider tokenManager;

    BearerTokenInterceptor(TokenProvider tokenManager) {
        this.tokenManager = tokenManager;
    }

    @Override
    public void process(HttpRequest request, EntityDetails entity, HttpContext context) {
        if (Boolean.TRUE.equals(context.getAttribute(SKIP_TOKEN))) {
            return;
        }
        AccessToken token = tokenManager.token();
        context.setAttribute(TOKEN_USED, token);
        request.setHeader(HttpHeaders.AUTHORIZATION, "Bearer " + token.value());
    }
}
