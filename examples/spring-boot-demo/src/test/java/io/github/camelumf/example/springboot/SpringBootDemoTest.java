package io.github.camelumf.example.springboot;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.function.Predicate;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.camelumf.sandbox.UmfSandbox;
import io.github.camelumf.sandbox.spring.AutoConfigureUmfSandbox;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo over HTTP, against a sandbox started for the test ({@link AutoConfigureUmfSandbox}; no properties of the
 * test's own): checkout, SMS verification, payment, the payment notification arriving on the demo's own web server
 * and updating the order, a partial refund completed by UMF and notified, then /actuator/health and the
 * umf.client.requests meter.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@AutoConfigureUmfSandbox
class SpringBootDemoTest {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final Map<String, String> CARD = Map.of("number", "6222021234567890123", "valid_date", "2812",
            "cvv2", "987", "payer_name", "王小明", "citizen_id_type", "IDENTITY_CARD",
            "citizen_id_number", "110101199003071234", "phone", "13552105741");

    @Autowired
    TestRestTemplate http;
    @Autowired
    UmfSandbox sandbox;

    @Test
    void checkoutVerifyPayRefundAndNotificationsUpdateTheOrder() {
        JsonNode order = post("/checkout", Map.of("amount", "100.00", "currency", "CNY", "phone", "13552105741"));
        String id = order.path("id").asText();
        assertThat(id).startsWith("PAY_");
        assertThat(order.path("state").asText()).isEqualTo("WAIT_BUYER_PAY");

        post("/checkout/" + id + "/verify", CARD);
        Map<String, String> withCode = new java.util.HashMap<>(CARD);
        withCode.put("verify_code", sandbox.smsCode(id));
        JsonNode paid = post("/checkout/" + id + "/pay", withCode);
        assertThat(paid.path("state").asText()).isEqualTo("TRADE_SUCCESS");

        JsonNode notified = awaitOrder(id, o -> o.path("notifications").toString().contains("PAYMENT " + id + " TRADE_SUCCESS"));
        assertThat(notified.path("state").asText()).isEqualTo("TRADE_SUCCESS");

        JsonNode refund = post("/orders/" + id + "/refunds", Map.of("amount", "30.00"));
        String refundId = refund.path("id").asText();
        assertThat(refund.path("state").asText()).isEqualTo("REFUND_PROCESS");
        sandbox.completeRefund(refundId);

        JsonNode refunded = awaitOrder(id, o -> "REFUND_SUCCESS".equals(o.path("refunds").path(refundId).asText()));
        assertThat(refunded.path("notifications").toString()).contains("REFUND " + refundId + " REFUND_SUCCESS");

        ResponseEntity<JsonNode> health = http.getForEntity("/actuator/health", JsonNode.class);
        assertThat(health.getStatusCode().value()).isEqualTo(200);
        assertThat(health.getBody().path("status").asText()).isEqualTo("UP");
        assertThat(health.getBody().path("components").path("camelHealth").toString()).contains("producer:umf-");

        ResponseEntity<JsonNode> requests = http.getForEntity(
                "/actuator/metrics/umf.client.requests?tag=outcome:success", JsonNode.class);
        assertThat(requests.getStatusCode().value()).isEqualTo(200);
        assertThat(requests.getBody().path("measurements").get(0).path("value").asDouble()).isGreaterThanOrEqualTo(4);
        assertThat(requests.getBody().path("availableTags").toString()).contains("payment/execute", "refund/async");
    }

    @Test
    void unknownOrderIs404AndRefusedPaymentIs402WithUmfsCode() {
        assertThat(http.getForEntity("/orders/PAY_unknown", String.class).getStatusCode().value()).isEqualTo(404);

        sandbox.faults().nextCalls(1).onMethod("POST").onPath("/payments/payment").respondRetCode("00060550");
        ResponseEntity<JsonNode> refused = http.postForEntity("/checkout",
                Map.of("amount", "100.00", "currency", "CNY", "phone", "13552105741"), JsonNode.class);

        assertThat(refused.getStatusCode().value()).isEqualTo(402);
        assertThat(refused.getBody().path("ret_code").asText()).isEqualTo("00060550");
        assertThat(refused.getBody().path("category").asText()).isEqualTo("BANK_DECLINED");
    }

    private JsonNode post(String path, Object body) {
        ResponseEntity<JsonNode> answer = http.postForEntity(path, body, JsonNode.class);
        assertThat(answer.getStatusCode().value()).as(path + " -> " + answer.getBody()).isEqualTo(200);
        return answer.getBody();
    }

    /** Polls GET /orders/{id} until the condition holds (bounded by WAIT). */
    private JsonNode awaitOrder(String id, Predicate<JsonNode> condition) {
        Instant deadline = Instant.now().plus(WAIT);
        JsonNode order;
        do {
            order = http.getForObject("/orders/" + id, JsonNode.class);
            if (condition.test(order)) {
                return order;
            }
            sleep();
        } while (Instant.now().isBefore(deadline));
        throw new AssertionError("order " + id + " did not reach the expected state within " + WAIT + ": " + order);
    }

    private static void sleep() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
