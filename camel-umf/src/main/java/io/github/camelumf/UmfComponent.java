package io.github.camelumf;

import java.util.Map;

import io.github.camelumf.operation.KnownPayments;
import io.github.camelumf.operation.UmfOperation;
import io.github.camelumf.operation.UmfOperations;
import io.github.camelumf.metrics.UmfMetrics;

import org.apache.camel.Endpoint;
import org.apache.camel.SSLContextParametersAware;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.annotations.Component;
import org.apache.camel.support.HealthCheckComponent;

/**
 * The {@code umf:} component: one endpoint per UMF API operation. Options set here are the defaults of every
 * endpoint; endpoints with the same connection options share one HTTP client and one access token.
 */
@Component("umf")
public class UmfComponent extends HealthCheckComponent implements SSLContextParametersAware {

    @Metadata(description = "The component configuration: the defaults of every endpoint.")
    private UmfConfiguration configuration = new UmfConfiguration();

    @Metadata(label = "security", defaultValue = "false")
    private boolean useGlobalSslContextParameters;

    private final UmfClientRegistry clients = new UmfClientRegistry();
    private final KnownPayments knownPayments = new KnownPayments(10_000);
    private volatile UmfMetrics metrics;

    @Override
    protected Endpoint createEndpoint(String uri, String remaining, Map<String, Object> parameters) throws Exception {
        UmfOperation operation = UmfOperations.byEndpointName(remaining)
                .orElseThrow(() -> new IllegalArgumentException("Unknown UMF operation '" + remaining
                                                                + "'. Known operations: " + UmfOperations.implementedNames()));
        if (!operation.isImplemented()) {
            throw new IllegalArgumentException("The UMF operation '" + remaining + "' is in the catalog but not served yet ("
                                               + operation.pending() + "). Known operations: "
                                               + UmfOperations.implementedNames());
        }
        UmfConfiguration endpointConfiguration = configuration.copy();
        endpointConfiguration.setOperation(operation.endpointName());
        UmfEndpoint endpoint = new UmfEndpoint(uri, this, endpointConfiguration, operation);
        setProperties(endpoint, parameters);
        if (endpointConfiguration.getSslContextParameters() == null && useGlobalSslContextParameters) {
            endpointConfiguration.setSslContextParameters(retrieveGlobalSslContextParameters());
        }
        return endpoint;
    }

    @Override
    protected void doStop() throws Exception {
        clients.closeAll();
        super.doStop();
    }

    UmfClientRegistry clients() {
        return clients;
    }

    KnownPayments knownPayments() {
        return knownPayments;
    }

    /** The component's metrics (see {@link UmfMetrics#of}), found once. */
    UmfMetrics metrics() {
        UmfMetrics found = metrics;
        if (found == null) {
            found = UmfMetrics.of(getCamelContext());
            metrics = found;
        }
        return found;
    }

    public UmfConfiguration getConfiguration() {
        return configuration;
    }

    /** The component configuration: the defaults of every endpoint. */
    public void setConfiguration(UmfConfiguration configuration) {
        this.configuration = configuration;
    }

    @Override
    public boolean isUseGlobalSslContextParameters() {
        return useGlobalSslContextParameters;
    }

    /** Use the global SSL context parameters of the Camel context when an endpoint has none. */
    @Override
    public void setUseGlobalSslContextParameters(boolean useGlobalSslContextParameters) {
        this.useGlobalSslContextParameters = useGlobalSslContextParameters;
    }
}
