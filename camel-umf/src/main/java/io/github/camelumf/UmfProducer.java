package io.github.camelumf;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.camelumf.error.UmfException;
import io.github.camelumf.error.UmfValidationException;
import io.github.camelumf.http.UmfResponse;
import io.github.camelumf.model.UmfJson;
import io.github.camelumf.operation.OperationCall;
import io.github.camelumf.operation.OperationParameter;
import io.github.camelumf.operation.UmfOperation;
import io.github.camelumf.security.FieldEncryptor;
import io.github.camelumf.security.SensitiveFieldEncryption;
import io.github.camelumf.validation.RequestValidator;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.health.HealthCheckHelper;
import org.apache.camel.health.WritableHealthCheckRepository;
import org.apache.camel.spi.PropertyConfigurerGetter;
import org.apache.camel.support.DefaultProducer;

/**
 * Sends the exchange to the endpoint's UMF operation, as its catalog row ({@link UmfOperation}) describes it. Every
 * body (typed model, Map or JSON text) takes one path: JSON tree, the row's body rules and behaviour, encryption of
 * the row's *enc* fields, serialisation to bytes once, signing of those bytes, the call, verification of the answer,
 * and the typed result with the {@code CamelUmf*} headers. Knows no operation by name.
 */
public class UmfProducer extends DefaultProducer {

    private static final String[] NO_VALUES = new String[0];

    private final UmfOperation operation;
    private final UmfConfiguration configuration;
    private final List<OperationParameter> parameters;
    private final String[] parameterHeaders;
    private final String[] parameterDefaults;
    private final RequestValidator validator = new RequestValidator();
    private final UmfResultMapper resultMapper;
    private final StatementDownloader downloader;
    private FieldEncryptor encryptor;
    private SensitiveFieldEncryption encryption;
    private WritableHealthCheckRepository healthCheckRepository;
    private UmfProducerHealthCheck healthCheck;

    public UmfProducer(UmfEndpoint endpoint) {
        super(endpoint);
        this.operation = endpoint.getOperation();
        this.configuration = endpoint.getConfiguration();
        this.parameters = operation.parameters();
        this.parameterHeaders = parameters.stream().map(OperationParameter::header).toArray(String[]::new);
        this.parameterDefaults = new String[parameters.size()];
        this.resultMapper = new UmfResultMapper(operation, configuration.isThrowExceptionOnFailure());
        this.downloader = operation.fileFormat() == null ? null : new StatementDownloader(operation, configuration);
    }

    @Override
    protected void doStart() throws Exception {
        super.doStart();
        encryptor = getEndpoint().lease().keys().encryptor();
        encryption = new SensitiveFieldEncryption(encryptor);
        resolveParameterDefaults();
        UmfComponent component = getEndpoint().getComponent();
        if (component.isHealthCheckProducerEnabled()) {
            healthCheckRepository = HealthCheckHelper.getHealthCheckRepository(getEndpoint().getCamelContext(),
                    "producers", WritableHealthCheckRepository.class);
            if (healthCheckRepository != null) {
                healthCheck = new UmfProducerHealthCheck(getEndpoint(), getEndpoint().getId());
                healthCheckRepository.addHealthCheck(healthCheck);
            }
        }
    }

    /** The endpoint options named like the row's parameters: read once, the defaults of every call. */
    private void resolveParameterDefaults() {
        PropertyConfigurerGetter options = (PropertyConfigurerGetter) getEndpoint().getComponent()
                .getEndpointPropertyConfigurer();
        for (int i = 0; i < parameters.size(); i++) {
            Object value = options.getOptionValue(getEndpoint(), parameters.get(i).option(), false);
            parameterDefaults[i] = value == null ? null : value.toString();
        }
    }

    @Override
    protected void doStop() throws Exception {
        if (healthCheckRepository != null && healthCheck != null) {
            healthCheckRepository.removeHealthCheck(healthCheck);
            healthCheck = null;
        }
        super.doStop();
    }

    @Override
    public UmfEndpoint getEndpoint() {
        return (UmfEndpoint) super.getEndpoint();
    }

    @Override
    public void process(Exchange exchange) {
        String[] values = parameterValues(exchange.getMessage());
        if (downloader != null) {
            downloader.download(exchange, getEndpoint().lease().client(), values, queryValues(values),
                    getEndpoint().getComponent().metrics());
            return;
        }
        ObjectNode request = null;
        OperationCall call = null;
        byte[] body = null;
        if (operation.methodOf(values) == UmfOperation.HttpMethod.POST) {
            request = UmfJson.toTree(exchange.getMessage().getBody());
            validator.validate(operation.bodyRules(), request);
            call = new OperationCall(operation, values, request, getEndpoint().getComponent().knownPayments());
            operation.behaviour().beforeSend(call);
            body = serialise(encrypted(request));
        }
        String path = operation.pathOf(values);
        Map<String, String> query = operation.query(queryValues(values));
        byte[] sent = body;
        UmfClientRegistry.Lease lease = getEndpoint().lease();
        UmfResponse response = getEndpoint().getComponent().metrics().timeRequest(operation.endpointName(),
                () -> lease.client().call(operation.endpointName(), path, query, sent));
        if (operation.isPaged() && configuration.isAllPages()) {
            response = allPages(response, values);
        }

        resultMapper.apply(exchange, response);
        if (response.isSuccess() && response.json() != null) {
            if (call == null) {
                call = new OperationCall(operation, values, null, getEndpoint().getComponent().knownPayments());
            }
            operation.behaviour().afterSuccess(call, response.json());
        }
    }

    /** Follows the pagination from the page asked for (default 1) to the last and merges the pages (issue 7). */
    private UmfResponse allPages(UmfResponse first, String[] values) {
        int index = operation.parameterIndex("pageNumber");
        int firstPage;
        try {
            firstPage = values[index] == null ? 1 : Integer.parseInt(values[index]);
        } catch (NumberFormatException e) {
            throw new UmfValidationException("pageNumber", "must be a whole number from 1");
        }
        return PageFollower.allPages(first, firstPage, operation.bodyMember(), page -> {
            String[] pageValues = values.clone();
            pageValues[index] = Integer.toString(page);
            return getEndpoint().lease().client().call(operation.endpointName(), operation.pathOf(pageValues),
                    operation.query(queryValues(pageValues)), null);
        });
    }

    /** Encrypts the row's *enc* fields in place (behaviours' afterSuccess see the request as sent). */
    private ObjectNode encrypted(ObjectNode request) {
        if (configuration.isEncryptSensitiveFields() && !operation.encryptedFields().isEmpty()) {
            encryption.encrypt(request, operation.encryptedFields());
        }
        return request;
    }

    private static byte[] serialise(ObjectNode request) {
        try {
            return UmfJson.mapper().writeValueAsBytes(request);
        } catch (JsonProcessingException e) {
            throw new UmfException("Cannot serialise the request body to JSON", e);
        }
    }

    /** Each parameter from its header, else the endpoint option of the same name; required ones must be present. */
    private String[] parameterValues(Message message) {
        if (parameterDefaults.length == 0) {
            return NO_VALUES;
        }
        String[] values = new String[parameterDefaults.length];
        for (int i = 0; i < values.length; i++) {
            OperationParameter parameter = parameters.get(i);
            String value = message.getHeader(parameterHeaders[i], String.class);
            if (value == null || value.isBlank()) {
                value = parameterDefaults[i];
            }
            if (value == null || value.isBlank()) {
                value = operation.valueFromLinks(parameter.option(), linksOf(message));
            }
            if (value == null || value.isBlank()) {
                if (parameter.required()) {
                    throw new UmfValidationException(parameter.option(),
                            "is required for " + operation + ": set the header " + parameterHeaders[i]
                                                                         + " or the endpoint option " + parameter.option());
                }
                value = null;
            }
            values[i] = value == null ? null : value.trim();
        }
        return values;
    }

    @SuppressWarnings("unchecked")
    private static java.util.Map<String, String> linksOf(Message message) {
        Object links = message.getHeader(UmfConstants.LINKS);
        return links instanceof java.util.Map<?, ?> map ? (java.util.Map<String, String>) map : null;
    }

    /** The values as sent in the query: encrypted parameters replaced by their ciphertext. */
    private String[] queryValues(String[] values) {
        String[] sent = values;
        for (int i = 0; i < values.length; i++) {
            if (parameters.get(i).encrypted() && values[i] != null && configuration.isEncryptSensitiveFields()) {
                if (sent == values) {
                    sent = values.clone();
                }
                sent[i] = encryptor.encrypt(values[i]);
            }
        }
        return sent;
    }
}
