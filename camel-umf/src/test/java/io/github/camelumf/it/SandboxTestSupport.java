package io.github.camelumf.it;

import java.util.Map;
import java.util.function.Consumer;

import io.github.camelumf.ResponseVerification;
import io.github.camelumf.UmfComponent;
import io.github.camelumf.UmfConfiguration;
import io.github.camelumf.UmfConstants;
import io.github.camelumf.UmfEnvironment;
import io.github.camelumf.sandbox.UmfSandboxExtension;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A Camel context whose {@code umf} component points at a real sandbox on 127.0.0.1, with RSA keys the sandbox
 * generated for this test class. Subclasses may adjust the component configuration.
 */
public abstract class SandboxTestSupport {

    @RegisterExtension
    protected static final UmfSandboxExtension SANDBOX = UmfSandboxExtension.create();

    protected CamelContext context;
    protected ProducerTemplate template;

    @BeforeEach
    void startCamel() throws Exception {
        context = new DefaultCamelContext();
        UmfComponent component = new UmfComponent();
        configure(component.getConfiguration());
        context.addComponent("umf", component);
        context.start();
        template = context.createProducerTemplate();
    }

    @AfterEach
    void stopCamel() {
        if (context != null) {
            context.stop();
        }
    }

    /** The component defaults for every test: the sandbox URL, its credentials and keys, strict verification. */
    protected void configure(UmfConfiguration configuration) {
        configureFor(SANDBOX, configuration);
    }

    /** Points a configuration at a sandbox: its URL, credentials and keys, strict verification, short retry waits. */
    static void configureFor(UmfSandboxExtension sandbox, UmfConfiguration configuration) {
        configuration.setEnvironment(UmfEnvironment.SANDBOX);
        configuration.setBaseUrl(sandbox.baseUrl());
        configuration.setClientId(sandbox.clientId());
        configuration.setClientSecret(sandbox.clientSecret());
        configuration.setPrivateKey(sandbox.keys().merchantPrivateKeyPkcs1Pem());
        configuration.setUmfPublicKey(sandbox.keys().umfCertificatePem());
        configuration.setResponseVerification(ResponseVerification.STRICT);
        configuration.setRetryInitialDelay(10);
        configuration.setRetryMaxDelay(50);
    }

    /**
     * A context, not started, whose component is pointed at the sandbox ({@link #configureFor}) and then changed by
     * {@code change}, with the route {@code direct:pay} to {@code endpointUri}: for tests of what start-up refuses.
     */
    static CamelContext contextWithRoute(UmfSandboxExtension sandbox, Consumer<UmfConfiguration> change,
                                         String endpointUri) {
        CamelContext camel = new DefaultCamelContext();
        UmfComponent component = new UmfComponent();
        configureFor(sandbox, component.getConfiguration());
        change.accept(component.getConfiguration());
        camel.addComponent("umf", component);
        try {
            camel.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    from("direct:pay").to(endpointUri);
                }
            });
        } catch (Exception e) {
            throw new AssertionError("adding the route to a context that is not started must not fail", e);
        }
        return camel;
    }

    /** Sends a body (and headers) to an endpoint and returns the exchange, failed or not. */
    protected Exchange send(String uri, Object body, Map<String, Object> headers) {
        return template.send(uri, exchange -> {
            exchange.getMessage().setBody(body);
            exchange.getMessage().setHeaders(new java.util.HashMap<>(headers));
        });
    }

    /** Sends and fails the test with UMF's exception when the exchange failed. */
    protected Exchange call(String uri, Object body, Map<String, Object> headers) {
        Exchange exchange = send(uri, body, headers);
        if (exchange.getException() != null) {
            throw new AssertionError("Exchange to " + uri + " failed", exchange.getException());
        }
        return exchange;
    }

    /** A card payment of {@code total} CNY, created, verified and executed: TRADE_SUCCESS at the sandbox. */
    protected PaidPayment payByCard(String total) {
        String reference = TestOrders.newReference();
        Exchange created = call("umf:payment/create", TestOrders.payment("CREDIT_CARD", reference, total), Map.of());
        String id = created.getMessage().getHeader(UmfConstants.PAYMENT_ID, String.class);
        Map<String, Object> headers = Map.of(UmfConstants.PAYMENT_ID, id);
        call("umf:payment/verify", TestOrders.cardPayer("CREDIT_CARD", null), headers);
        call("umf:payment/execute", TestOrders.cardPayer("CREDIT_CARD", SANDBOX.smsCode(id)), headers);
        return new PaidPayment(id, reference);
    }

    /** A paid payment: UMF's id and the merchant's reference. */
    protected record PaidPayment(String id, String reference) {
    }
}
