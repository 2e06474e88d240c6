package io.github.camelumf.http;

import javax.net.ssl.SSLContext;

import io.github.camelumf.UmfConfiguration;
import io.github.camelumf.error.UmfConfigurationException;
import org.apache.camel.CamelContext;
import org.apache.camel.support.jsse.SSLContextParameters;
import org.apache.hc.client5.http.auth.AuthScope;
import org.apache.hc.client5.http.auth.UsernamePasswordCredentials;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.auth.BasicCredentialsProvider;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClientBuilder;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManager;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.client5.http.ssl.DefaultClientTlsStrategy;
import org.apache.hc.core5.http.HttpHost;
import org.apache.hc.core5.http.HttpRequestInterceptor;
import org.apache.hc.core5.http.io.SocketConfig;
import org.apache.hc.core5.util.TimeValue;
import org.apache.hc.core5.util.Timeout;

/**
 * Builds the pooled Apache HttpClient 5 client of a UMF configuration: explicit connect and response timeouts (never
 * infinite), stale-connection validation, TCP_NODELAY, TLS from {@link SSLContextParameters}, proxy, no automatic
 * retries (the component decides what may be repeated), connections with header limits that never log secrets
 * ({@link RedactingConnectionFactory}), and the user's camel-http
 * {@link org.apache.camel.component.http.HttpClientConfigurer} last.
 */
public final class UmfHttpClientFactory {

    private UmfHttpClientFactory() {
    }

    public static CloseableHttpClient create(CamelContext camelContext, UmfConfiguration configuration,
                                             HttpRequestInterceptor... interceptors) {
        Timeout connectTimeout = positive("connectTimeout", configuration.getConnectTimeout());
        Timeout responseTimeout = positive("responseTimeout", configuration.getResponseTimeout());

        PoolingHttpClientConnectionManagerBuilder pool = PoolingHttpClientConnectionManagerBuilder.create()
                .setMaxConnTotal(configuration.getMaxConnections())
                .setMaxConnPerRoute(configuration.getMaxConnections())
                .setConnectionFactory(new RedactingConnectionFactory())
                .setDefaultSocketConfig(SocketConfig.custom().setTcpNoDelay(true).setSoTimeout(responseTimeout).build())
                .setDefaultConnectionConfig(ConnectionConfig.custom()
                        .setConnectTimeout(connectTimeout)
                        .setSocketTimeout(responseTimeout)
                        .setValidateAfterInactivity(TimeValue.ofSeconds(2))
                        .setTimeToLive(TimeValue.ofMinutes(5))
                        .build());
        SSLContext sslContext = sslContext(camelContext, configuration.getSslContextParameters());
        if (sslContext != null) {
            pool.setTlsSocketStrategy(new DefaultClientTlsStrategy(sslContext));
        }
        PoolingHttpClientConnectionManager connectionManager = pool.build();

        HttpClientBuilder builder = HttpClients.custom()
                .setConnectionManager(connectionManager)
                .setDefaultRequestConfig(RequestConfig.custom()
                        .setConnectionRequestTimeout(connectTimeout)
                        .setResponseTimeout(responseTimeout)
                        .build())
                .disableAutomaticRetries()
                .disableRedirectHandling()
                .disableCookieManagement()
                .evictExpiredConnections()
                .evictIdleConnections(TimeValue.ofMinutes(1))
                .setUserAgent("camel-umf");
        configureProxy(builder, configuration);
        for (HttpRequestInterceptor interceptor : interceptors) {
            builder.addRequestInterceptorLast(interceptor);
        }
        if (configuration.getHttpClientConfigurer() != null) {
            configuration.getHttpClientConfigurer().configureHttpClient(builder);
        }
        return builder.build();
    }

    private static void configureProxy(HttpClientBuilder builder, UmfConfiguration configuration) {
        if (configuration.getProxyHost() == null || configuration.getProxyHost().isBlank()) {
            return;
        }
        if (configuration.getProxyPort() == null) {
            throw new UmfConfigurationException("proxyPort", "is required when proxyHost is set");
        }
        HttpHost proxy = new HttpHost(configuration.getProxyScheme(), configuration.getProxyHost(),
                configuration.getProxyPort());
        builder.setProxy(proxy);
        if (configuration.getProxyUsername() != null) {
            BasicCredentialsProvider credentials = new BasicCredentialsProvider();
            String password = configuration.getProxyPassword() == null ? "" : configuration.getProxyPassword();
            credentials.setCredentials(new AuthScope(proxy),
                    new UsernamePasswordCredentials(configuration.getProxyUsername(), password.toCharArray()));
            builder.setDefaultCredentialsProvider(credentials);
        }
    }

    private static SSLContext sslContext(CamelContext camelContext, SSLContextParameters parameters) {
        if (parameters == null) {
            return null;
        }
        try {
            return parameters.createSSLContext(camelContext);
        } catch (Exception e) {
            throw new UmfConfigurationException("sslContextParameters", "cannot create the TLS context", e);
        }
    }

    private static Timeout positive(String option, int millis) {
        if (millis <= 0) {
            throw new UmfConfigurationException(option, "must be a positive number of milliseconds");
        }
        return Timeout.ofMilliseconds(millis);
    }
}
