package io.github.camelumf.http;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.camelumf.UmfConfiguration;
import io.github.camelumf.metrics.UmfMetrics;
import io.github.camelumf.error.UmfConfigurationException;
import io.github.camelumf.security.InMemoryTokenStore;
import io.github.camelumf.security.SignatureVerifier;
import io.github.camelumf.security.Signer;
import io.github.camelumf.security.TokenManager;
import io.github.camelumf.security.TokenStore;
import org.apache.camel.CamelContext;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;

/**
 * Wires an {@link UmfApiClient}: the pooled HTTP client with the token and signing interceptors, the token manager
 * backed by the configured (or an in-memory) {@link TokenStore}, response verification and the retry policy.
 */
public final class UmfApiClients {

    private UmfApiClients() {
    }

    public static UmfApiClient create(CamelContext camelContext, UmfConfiguration configuration, Signer signer,
                                      SignatureVerifier verifier, ObjectMapper mapper) {
        InsecureHttpPolicy insecureHttp = InsecureHttpPolicy.of(configuration);
        insecureHttp.checkBaseUrl(configuration.resolveBaseUrl());
        if (configuration.getCallTimeout() <= 0) {
            throw new UmfConfigurationException("callTimeout", "must be a positive number of milliseconds");
        }
        TokenStore store = configuration.getTokenStore() != null ? configuration.getTokenStore() : new InMemoryTokenStore();
        AtomicReference<TokenClient> tokenClient = new AtomicReference<>();
        Clock clock = Clock.systemUTC();
        TokenManager tokens = new TokenManager(
                UmfMetrics.of(camelContext).countTokenFetches(() -> tokenClient.get().fetch()), store,
                Duration.ofMillis(configuration.getTokenRefreshMargin()), clock);
        CloseableHttpClient http = UmfHttpClientFactory.create(camelContext, configuration,
                new BearerTokenInterceptor(tokens, configuration.resolveBaseUrl()), new SignatureInterceptor(signer));
        RetryPolicy retry = new RetryPolicy(configuration.getMaxRetries(),
                Duration.ofMillis(configuration.getRetryInitialDelay()), Duration.ofMillis(configuration.getRetryMaxDelay()));
        UmfApiClient api = new UmfApiClient(configuration.resolveBaseUrl(), configuration.getAcceptLanguage(), http, tokens,
                new ResponseSignatureCheck(verifier, configuration.resolveResponseVerification()), retry, mapper,
                insecureHttp, configuration.getCallTimeout());
        tokenClient.set(new TokenClient(api, configuration.getClientId(), configuration.getClientSecret(), mapper, clock));
        return api;
    }
}
