package io.github.camelumf.it;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

import io.github.camelumf.UmfConfiguration;
import io.github.camelumf.UmfConstants;
import io.github.camelumf.metrics.UmfMeters;
import io.github.camelumf.metrics.UmfMetrics;
import io.github.camelumf.security.InMemoryTokenStore;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.test.AvailablePortFinder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With a Micrometer registry in the Camel registry, the component times every UMF call by operation and outcome,
 * counts token fetches, verification failures and notifications, and never puts an id or amount in a tag.
 */
class MetricsTest extends SandboxTestSupport {

    private static TamperingProxy proxy;
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();

    @BeforeAll
    static void startProxy() throws IOException {
        proxy = TamperingProxy.start(SANDBOX.baseUrl());
    }

    @AfterAll
    static void stopProxy() {
        proxy.close();
    }

    @Override
    protected void configure(UmfConfiguration configuration) {
        super.configure(configuration);
        proxy.reset();
        configuration.setTokenStore(new InMemoryTokenStore());
        context.getRegistry().bind("meters", meters);
    }

    @Test
    void successfulCallIsTimedByOperationAndTheFirstTokenCountsAsInitial() {
        String paymentId = createPayment();
        call("umf:payment/get", null, Map.of(UmfConstants.PAYMENT_ID, paymentId));

        assertThat(timerCount("payment/create", "success", "none")).isEqualTo(1);
        assertThat(timerCount("payment/get", "success", "none")).isEqualTo(1);
        assertThat(meters.get(UmfMeters.CLIENT_TOKENS).tags("kind", "initial", "outcome", "success").counter().count())
                .isEqualTo(1);
        assertNoTagCarries(paymentId);
    }

    @Test
    void refusalIsTimedWithTheErrorCatalogCategory() {
        SANDBOX.faults().nextCalls(1).onMethod("POST").onPath("/payments/payment").respondRetCode("00060550");

        Exchange refused = send("umf:payment/create", TestOrders.payment("CREDIT_CARD", TestOrders.newReference(),
                "100.00"), Map.of());

        assertThat(refused.getException()).isNotNull();
        assertThat(timerCount("payment/create", "refused", "bank_declined")).isEqualTo(1);
    }

    @Test
    void replacedTokenCountsAsRefresh() {
        createPayment();
        SANDBOX.disableCurrentToken();
        createPayment();

        assertThat(meters.get(UmfMeters.CLIENT_TOKENS).tags("kind", "refresh", "outcome", "success").counter().count())
                .isEqualTo(1);
    }

    @Test
    void answerWithAnAlteredBodyCountsAsVerificationFailure() {
        createPayment();
        proxy.tamper(TamperingProxy.Tamper.replaceInBody("\"total\":\"100.00\"", "\"total\":\"900.00\""));

        Exchange exchange = send("umf:payment/create?baseUrl=" + proxy.baseUrl(),
                TestOrders.payment("CREDIT_CARD", TestOrders.newReference(), "100.00"), Map.of());

        assertThat(exchange.getException()).isNotNull();
        assertThat(timerCount("payment/create", "verification_failed", "none")).isEqualTo(1);
        assertThat(meters.get(UmfMeters.CLIENT_VERIFICATION_FAILURES).tag("operation", "payment/create").counter()
                .count()).isEqualTo(1);
    }

    @Test
    void unreachableUmfIsATransportFailure() {
        int closed = AvailablePortFinder.getNextAvailable();

        Exchange exchange = send("umf:payment/get?maxRetries=0&baseUrl=http://127.0.0.1:" + closed + "/cberest/v1",
                null, Map.of(UmfConstants.PAYMENT_ID, "PAY_1"));

        assertThat(exchange.getException()).isNotNull();
        assertThat(timerCount("payment/get", "transport_failure", "none")).isEqualTo(1);
    }

    @Test
    void refusedCredentialsAreAFailedTokenFetchAndAnAuthenticationRefusal() {
        Exchange exchange = send("umf:payment/get?clientSecret=not-the-secret", null,
                Map.of(UmfConstants.PAYMENT_ID, "PAY_1"));

        assertThat(exchange.getException()).isNotNull();
        assertThat(meters.get(UmfMeters.CLIENT_TOKENS).tags("kind", "initial", "outcome", "failure").counter().count())
                .isEqualTo(1);
        assertThat(timerCount("payment/get", "refused", "authentication")).isEqualTo(1);
    }

    @Test
    void notificationsAreCountedByOutcomeAndReason() throws Exception {
        int port = AvailablePortFinder.getNextAvailable();
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("umf:notification?bindHost=127.0.0.1&path=/umf/metrics&port=" + port).to("log:notification");
            }
        });
        HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port + "/umf/metrics"))
                .POST(HttpRequest.BodyPublishers.ofString("{\"payment\":{\"id\":\"PAY_1\"}}")).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(answer.statusCode()).isEqualTo(401);
        assertThat(meters.get(UmfMeters.NOTIFICATIONS)
                .tags("path", "/umf/metrics", "outcome", "rejected", "reason", "missing_signature")
                .functionCounter().count()).isEqualTo(1);
        assertThat(meters.get(UmfMeters.NOTIFICATIONS).tags("path", "/umf/metrics", "outcome", "accepted")
                .functionCounter().count()).isZero();
    }

    @Test
    void withoutAMeterRegistryNothingIsRecorded() {
        DefaultCamelContext plain = new DefaultCamelContext();

        assertThat(UmfMetrics.of(plain)).isSameAs(UmfMetrics.NONE);
    }

    private String createPayment() {
        Exchange created = call("umf:payment/create", TestOrders.payment("CREDIT_CARD", TestOrders.newReference(),
                "100.00"), Map.of());
        return created.getMessage().getHeader(UmfConstants.PAYMENT_ID, String.class);
    }

    private long timerCount(String operation, String outcome, String category) {
        return meters.get(UmfMeters.CLIENT_REQUESTS)
                .tags("operation", operation, "outcome", outcome, "category", category).timer().count();
    }

    private void assertNoTagCarries(String value) {
        for (Meter meter : meters.getMeters()) {
            for (Tag tag : meter.getId().getTags()) {
                assertThat(tag.getValue()).doesNotContain(value);
            }
        }
    }
}
