package io.github.camelumf.it;

import io.github.camelumf.ResponseVerification;
import io.github.camelumf.UmfConstants;
import io.github.camelumf.UmfEndpoint;
import io.github.camelumf.UmfEnvironment;
import io.github.camelumf.error.UmfApiException;
import io.github.camelumf.error.UmfConfigurationException;
import io.github.camelumf.error.UmfSignatureException;
import io.github.camelumf.error.UmfValidationException;
import io.github.camelumf.model.Payment;
import io.github.camelumf.model.PaymentState;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A peer that is not UMF answers {@code payment/get} with an unsigned body saying TRADE_SUCCESS and 900.00. By
 * default that answer is refused for the live environments and the sandbox; UAT accepts unsigned answers (a present
 * signature must still verify). Also: a valid meta.sign in an alternative form is accepted and counted; plain http
 * is refused outside SANDBOX and loopback; an http notify_url is refused before the request leaves.
 */
class MetaSignDefaultsTest extends HostileUmfTestSupport {

    private static final String PAYMENT = "{\"id\":\"PAY_FORGED\",\"state\":\"TRADE_SUCCESS\",\"order\":{"
                                          + "\"mer_reference_id\":\"R1\",\"mer_date\":\"20260101\","
                                          + "\"amount\":{\"total\":\"900.00\",\"currency\":\"CNY\"}}}";
    private static final String UNSIGNED = "{\"meta\":{\"ret_code\":\"0000\",\"ret_msg\":\"ok\"},\"payment\":" + PAYMENT
                                           + "}";

    @ParameterizedTest
    @EnumSource(value = UmfEnvironment.class, names = { "SANDBOX", "LIVE_CHINA", "LIVE_US" })
    void unsignedSuccessAnswerIsRefusedByDefault(UmfEnvironment environment) {
        server.behave(HostileServer.Behaviour.json(200, UNSIGNED));
        startCamel(c -> c.setEnvironment(environment));

        Exchange exchange = send("umf:payment/get", null, UmfConstants.PAYMENT_ID, "PAY_FORGED");

        assertThat(exchange.getException()).isExactlyInstanceOf(UmfSignatureException.class)
                .hasMessageContaining("payment/get")
                .hasMessageContaining("carries no signature (neither meta.sign nor a Signature header)");
        assertThat(exchange.getMessage().getBody()).isNull();
        assertThat(exchange.getMessage().getHeader(UmfConstants.STATE)).isNull();
    }

    @ParameterizedTest
    @EnumSource(value = UmfEnvironment.class, names = { "UAT_CHINA", "UAT_US" })
    void unsignedAnswerIsAcceptedByDefaultOnUat(UmfEnvironment environment) {
        server.behave(HostileServer.Behaviour.json(200, UNSIGNED));
        startCamel(c -> c.setEnvironment(environment));

        Exchange exchange = send("umf:payment/get", null, UmfConstants.PAYMENT_ID, "PAY_FORGED");

        assertThat(exchange.getException()).isNull();
        assertThat(exchange.getMessage().getBody(Payment.class).getState()).isEqualTo(PaymentState.TRADE_SUCCESS);
    }

    @Test
    void defaultsFollowTheEnvironmentUnlessSet() {
        assertThat(UmfEnvironment.SANDBOX.defaultResponseVerification()).isEqualTo(ResponseVerification.STRICT);
        assertThat(UmfEnvironment.LIVE_CHINA.defaultResponseVerification()).isEqualTo(ResponseVerification.STRICT);
        assertThat(UmfEnvironment.LIVE_US.defaultResponseVerification()).isEqualTo(ResponseVerification.STRICT);
        assertThat(UmfEnvironment.UAT_CHINA.defaultResponseVerification()).isEqualTo(ResponseVerification.IF_PRESENT);
        assertThat(UmfEnvironment.UAT_US.defaultResponseVerification()).isEqualTo(ResponseVerification.IF_PRESENT);
        io.github.camelumf.UmfConfiguration c = new io.github.camelumf.UmfConfiguration();
        assertThat(c.getResponseVerification()).isNull();
        assertThat(c.resolveResponseVerification()).as("UAT_CHINA is the default environment")
                .isEqualTo(ResponseVerification.IF_PRESENT);
        c.setEnvironment(UmfEnvironment.LIVE_CHINA);
        c.setResponseVerification(ResponseVerification.OFF);
        assertThat(c.resolveResponseVerification()).isEqualTo(ResponseVerification.OFF);
    }

    @Test
    void errorAnswerWithoutResultObjectIsExemptUnderStrict() {
        server.behave(HostileServer.Behaviour.json(404,
                "{\"meta\":{\"ret_code\":\"00060780\",\"ret_msg\":\"no such payment\"}}"));
        startCamel(c -> c.setEnvironment(UmfEnvironment.LIVE_CHINA));

        Exchange exchange = send("umf:payment/get", null, UmfConstants.PAYMENT_ID, "PAY_NONE");

        assertThat(exchange.getException()).isInstanceOf(UmfApiException.class)
                .isNotInstanceOf(UmfSignatureException.class);
        assertThat(((UmfApiException) exchange.getException()).getRetCode()).isEqualTo("00060780");
    }

    @Test
    void metaSignOverTheBodyWithoutMetaIsAcceptedAndCountedAsThatForm() {
        String links = "[{\"href\":\"https://x/p\",\"ref\":\"self\",\"method\":\"GET\"}]";
        String withoutMeta = "{\"payment\":" + PAYMENT + ",\"links\":" + links + "}";
        String body = "{\"meta\":{\"ret_code\":\"0000\",\"ret_msg\":\"ok\",\"sign\":\"" + umfSign(withoutMeta) + "\"},"
                      + "\"payment\":" + PAYMENT + ",\"links\":" + links + "}";
        server.behave(HostileServer.Behaviour.json(200, body));
        startCamel(c -> c.setEnvironment(UmfEnvironment.LIVE_CHINA));

        Exchange exchange = send("umf:payment/get", null, UmfConstants.PAYMENT_ID, "PAY_FORGED");

        assertThat(exchange.getException()).isNull();
        assertThat(exchange.getMessage().getBody(Payment.class).getState()).isEqualTo(PaymentState.TRADE_SUCCESS);
        UmfEndpoint endpoint = context.getEndpoint("umf:payment/get", UmfEndpoint.class);
        assertThat(endpoint.getResponseSignatureForms())
                .isEqualTo("RESULT_VALUES=0, FIRST_RESULT_VALUE=0, BODY_WITHOUT_META=1");
    }

    @Test
    void metaSignThatMatchesNoFormIsRefusedNamingTheFormsTried() {
        String body = "{\"meta\":{\"ret_code\":\"0000\",\"sign\":\"" + umfSign(PAYMENT.replace("900.00", "9.00"))
                      + "\"},\"payment\":" + PAYMENT + "}";
        server.behave(HostileServer.Behaviour.json(200, body));
        startCamel(c -> c.setEnvironment(UmfEnvironment.UAT_CHINA));

        Exchange exchange = send("umf:payment/get", null, UmfConstants.PAYMENT_ID, "PAY_FORGED");

        assertThat(exchange.getException()).isExactlyInstanceOf(UmfSignatureException.class)
                .hasMessageContaining("meta.sign that does not verify")
                .hasMessageContaining("RESULT_VALUES, FIRST_RESULT_VALUE, BODY_WITHOUT_META");
    }

    @Test
    void plainHttpBaseUrlIsRefusedOutsideSandboxAndLoopback() {
        context = new org.apache.camel.impl.DefaultCamelContext();
        io.github.camelumf.UmfComponent component = new io.github.camelumf.UmfComponent();
        io.github.camelumf.UmfConfiguration c = component.getConfiguration();
        c.setEnvironment(UmfEnvironment.LIVE_CHINA);
        c.setBaseUrl("http://umf.example.com/cberest/v1");
        c.setClientId("id");
        c.setClientSecret("secret");
        c.setPrivateKey(KEYS.keys().merchantPrivateKeyPkcs1Pem());
        c.setUmfPublicKey(KEYS.keys().umfCertificatePem());
        context.addComponent("umf", component);
        addRoute("umf:payment/get");

        assertThatThrownBy(context::start).hasRootCauseInstanceOf(UmfConfigurationException.class)
                .rootCause().hasMessageContaining("baseUrl").hasMessageContaining("https://")
                .hasMessageContaining("allowInsecureHttp=true");
        context.stop();

        context = new org.apache.camel.impl.DefaultCamelContext();
        context.addComponent("umf", component);
        addRoute("umf:payment/get?allowInsecureHttp=true");
        context.start();
        assertThat(context.isStarted()).isTrue();
    }

    @Test
    void plainHttpNotifyUrlIsRefusedBeforeTheRequestLeaves() {
        startCamel(c -> c.setEnvironment(UmfEnvironment.LIVE_CHINA));
        String order = TestOrders.payment("CREDIT_CARD", TestOrders.newReference(), "1.00");
        assertThat(order).contains("\"notify_url\"");
        String insecure = order.replaceFirst("\"notify_url\"\\s*:\\s*\"[^\"]*\"",
                "\"notify_url\":\"http://shop.example.com/umf\"");

        Exchange exchange = send("umf:payment/create", insecure, null, null);

        assertThat(exchange.getException()).isInstanceOf(UmfValidationException.class)
                .hasMessageContaining("notify_url").hasMessageContaining("https://");
        assertThat(server.requests()).isEmpty();
    }

    private void addRoute(String uri) {
        try {
            context.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    from("direct:get").to(uri);
                }
            });
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
