package io.github.camelumf;

import io.github.camelumf.error.UmfConfigurationException;
import org.apache.camel.Category;
import org.apache.camel.Consumer;
import org.apache.camel.Processor;
import org.apache.camel.Producer;
import org.apache.camel.spi.EndpointServiceLocation;
import org.apache.camel.spi.UriEndpoint;
import org.apache.camel.spi.UriParam;
import org.apache.camel.support.DefaultEndpoint;

/**
 * A UMF API operation, for example umf:payment/create. Routes send plain business data (a typed model, a
 * Map or JSON) and receive UMF's verified, typed result; tokens, signing, encryption and verification are done here.
 */
@UriEndpoint(firstVersion = "0.1.0", scheme = "umf", title = "UMF", syntax = "umf:operation",
             category = { Category.SAAS }, producerOnly = true, headersClass = UmfConstants.class)
public class UmfEndpoint extends DefaultEndpoint implements EndpointServiceLocation {

    @UriParam
    private final UmfConfiguration configuration;

    private final UmfOperation operation;
    private UmfClientRegistry.Lease lease;

    UmfEndpoint(String uri, UmfComponent component, UmfConfiguration configuration, UmfOperation operation) {
        super(uri, component);
        this.configuration = configuration;
        this.operation = operation;
    }

    @Override
    public Producer createProducer() {
        return new UmfProducer(this);
    }

    @Override
    public Consumer createConsumer(Processor processor) {
        throw new UnsupportedOperationException("umf:" + operation + " is a producer; it cannot be consumed from");
    }

    @Override
    public UmfComponent getComponent() {
        return (UmfComponent) super.getComponent();
    }

    @Override
    protected void doStart() throws Exception {
        super.doStart();
        if (configuration.resolveBaseUrl() == null) {
            throw new UmfConfigurationException("baseUrl",
                    "is required when environment is SANDBOX");
        }
        requireOption("clientId", configuration.getClientId());
        requireOption("clientSecret", configuration.getClientSecret());
        lease = getComponent().clients().acquire(getCamelContext(), configuration);
    }

    private static void requireOption(String option, String value) {
        if (value == null || value.isBlank()) {
            throw new UmfConfigurationException(option, "is required");
        }
    }

    @Override
    protected void doStop() throws Exception {
        if (lease != null) {
            lease.release();
            lease = null;
        }
        super.doStop();
    }

    UmfClientRegistry.Lease lease() {
        return lease;
    }

    public UmfConfiguration getConfiguration() {
        return configuration;
    }

    public UmfOperation getOperation() {
        return operation;
    }

    @Override
    public String getServiceUrl() {
        return configuration.resolveBaseUrl();
    }

    @Override
    public String getServiceProtocol() {
        return "rest";
    }
}
