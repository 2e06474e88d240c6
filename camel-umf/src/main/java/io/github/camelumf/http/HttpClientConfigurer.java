package io.github.camelumf.http;

import org.apache.hc.client5.http.impl.classic.HttpClientBuilder;

/**
 * A hook to customise the Apache HttpClient 5 builder of a UMF client before it is built (extra interceptors,
 * metrics, a custom route planner...). The component has already set the pool, timeouts, TLS and proxy.
 */
@FunctionalInterface
public interface HttpClientConfigurer {

    void configure(HttpClientBuilder builder);
}
