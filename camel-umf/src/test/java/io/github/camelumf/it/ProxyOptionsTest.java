package io.github.camelumf.it;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import io.github.camelumf.UmfComponent;
import io.github.camelumf.UmfConfiguration;
import io.github.camelumf.UmfConstants;
import io.github.camelumf.error.ErrorCategory;
import io.github.camelumf.error.UmfApiException;
import io.github.camelumf.error.UmfAuthenticationException;
import io.github.camelumf.error.UmfConfigurationException;
import io.github.camelumf.sandbox.RecordedRequest;
import io.github.camelumf.security.InMemoryTokenStore;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * The proxy options send every UMF call (the token call included) through a real forward HTTP proxy, with Basic
 * proxy authentication when configured, without changing a byte that is signed; endpoint options override the
 * component's.
 */
class ProxyOptionsTest extends SandboxTestSupport {

    private static final String PROXY_USER = "umf-proxy-user";
    private static final String PROXY_PASSWORD = "proxy-pass-Xq7-secret";
    private static final String WRONG_PROXY_PASSWORD = "wrong-pass-Zk4-secret";

    private static ForwardProxy openProxy;
    private static ForwardProxy authProxy;

    @BeforeAll
    static void startProxies() throws IOException {
        openProxy = ForwardProxy.start();
        authProxy = ForwardProxy.start(PROXY_USER, PROXY_PASSWORD);
    }

    @AfterAll
    static void stopProxies() {
        openProxy.close();
        authProxy.close();
    }

    @BeforeEach
    void resetProxies() {
        openProxy.reset();
        authProxy.reset();
    }

    @Override
    protected void configure(UmfConfiguration configuration) {
        super.configure(configuration);
        // endpoints with their own proxy get their own client: let them share one token
        configuration.setTokenStore(new InMemoryTokenStore());
    }

    @Test
    void cardPaymentFlowGoesThroughTheComponentProxyWithEverySignatureIntact() {
        restartCamelWith(c -> {
            c.setProxyHost("127.0.0.1");
            c.setProxyPort(openProxy.port());
        });

        String paymentId = call("umf:payment/create", TestOrders.payment("CREDIT_CARD", TestOrders.newReference(),
                "100.00"), Map.of()).getMessage().getHeader(UmfConstants.PAYMENT_ID, String.class);
        call("umf:payment/verify", TestOrders.cardPayer("CREDIT_CARD", null), Map.of(UmfConstants.PAYMENT_ID, paymentId));
        Exchange executed = call("umf:payment/execute", TestOrders.cardPayer("CREDIT_CARD", SANDBOX.smsCode(paymentId)),
                Map.of(UmfConstants.PAYMENT_ID, paymentId));
        Exchange fetched = call("umf:payment/get", null, Map.of(UmfConstants.PAYMENT_ID, paymentId));

        // STRICT verification accepted every answer that came back through the proxy
        assertThat(executed.getMessage().getHeader(UmfConstants.STATE)).isEqualTo("TRADE_SUCCESS");
        assertThat(fetched.getMessage().getHeader(UmfConstants.STATE)).isEqualTo("TRADE_SUCCESS");
        String api = SANDBOX.baseUrl();
        assertThat(openProxy.forwarded()).containsExactly(
                "POST " + api + "/oauth/authorize",
                "POST " + api + "/payments/payment",
                "POST " + api + "/payments/payment/" + paymentId + "/verify",
                "POST " + api + "/payments/payment/" + paymentId + "/execute",
                "GET " + api + "/payments/payment/" + paymentId);
        List<RecordedRequest> received = SANDBOX.requests();
        assertThat(received).as("nothing reached the sandbox around the proxy").hasSize(openProxy.received());
        assertThat(received.stream().filter(r -> r.method().equals("POST") && !r.isTokenCall()).toList())
                .hasSize(3)
                .allSatisfy(r -> assertThat(r.signatureVerified())
                        .as("signature over the bytes received through the proxy for %s", r.apiPath()).isTrue());
    }

    @Test
    void authenticatingProxyIsAnsweredWithTheConfiguredCredentials() {
        restartCamelWith(c -> {
            c.setProxyHost("127.0.0.1");
            c.setProxyPort(authProxy.port());
            c.setProxyUsername(PROXY_USER);
            c.setProxyPassword(PROXY_PASSWORD);
        });

        Exchange created = call("umf:payment/create",
                TestOrders.payment("CREDIT_CARD", TestOrders.newReference(), "10.00"), Map.of());

        assertThat(created.getMessage().getHeader(UmfConstants.PAYMENT_ID, String.class)).startsWith("PAY_");
        assertThat(authProxy.challenged()).as("the proxy challenged the client").isPositive();
        assertThat(authProxy.forwarded()).containsExactly("POST " + SANDBOX.baseUrl() + "/oauth/authorize",
                "POST " + SANDBOX.baseUrl() + "/payments/payment");
        assertThat(SANDBOX.requests()).hasSize(2)
                .filteredOn(r -> !r.isTokenCall())
                .allSatisfy(r -> assertThat(r.signatureVerified()).isTrue());
    }

    @Test
    void wrongProxyPasswordFailsAsAProxyAuthenticationErrorWithoutShowingThePassword() {
        restartCamelWith(c -> {
            c.setProxyHost("127.0.0.1");
            c.setProxyPort(authProxy.port());
            c.setProxyUsername(PROXY_USER);
            c.setProxyPassword(WRONG_PROXY_PASSWORD);
        });

        Exchange exchange = send("umf:payment/create",
                TestOrders.payment("CREDIT_CARD", TestOrders.newReference(), "10.00"), Map.of());

        Throwable thrown = exchange.getException();
        assertThat(thrown).isInstanceOf(UmfAuthenticationException.class);
        UmfAuthenticationException e = (UmfAuthenticationException) thrown;
        assertThat(e.getHttpStatus()).isEqualTo(407);
        assertThat(e.getOperation()).isEqualTo(UmfApiException.TOKEN_OPERATION);
        assertThat(e.getCategory()).isEqualTo(ErrorCategory.AUTHENTICATION);
        assertThat(e.getMessage()).as("says it is the proxy that refused, and which options to fix")
                .contains("HTTP 407 Proxy Authentication Required").contains("proxyUsername/proxyPassword");
        assertThat(authProxy.challenged()).as("challenged, answered with the wrong password, refused").isEqualTo(2);
        assertThat(authProxy.forwarded()).isEmpty();
        assertThat(SANDBOX.requests()).isEmpty();
        assertPasswordsNowhereIn(thrown);
    }

    @Test
    void proxyHostWithoutProxyPortFailsAtStartupNamingProxyPort() {
        context.stop();
        context = new DefaultCamelContext();
        UmfComponent component = new UmfComponent();
        configure(component.getConfiguration());
        component.getConfiguration().setProxyHost("127.0.0.1");
        context.addComponent("umf", component);
        addRoute("direct:pay", "umf:payment/create");

        Throwable thrown = catchThrowable(context::start);

        UmfConfigurationException e = inChain(thrown, UmfConfigurationException.class);
        assertThat(e.getOption()).isEqualTo("proxyPort");
        assertThat(e.getMessage()).contains("'proxyPort'").contains("proxyHost");
        assertThat(SANDBOX.requests()).isEmpty();
    }

    @Test
    void endpointProxyOptionsOverrideTheComponentWithoutAProxy() {
        String proxied = "umf:payment/create?proxyHost=127.0.0.1&proxyPort=" + openProxy.port();

        Exchange viaProxy = call(proxied, TestOrders.payment("CREDIT_CARD", TestOrders.newReference(), "10.00"),
                Map.of());
        String proxiedId = viaProxy.getMessage().getHeader(UmfConstants.PAYMENT_ID, String.class);
        assertThat(openProxy.forwarded()).contains("POST " + SANDBOX.baseUrl() + "/payments/payment");
        int throughProxy = openProxy.received();
        assertThat(SANDBOX.requests()).hasSize(throughProxy);

        Exchange direct = call("umf:payment/create", TestOrders.payment("CREDIT_CARD", TestOrders.newReference(),
                "10.00"), Map.of());
        Exchange fetched = call("umf:payment/get", null, Map.of(UmfConstants.PAYMENT_ID, proxiedId));

        assertThat(direct.getMessage().getHeader(UmfConstants.PAYMENT_ID, String.class)).startsWith("PAY_");
        assertThat(fetched.getMessage().getHeader(UmfConstants.PAYMENT_ID)).isEqualTo(proxiedId);
        assertThat(openProxy.received()).as("the endpoints without proxy options went direct").isEqualTo(throughProxy);
        assertThat(SANDBOX.requests()).hasSizeGreaterThanOrEqualTo(throughProxy + 2);
    }

    /** Replaces the started context with one whose component has the sandbox configuration plus {@code change}. */
    private void restartCamelWith(Consumer<UmfConfiguration> change) {
        context.stop();
        context = new DefaultCamelContext();
        UmfComponent component = new UmfComponent();
        configure(component.getConfiguration());
        change.accept(component.getConfiguration());
        context.addComponent("umf", component);
        context.start();
        template = context.createProducerTemplate();
    }

    private void addRoute(String from, String to) {
        try {
            context.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    from(from).to(to);
                }
            });
        } catch (Exception e) {
            throw new AssertionError("adding a route to a context that is not started must not fail", e);
        }
    }

    private static <T extends Throwable> T inChain(Throwable thrown, Class<T> type) {
        assertThat(thrown).as("must fail").isNotNull();
        List<Throwable> chain = new ArrayList<>();
        for (Throwable t = thrown; t != null && !chain.contains(t); t = t.getCause()) {
            chain.add(t);
        }
        return chain.stream().filter(type::isInstance).map(type::cast).findFirst()
                .orElseThrow(() -> new AssertionError("no " + type.getSimpleName() + " in the cause chain", thrown));
    }

    /** Neither password in any message of the chain, nor anywhere in the printed stack trace. */
    private static void assertPasswordsNowhereIn(Throwable thrown) {
        StringWriter out = new StringWriter();
        thrown.printStackTrace(new PrintWriter(out));
        assertThat(out.toString()).as("printed stack trace").doesNotContain(WRONG_PROXY_PASSWORD, PROXY_PASSWORD);
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            assertThat(String.valueOf(t.getMessage())).doesNotContain(WRONG_PROXY_PASSWORD, PROXY_PASSWORD);
        }
    }
}
