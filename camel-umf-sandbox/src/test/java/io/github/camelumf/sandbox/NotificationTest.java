package io.github.camelumf.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.camelumf.sandbox.NotificationDelivery.Kind;
import io.github.camelumf.sandbox.NotificationDelivery.Outcome;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Manual sends: payment, refund and customs notifications on request, one synchronous attempt each. */
class NotificationTest {

    private static final Duration WAIT = Duration.ofSeconds(10);

    @RegisterExtension
    static UmfSandboxExtension sandbox = UmfSandboxExtension.create();

    private NotificationReceiver merchant;
    private UmfTestClient client;

    @BeforeEach
    void setUp() throws Exception {
        merchant = new NotificationReceiver();
        client = new UmfTestClient(sandbox.sandbox());
        client.authenticate();
    }

    @AfterEach
    void tearDown() {
        merchant.close();
    }

    @Test
    void paymentNotificationIsPostedSignedToTheNotifyUrlOnRequest() {
        String id = Flows.createPayment(client, "WECHAT_SCAN", merchant.url());

        NotificationDelivery delivery = sandbox.sendPaymentNotification(id);

        assertThat(delivery.acknowledged()).isTrue();
        assertThat(delivery.status()).isEqualTo(200);
        assertThat(delivery.state()).isEqualTo("WAIT_BUYER_PAY");
        assertThat(delivery.responseBody()).isEqualTo(NotificationReceiver.ACK);
        assertThat(merchant.received()).hasSize(1);
        NotificationReceiver.Received received = merchant.received().get(0);
        assertThat(received.signedBy(sandbox.keys().umfPublicKey())).isTrue();
        JsonNode notification = received.json();
        assertThat(notification.path("meta").path("ret_msg").get(0).asText()).isEqualTo("SUCCESS");
        assertThat(notification.path("payment").path("id").asText()).isEqualTo(id);
        assertThat(notification.path("payment").path("order").path("amount").path("total_cny").asText())
                .isEqualTo("0.02");
        assertThat(sandbox.notifications().deliveries()).containsExactly(delivery);
    }

    @Test
    void manualSendIsOneAttemptEvenWhenRefused() {
        merchant.alwaysAnswer(500, "no");
        String id = Flows.createPayment(client, "WECHAT_SCAN", merchant.url());

        NotificationDelivery delivery = sandbox.sendPaymentNotification(id);

        assertThat(delivery.outcome()).isEqualTo(Outcome.NOT_ACKNOWLEDGED);
        assertThat(delivery.error()).isEqualTo("HTTP 500");
        assertThat(delivery.responseBody()).isEqualTo("no");
        assertThat(merchant.received()).hasSize(1);
    }

    @Test
    void refundNotificationCarriesTheRefundState() {
        String paid = Flows.paidCardPayment(sandbox.sandbox(), client);
        String refundId = Flows.asyncRefund(client, paid,
                merchant.url().replace("127.0.0.1", "localhost"));

        NotificationDelivery delivery = sandbox.sendRefundNotification(refundId);

        assertThat(delivery.kind()).isEqualTo(Kind.REFUND);
        assertThat(delivery.acknowledged()).isTrue();
        JsonNode notification = merchant.received().get(0).json();
        assertThat(notification.path("refund").path("id").asText()).isEqualTo(refundId);
        assertThat(notification.path("refund").path("state").asText()).isEqualTo("REFUND_PROCESS");
        assertThat(merchant.received().get(0).signedBy(sandbox.keys().umfPublicKey())).isTrue();
    }

    @Test
    void customsNotificationDescribesTheDeclarationWhenCustomsAnswers() {
        String id = Flows.createPayment(client, "WECHAT_SCAN", merchant.url());
        sandbox.completePayment(id);
        sandbox.notifications().awaitAcknowledged(id, WAIT);
        String declarationId = Flows.declareCustoms(sandbox.sandbox(), client, id, merchant.url());
        assertThat(sandbox.notifications().deliveries(declarationId)).isEmpty();

        sandbox.completeDeclaration(declarationId);

        NotificationDelivery delivery = sandbox.notifications().awaitAcknowledged(declarationId, WAIT);
        assertThat(delivery.kind()).isEqualTo(Kind.CUSTOMS);
        assertThat(delivery.id()).startsWith("CUST_");
        assertThat(delivery.paymentId()).isEqualTo(id);
        assertThat(delivery.state()).isEqualTo("SUCCESS");
        NotificationReceiver.Received received = merchant.received().get(1);
        assertThat(received.signedBy(sandbox.keys().umfPublicKey())).isTrue();
        JsonNode json = received.json();
        JsonNode payment = sandbox.payment(id);
        assertThat(json.path("meta").path("ret_msg").get(0).asText()).isEqualTo("SUCCESS");
        JsonNode declaration = json.path("customs_declaration");
        assertThat(declaration.path("id").asText()).isEqualTo(declarationId);
        assertThat(declaration.path("mer_reference_id").asText())
                .isEqualTo(payment.path("order").path("mer_reference_id").asText());
        assertThat(declaration.path("state").asText()).isEqualTo("SUCCESS");
        assertThat(declaration.path("customs_id").asText()).isEqualTo("HZHG");
        assertThat(declaration.path("customs_clearance_date").asText()).matches("\\d{8}");
        assertThat(declaration.path("sub_order").path("mer_sub_reference_id").asText()).isEqualTo(
                payment.path("order").path("sub_orders").get(0).path("mer_sub_reference_id").asText());
        assertThat(declaration.path("sub_order_amount").path("total").asText()).isEqualTo("0.02");
        assertThat(json.path("links").get(0).path("ref").asText()).isEqualTo("parent_payment");
        assertThat(json.path("links").get(0).path("href").asText()).endsWith("/payments/payment/" + id);
        assertThat(json.path("links").get(1).path("href").asText())
                .endsWith("/payments/customs_declarations/" + declarationId);
    }

    @Test
    void customsNotificationIsSentForAKnownCustomsDeclarationOnly() {
        assertThatThrownBy(() -> sandbox.sendCustomsNotification("CUST_NONE"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("CUST_NONE");
    }

    @Test
    void notificationsAreNeverSentOffTheMachine() {
        String id = Flows.createPayment(client, "WECHAT_SCAN", "http://192.0.2.1/notify");

        NotificationDelivery delivery = sandbox.sendPaymentNotification(id);

        assertThat(delivery.outcome()).isEqualTo(Outcome.NOT_DELIVERED);
        assertThat(delivery.error()).contains("loopback");
    }

    @Test
    void manualSendNeedsANotifyUrl() {
        String id = Flows.createPayment(client, "WECHAT_SCAN", null);

        assertThatThrownBy(() -> sandbox.sendPaymentNotification(id)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("notify_url");
    }
}
