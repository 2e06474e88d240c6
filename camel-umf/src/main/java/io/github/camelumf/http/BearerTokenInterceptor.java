package io.github.camelumf.http;

import java.net.URI;
import java.util.Locale;

import io.github.camelumf.security.AccessToken;
import io.github.camelumf.security.TokenProvider;
import org.apache.hc.core5.http.EntityDetails;
import org.apache.hc.core5.http.HttpHeaders;
import org.apache.hc.core5.http.HttpRequest;
import org.apache.hc.core5.http.HttpRequestInterceptor;
import org.apache.hc.core5.http.protocol.HttpContext;
import org.apache.hc.core5.net.URIAuthority;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Puts the current access token on every API request to the configured base URL's host
 * ({@code Authorization: Bearer ...}) and remembers in the context which token was used, so that a refusal refreshes
 * that token only if it is still the current one. The token request itself is marked with {@link #SKIP_TOKEN} and
 * left alone; a request to any other host or port (a route planner or configurer gone astray) never gets the token.
 */
final class BearerTokenInterceptor implements HttpRequestInterceptor {

    /** Context attribute: the {@link AccessToken} this request carried. */
    static final String TOKEN_USED = "camel-umf.token-used";
    /** Context attribute: set to {@code Boolean.TRUE} on the token request. */
    static final String SKIP_TOKEN = "camel-umf.skip-token";

    private static final Logger LOG = LoggerFactory.getLogger(BearerTokenInterceptor.class);

    private final TokenProvider tokenManager;
    private final String scheme;
    private final String host;
    private final int port;

    /** @param baseUrl the configured base URL: only its scheme, host and port get the token */
    BearerTokenInterceptor(TokenProvider tokenManager, String baseUrl) {
        this.tokenManager = tokenManager;
        URI uri = URI.create(baseUrl);
        this.scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        this.host = uri.getHost().toLowerCase(Locale.ROOT);
        this.port = port(scheme, uri.getPort());
    }

    @Override
    public void process(HttpRequest request, EntityDetails entity, HttpContext context) {
        if (Boolean.TRUE.equals(context.getAttribute(SKIP_TOKEN))) {
            return;
        }
        if (!isConfiguredHost(request)) {
            LOG.debug("Not sending the UMF access token to another host than the base URL's");
            request.removeHeaders(HttpHeaders.AUTHORIZATION);
            return;
        }
        AccessToken token = tokenManager.token();
        context.setAttribute(TOKEN_USED, token);
        request.setHeader(HttpHeaders.AUTHORIZATION, "Bearer " + token.value());
    }

    private boolean isConfiguredHost(HttpRequest request) {
        URIAuthority authority = request.getAuthority();
        String requestScheme = request.getScheme();
        if (authority == null || requestScheme == null) {
            return false;
        }
        String s = requestScheme.toLowerCase(Locale.ROOT);
        return scheme.equals(s) && host.equalsIgnoreCase(authority.getHostName())
               && port == port(s, authority.getPort());
    }

    private static int port(String scheme, int port) {
        if (port >= 0) {
            return port;
        }
        return "https".equals(scheme) ? 443 : 80;
    }
}
