package io.github.camelumf.springboot;

import java.time.Duration;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.camelumf.UmfConstants;
import io.github.camelumf.model.PaymentNotification;
import io.github.camelumf.sandbox.UmfSandbox;
import io.github.camelumf.sandbox.spring.AutoConfigureUmfSandbox;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A user's {@code @SpringBootTest} with {@link AutoConfigureUmfSandbox} and no properties of its own: payments go to
 * the sandbox, the sandbox's notifications reach umf:notification on the application's servlet container (no second
 * server), the readiness check is UP in /actuator/health, the calls are in /actuator/metrics and /actuator/prometheus,
 * and secrets stay masked
 * in /actuator/env and /actuator/configprops even with values shown.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = {
        "management.endpoints.web.exposure.include=health,metrics,prometheus,env,configprops",
        "management.endpoint.health.show-details=always",
        "camel.health.exposure-level=full",
        "management.endpoint.env.show-values=always",
        "management.endpoint.configprops.show-values=always" })
@AutoConfigureUmfSandbox
@AutoConfigureObservability(tracing = false) // Spring Boot tests turn metrics export (Prometheus) off unless asked
class SandboxSliceTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @Autowired
    UmfSandbox sandbox;
    @Autowired
    ProducerTemplate template;
    @Autowired
    TestRestTemplate http;
    @Value("${umf.sandbox.notify-url}")
    String notifyUrl;
    @Value("${local.server.port}")
    int port;

    @Test
    void paymentReachesTheSandboxAndItsNotificationTheServletEndpoint() {
        assertThat(notifyUrl).isEqualTo("http://127.0.0.1:" + port + "/umf/notifications");
        String paymentId = payByCard();

        assertThat(sandbox.notifications().awaitAcknowledged(paymentId, WAIT).status()).isEqualTo(200);
        assertThat(TestApplication.RECEIVED).filteredOn(n -> paymentId.equals(n.paymentId())).singleElement()
                .isInstanceOfSatisfying(PaymentNotification.class, n -> assertThat(n.state()).isEqualTo("TRADE_SUCCESS"));
    }

    @Test
    void readinessCheckOfTheUmfProducersIsUpInActuatorHealth() throws Exception {
        template.requestBody("direct:create", Orders.payment(notifyUrl)); // producers started, a token cached
        ResponseEntity<String> health = http.getForEntity("/actuator/health", String.class);

        assertThat(health.getStatusCode().value()).isEqualTo(200);
        JsonNode camel = new ObjectMapper().readTree(health.getBody()).path("components").path("camelHealth");
        assertThat(camel.path("status").asText()).isEqualTo("UP");
        assertThat(camel.path("details").toString()).contains("producer:umf-");
    }

    @Test
    void callsAreMeteredInActuatorMetrics() throws Exception {
        template.requestBody("direct:create", Orders.payment(notifyUrl));

        ResponseEntity<String> meter = http.getForEntity(
                "/actuator/metrics/umf.client.requests?tag=operation:payment/create&tag=outcome:success", String.class);

        assertThat(meter.getStatusCode().value()).isEqualTo(200);
        JsonNode count = new ObjectMapper().readTree(meter.getBody()).path("measurements").get(0);
        assertThat(count.path("statistic").asText()).isEqualTo("COUNT");
        assertThat(count.path("value").asDouble()).isGreaterThanOrEqualTo(1);
    }

    @Test
    void callsAreScrapedByPrometheusWithBoundedTags() {
        template.requestBody("direct:create", Orders.payment(notifyUrl));

        String scrape = http.getForObject("/actuator/prometheus", String.class);

        assertThat(scrape).containsPattern(
                "umf_client_requests_seconds_count\\{category=\"none\",operation=\"payment/create\",outcome=\"success\"\\} [1-9]");
        assertThat(scrape).containsPattern("umf_client_tokens_total\\{kind=\"initial\",outcome=\"success\"\\} 1");
        assertThat(scrape).doesNotContain("PAY_");
    }

    @Test
    void secretsAreMaskedInEnvAndConfigprops() {
        String env = http.getForObject("/actuator/env", String.class);
        String configprops = http.getForObject("/actuator/configprops", String.class);

        assertThat(env).contains("camel.component.umf.client-id").contains(sandbox.clientId());
        for (String body : new String[] { env, configprops }) {
            assertThat(body).doesNotContain(sandbox.clientSecret()).doesNotContain("PRIVATE KEY");
        }
        assertThat(configprops).contains("camel.component.umf");
    }

    private String payByCard() {
        Exchange created = template.request("direct:create", e -> e.getMessage().setBody(Orders.payment(notifyUrl)));
        assertThat(created.getException()).isNull();
        String id = created.getMessage().getHeader(UmfConstants.PAYMENT_ID, String.class);
        call("direct:verify", Orders.cardPayer(null), id);
        call("direct:execute", Orders.cardPayer(sandbox.smsCode(id)), id);
        return id;
    }

    private void call(String uri, String body, String paymentId) {
        Exchange exchange = template.request(uri, e -> {
            e.getMessage().setBody(body);
            e.getMessage().setHeaders(Map.of(UmfConstants.PAYMENT_ID, paymentId));
        });
        assertThat(exchange.getException()).isNull();
    }
}
