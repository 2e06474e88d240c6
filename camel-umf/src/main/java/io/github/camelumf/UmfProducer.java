package io.github.camelumf;

import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.camelumf.error.UmfException;
import io.github.camelumf.error.UmfValidationException;
import io.github.camelumf.http.UmfResponse;
import io.github.camelumf.model.Amount;
import io.github.camelumf.model.UmfJson;
import io.github.camelumf.security.SensitiveFieldEncryption;
import io.github.camelumf.validation.RequestValidator;
import org.apache.camel.Exchange;
import org.apache.camel.health.HealthCheckHelper;
import org.apache.camel.health.WritableHealthCheckRepository;
import org.apache.camel.support.DefaultProducer;

/**
 * Sends the exchange to the endpoint's UMF operation. Every body (typed model, Map or JSON text) takes one path:
 * JSON tree, validation, encryption of the sensitive fields, serialisation to bytes once, signing of those bytes,
 * the call, verification of the answer, and the typed result with the {@code CamelUmf*} headers.
 */
public class UmfProducer extends DefaultProducer {

    private final UmfOperation operation;
    private final UmfConfiguration configuration;
    private final RequestValidator validator = new RequestValidator();
    private final UmfResultMapper resultMapper;
    private SensitiveFieldEncryption encryption;
    private WritableHealthCheckRepository healthCheckRepository;
    private UmfProducerHealthCheck healthCheck;

    public UmfProducer(UmfEndpoint endpoint) {
        super(endpoint);
        this.operation = endpoint.getOperation();
        this.configuration = endpoint.getConfiguration();
        this.resultMapper = new UmfResultMapper(operation, configuration.isThrowExceptionOnFailure());
    }

    @Override
    protected void doStart() throws Exception {
        super.doStart();
        encryption = new SensitiveFieldEncryption(getEndpoint().lease().keys().encryptor());
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
        String pathValue = pathParameter(exchange);
        String path = operation.pathParameter() == null
                ? operation.path()
                : operation.path().replace(operation.pathParameter().placeholder(),
                        URLEncoder.encode(pathValue, StandardCharsets.UTF_8));
        ObjectNode request = operation.isPost() ? prepare(exchange, pathValue) : null;
        byte[] body = request == null ? null : serialise(request);

        UmfClientRegistry.Lease lease = getEndpoint().lease();
        UmfResponse response = getEndpoint().getComponent().metrics().timeRequest(operation.endpointName(),
                () -> lease.client().call(operation.endpointName(), path, Map.of(), body));

        resultMapper.apply(exchange, response);
        remember(pathValue, request, response);
    }

    private ObjectNode prepare(Exchange exchange, String paymentId) {
        ObjectNode tree = UmfJson.toTree(exchange.getMessage().getBody());
        validator.validate(operation.endpointName(), tree);
        if (operation.isRefund()) {
            getEndpoint().getComponent().knownPayments().find(paymentId)
                    .ifPresent(known -> validator.validateRefundAgainstPayment(tree,
                            Amount.of(known.total(), known.currency()), known.refunded()));
        }
        if (configuration.isEncryptSensitiveFields() && !operation.encryptedFields().isEmpty()) {
            encryption.encrypt(tree, operation.encryptedFields());
        }
        return tree;
    }

    private static byte[] serialise(ObjectNode request) {
        try {
            return UmfJson.mapper().writeValueAsBytes(request);
        } catch (JsonProcessingException e) {
            throw new UmfException("Cannot serialise the request body to JSON", e);
        }
    }

    private String pathParameter(Exchange exchange) {
        UmfOperation.PathParameter parameter = operation.pathParameter();
        if (parameter == null) {
            return null;
        }
        String value = exchange.getMessage().getHeader(parameter.header(), String.class);
        if (value == null || value.isBlank()) {
            value = parameter.fromConfiguration(configuration);
        }
        if (value == null || value.isBlank()) {
            throw new UmfValidationException(parameter.option(),
                    "is required for " + operation + ": set the header " + parameter.header() + " or the endpoint option "
                                                                 + parameter.option());
        }
        return value.trim();
    }

    /** Keeps the payment amounts and refunds seen, so later refunds can be checked before they leave. */
    private void remember(String paymentId, ObjectNode request, UmfResponse response) {
        if (!response.isSuccess() || response.json() == null) {
            return;
        }
        KnownPayments known = getEndpoint().getComponent().knownPayments();
        JsonNode payment = response.json().get("payment");
        if (payment != null) {
            JsonNode amount = payment.path("order").path("amount");
            BigDecimal total = decimal(amount.get("total"));
            String currency = amount.path("currency").asText(null);
            known.recordPayment(payment.path("id").asText(paymentId), total, currency);
        }
        if (operation.isRefund() && request != null) {
            known.recordRefund(paymentId, decimal(request.path("refund_info").path("amount").get("total")));
        }
    }

    private static BigDecimal decimal(JsonNode node) {
        if (node == null || node.isNull() || node.asText().isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(node.asText());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
