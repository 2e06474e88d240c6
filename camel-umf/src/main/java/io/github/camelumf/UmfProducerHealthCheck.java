package io.github.camelumf;

import java.util.Map;

import io.github.camelumf.error.UmfException;
import org.apache.camel.health.HealthCheckResultBuilder;
import org.apache.camel.impl.health.AbstractHealthCheck;

/**
 * Readiness of a UMF producer: UMF is reachable and accepts the client credentials (an access token is cached or can
 * be obtained). Reports the reason when not, never the credentials.
 */
final class UmfProducerHealthCheck extends AbstractHealthCheck {

    private final UmfEndpoint endpoint;

    UmfProducerHealthCheck(UmfEndpoint endpoint, String id) {
        super("camel", "producer:umf-" + id);
        this.endpoint = endpoint;
    }

    @Override
    public boolean isLiveness() {
        return false;
    }

    @Override
    protected void doCall(HealthCheckResultBuilder builder, Map<String, Object> options) {
        builder.detail("operation", endpoint.getOperation().endpointName());
        builder.detail("baseUrl", endpoint.getConfiguration().resolveBaseUrl());
        UmfClientRegistry.Lease lease = endpoint.lease();
        if (lease == null) {
            builder.message("The endpoint is not started").down();
            return;
        }
        try {
            lease.client().ensureToken();
            builder.up();
        } catch (UmfException e) {
            builder.message("UMF is not ready: " + e.getMessage()).down();
        }
    }
}
