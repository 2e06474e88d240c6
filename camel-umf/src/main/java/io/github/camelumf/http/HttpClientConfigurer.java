package io.github.camelumf.http;

import org.apache.hc.client5.http.impl.classic.HttpClientBuilder;

/**
 * A hook to customise the Apache HttpClient 5 builder of a UMF client before it is built (extra interceptors,
 * metrics, a custom route planner...). The component has already set the pool, timeouts, TLS and proxy.
 * <p>
 * The {@code httpClientConfigurer} option takes any camel-http
 * {@link org.apache.camel.component.http.HttpClientConfigurer}, so configurers written for camel-http are reused as
 * they are; this sub-interface only lets a lambda be written against {@link #configure(HttpClientBuilder)}.
 */
@FunctionalInterface
public interface HttpClientConfigurer extends org.apache.camel.component.http.HttpClientConfigurer {

    void configure(HttpClientBuilder builder);

    @Override
    default void configureHttpClient(HttpClientBuilder builder) {
        configure(builder);
    }
}
