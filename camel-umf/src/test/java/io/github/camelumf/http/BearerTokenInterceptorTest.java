package io.github.camelumf.http;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;

import io.github.camelumf.security.AccessToken;
import io.github.camelumf.security.TokenProvider;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.protocol.HttpClientContext;
import org.apache.hc.core5.http.HttpHeaders;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The bearer token goes to the configured base URL's scheme, host and port only. */
class BearerTokenInterceptorTest {

    private final AtomicInteger asked = new AtomicInteger();
    private final TokenProvider tokens = new TokenProvider() {
        @Override
        public AccessToken token() {
            asked.incrementAndGet();
            return new AccessToken("tok3n", Instant.now().plusSeconds(600));
        }

        @Override
        public AccessToken refreshAfterRejection(AccessToken rejected) {
            return token();
        }
    };

    @Test
    void tokenGoesToTheConfiguredHostAndPortOnly() throws Exception {
        BearerTokenInterceptor interceptor = new BearerTokenInterceptor(tokens, "https://fx.soopay.net/cberest/v1");

        assertThat(authorization(interceptor, "https://fx.soopay.net/cberest/v1/payments/payment/P"))
                .isEqualTo("Bearer tok3n");
        assertThat(authorization(interceptor, "https://FX.soopay.net:443/cberest/v1/x")).isEqualTo("Bearer tok3n");
        assertThat(authorization(interceptor, "https://evil.example/cberest/v1/x")).isNull();
        assertThat(authorization(interceptor, "https://fx.soopay.net:8443/cberest/v1/x")).isNull();
        assertThat(authorization(interceptor, "http://fx.soopay.net/cberest/v1/x")).isNull();
        assertThat(asked).as("the token is not even fetched for another host").hasValue(2);
    }

    @Test
    void explicitPortsAndDefaultPortsAreCompared() throws Exception {
        BearerTokenInterceptor loopback = new BearerTokenInterceptor(tokens, "http://127.0.0.1:8089/cberest/v1");
        BearerTokenInterceptor defaultPort = new BearerTokenInterceptor(tokens, "http://localhost/cberest/v1");

        assertThat(authorization(loopback, "http://127.0.0.1:8089/cberest/v1/x")).isEqualTo("Bearer tok3n");
        assertThat(authorization(loopback, "http://127.0.0.1:8090/cberest/v1/x")).isNull();
        assertThat(authorization(defaultPort, "http://localhost:80/cberest/v1/x")).isEqualTo("Bearer tok3n");
    }

    @Test
    void tokenRequestIsLeftAlone() throws Exception {
        BearerTokenInterceptor interceptor = new BearerTokenInterceptor(tokens, "https://fx.soopay.net/cberest/v1");
        HttpGet request = new HttpGet("https://fx.soopay.net/cberest/v1/oauth/authorize");
        HttpClientContext context = HttpClientContext.create();
        context.setAttribute(BearerTokenInterceptor.SKIP_TOKEN, Boolean.TRUE);

        interceptor.process(request, null, context);

        assertThat(request.getFirstHeader(HttpHeaders.AUTHORIZATION)).isNull();
        assertThat(asked).hasValue(0);
    }

    private static String authorization(BearerTokenInterceptor interceptor, String uri) throws Exception {
        HttpGet request = new HttpGet(uri);
        request.setHeader(HttpHeaders.AUTHORIZATION, "Bearer stale");
        HttpClientContext context = HttpClientContext.create();
        interceptor.process(request, null, context);
        return request.getFirstHeader(HttpHeaders.AUTHORIZATION) == null ? null
                : request.getFirstHeader(HttpHeaders.AUTHORIZATION).getValue();
    }
}
