package io.github.camelumf.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.camelumf.sandbox.NotificationDelivery.Kind;
import io.github.camelumf.sandbox.NotificationDelivery.Outcome;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The notifications the sandbox sends on its own, and its delivery rules (acknowledgement, retries, giving up). */
class NotificationDeliveryTest {

    private static final Duration WAIT = Duration.ofSeconds(10);

    @RegisterExtension
    static UmfSandboxExtension sandbox = UmfSandboxExtension.create(b -> b.notificationAttempts(4)
            .notificationInitialBackoff(Duration.ofMillis(20)).notificationTimeout(Duration.ofSeconds(2)));

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

    private SandboxNotifications notifications() {
        return sandbox.notifications();
    }

    @Test
    void executedCardPaymentIsNotifiedOnceSignedByUmfInTheShapeOfReference38() throws Exception {
        String id = Flows.paidCardPayment(sandbox.sandbox(), client, merchant.url());

        NotificationDelivery delivery = notifications().awaitAcknowledged(id, WAIT);

        assertThat(delivery.kind()).isEqualTo(Kind.PAYMENT);
        assertThat(delivery.attempt()).isEqualTo(1);
        assertThat(delivery.status()).isEqualTo(200);
        assertThat(delivery.state()).isEqualTo("TRADE_SUCCESS");
        assertThat(delivery.target()).isEqualTo(merchant.url());
        assertThat(merchant.received()).hasSize(1);
        NotificationReceiver.Received received = merchant.received().get(0);
        assertThat(received.body()).isEqualTo(delivery.body());
        assertThat(received.contentType()).startsWith("application/json");
        assertThat(received.signedBy(sandbox.keys().umfPublicKey())).isTrue();
        JsonNode json = received.json();
        assertThat(json.path("meta").path("ret_code").asText()).isEqualTo("0000");
        assertThat(json.path("meta").path("ret_msg").isArray()).isTrue();
        assertThat(json.path("meta").path("ret_msg").get(0).asText()).isEqualTo("SUCCESS");
        JsonNode payment = json.path("payment");
        assertThat(payment.path("id").asText()).isEqualTo(id);
        assertThat(payment.path("state").asText()).isEqualTo("TRADE_SUCCESS");
        assertThat(payment.path("payer").path("payment_method").asText()).isEqualTo("DEBIT_CARD");
        assertThat(payment.path("payer").path("payer_info").path("payer_agreement").has("usr_pay_agreement_id"))
                .isTrue();
        assertThat(payment.path("order").path("mer_reference_id").asText())
                .isEqualTo(sandbox.payment(id).path("order").path("mer_reference_id").asText());
        assertThat(payment.path("order").path("amount").path("total").asText()).isEqualTo("0.02");
        assertThat(payment.path("order").path("amount").path("currency").asText()).isEqualTo("CNY");
        assertThat(payment.path("order").path("amount").path("total_cny").asText()).isEqualTo("0.02");
        assertThat(payment.path("settle_date").asText()).matches("\\d{8}");
        assertThat(payment.path("execute_success_time").asText()).matches("\\d{8}");
        List<String> refs = new ArrayList<>();
        json.path("links").forEach(link -> refs.add(link.path("ref").asText()));
        assertThat(refs).contains("self", "refund", "asynchronous_refund", "apply_to_customs");
        assertThat(json.path("links").get(0).path("href").asText()).endsWith("/payments/payment/" + id);
        assertThat(notifications().deliveries(id)).hasSize(1);
    }

    @Test
    void executeAnswersBeforeTheMerchantAcknowledgesTheNotification() throws Exception {
        CountDownLatch executeReturned = new CountDownLatch(1);
        merchant.beforeAnswer(request -> {
            try {
                executeReturned.await(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });

        String id = Flows.paidCardPayment(sandbox.sandbox(), client, merchant.url());
        executeReturned.countDown();

        NotificationDelivery first = notifications().awaitFinal(id, WAIT);
        assertThat(first.attempt()).isEqualTo(1);
        assertThat(first.outcome()).isEqualTo(Outcome.ACKNOWLEDGED);
    }

    @Test
    void failedPaymentIsNotifiedAsTradeFail() {
        String id = Flows.createPayment(client, "WECHAT_SCAN", merchant.url());

        sandbox.failPayment(id);

        NotificationDelivery delivery = notifications().awaitAcknowledged(id, WAIT);
        JsonNode json = merchant.received().get(0).json();
        assertThat(delivery.state()).isEqualTo("TRADE_FAIL");
        assertThat(json.path("payment").path("state").asText()).isEqualTo("TRADE_FAIL");
        assertThat(json.path("payment").path("payer").path("payment_method").asText()).isEqualTo("WECHAT_SCAN");
        assertThat(json.path("payment").path("settle_date").asText()).isEmpty();
        assertThat(json.path("links")).hasSize(1);
        assertThat(merchant.received().get(0).signedBy(sandbox.keys().umfPublicKey())).isTrue();
    }

    @Test
    void paymentPaidByTheBuyerIsNotified() {
        String id = Flows.createPayment(client, "ALIPAY_SCAN", merchant.url());

        sandbox.completePayment(id);

        assertThat(notifications().awaitAcknowledged(id, WAIT).state()).isEqualTo("TRADE_SUCCESS");
    }

    @Test
    void receiverFailingTwiceThenAcknowledgingGetsThreeAttemptsWithTheSameBytes() {
        merchant.thenAnswer(500, "oops").thenAnswer(503, "");
        String id = Flows.paidCardPayment(sandbox.sandbox(), client, merchant.url());

        NotificationDelivery acknowledged = notifications().awaitAcknowledged(id, WAIT);

        assertThat(acknowledged.attempt()).isEqualTo(3);
        List<NotificationDelivery> attempts = notifications().deliveries(id);
        assertThat(attempts).extracting(NotificationDelivery::attempt).containsExactly(1, 2, 3);
        assertThat(attempts).extracting(NotificationDelivery::status).containsExactly(500, 503, 200);
        assertThat(attempts).extracting(NotificationDelivery::outcome)
                .containsExactly(Outcome.WILL_RETRY, Outcome.WILL_RETRY, Outcome.ACKNOWLEDGED);
        assertThat(attempts.get(0).error()).isEqualTo("HTTP 500");
        assertThat(merchant.received()).hasSize(3);
        assertThat(merchant.received().get(2).body()).isEqualTo(merchant.received().get(0).body());
        assertThat(merchant.received().get(2).signature()).isEqualTo(merchant.received().get(0).signature());
    }

    @Test
    void answersThatAreNotAnAcknowledgementAreRetried() {
        merchant.thenAnswer(200, "OK").thenAnswer(200, "{\"meta\":{\"ret_code\":\"00060999\"}}")
                .thenAnswer(204, "");
        String id = Flows.paidCardPayment(sandbox.sandbox(), client, merchant.url());

        NotificationDelivery acknowledged = notifications().awaitAcknowledged(id, WAIT);

        assertThat(acknowledged.attempt()).isEqualTo(4);
        assertThat(notifications().deliveries(id)).extracting(NotificationDelivery::error)
                .containsExactly("not JSON", "ret_code 00060999", "not JSON", null);
    }

    @Test
    void receiverNeverAcknowledgingIsGivenUpAfterTheConfiguredAttemptsWithGrowingBackoff() {
        merchant.alwaysAnswer(200, "{\"meta\":{\"ret_code\":\"9999\"}}");
        String id = Flows.paidCardPayment(sandbox.sandbox(), client, merchant.url());

        NotificationDelivery last = notifications().awaitFinal(id, WAIT);

        assertThat(last.outcome()).isEqualTo(Outcome.GAVE_UP);
        assertThat(last.attempt()).isEqualTo(4);
        List<NotificationDelivery> attempts = notifications().deliveries(id);
        assertThat(attempts).hasSize(4).noneMatch(NotificationDelivery::acknowledged);
        assertThat(merchant.received()).hasSize(4);
        for (int i = 1; i < attempts.size(); i++) {
            long gap = Duration.between(attempts.get(i - 1).sentAt(), attempts.get(i).sentAt()).toMillis();
            assertThat(gap).as("wait before attempt %d", i + 1).isGreaterThanOrEqualTo(20L << (i - 1));
        }
    }

    @Test
    void eachAttemptIsLoggedAtDebugWithKindIdAttemptAndStatusButNotTheBody() {
        merchant.thenAnswer(500, "");
        try (LogCapture log = LogCapture.open()) {
            String id = Flows.paidCardPayment(sandbox.sandbox(), client, merchant.url());
            notifications().awaitAcknowledged(id, WAIT);
            String merReferenceId = sandbox.payment(id).path("order").path("mer_reference_id").asText();

            List<String> attempts = log.lines().stream()
                    .filter(line -> line.logger().endsWith("NotificationDispatcher") && line.message().contains(id))
                    .map(LogCapture.Line::message).toList();

            assertThat(attempts).hasSize(2);
            assertThat(attempts.get(0)).contains("PAYMENT", "attempt 1", "HTTP 500");
            assertThat(attempts.get(1)).contains("PAYMENT", "attempt 2", "HTTP 200", "ACKNOWLEDGED");
            assertThat(log.lines()).noneMatch(line -> line.message().contains(merReferenceId)
                    || line.message().contains("ret_msg") || line.message().contains("payer_agreement"));
        }
    }

    @Test
    void refusedConnectionIsRetriedAndGivenUp() throws Exception {
        String closed;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closed = "http://127.0.0.1:" + socket.getLocalPort() + "/notify";
        }
        String id = Flows.createPayment(client, "WECHAT_SCAN", closed);

        sandbox.completePayment(id);

        NotificationDelivery last = notifications().awaitFinal(id, WAIT);
        assertThat(last.outcome()).isEqualTo(Outcome.GAVE_UP);
        assertThat(last.status()).isZero();
        assertThat(last.error()).isEqualTo("connection refused");
        assertThat(notifications().deliveries(id)).hasSize(4);
    }

    @Test
    void slowReceiverTimesOut() throws Exception {
        try (UmfSandbox quick = UmfSandbox.builder().notificationAttempts(2)
                .notificationInitialBackoff(Duration.ofMillis(10)).notificationTimeout(Duration.ofMillis(300))
                .build().start()) {
            UmfTestClient quickClient = new UmfTestClient(quick);
            quickClient.authenticate();
            merchant.alwaysAnswerAfter(Duration.ofMillis(1500));
            String id = Flows.createPayment(quickClient, "WECHAT_SCAN", merchant.url());

            quick.completePayment(id);

            NotificationDelivery last = quick.notifications().awaitFinal(id, WAIT);
            assertThat(last.outcome()).isEqualTo(Outcome.GAVE_UP);
            assertThat(quick.notifications().deliveries(id)).extracting(NotificationDelivery::error)
                    .containsExactly("timeout", "timeout");
        }
    }

    @Test
    void asyncRefundCompletionIsNotifiedWithAParentPaymentLink() {
        String paymentId = Flows.paidCardPayment(sandbox.sandbox(), client, merchant.url());
        notifications().awaitAcknowledged(paymentId, WAIT);
        String refundId = Flows.asyncRefund(client, paymentId, merchant.url());

        sandbox.completeRefund(refundId);

        NotificationDelivery delivery = notifications().awaitAcknowledged(refundId, WAIT);
        assertThat(delivery.kind()).isEqualTo(Kind.REFUND);
        assertThat(delivery.paymentId()).isEqualTo(paymentId);
        assertThat(delivery.state()).isEqualTo("REFUND_SUCCESS");
        NotificationReceiver.Received received = merchant.received().get(1);
        assertThat(received.signedBy(sandbox.keys().umfPublicKey())).isTrue();
        JsonNode json = received.json();
        assertThat(json.path("meta").path("ret_msg").get(0).asText()).isEqualTo("SUCCESS");
        assertThat(json.path("refund").path("id").asText()).isEqualTo(refundId);
        assertThat(json.path("refund").path("state").asText()).isEqualTo("REFUND_SUCCESS");
        assertThat(json.path("refund").path("refund_info").path("amount").path("total").asText()).isEqualTo("0.01");
        assertThat(json.path("refund").path("refund_info").path("mer_reference_id").asText())
                .isEqualTo(sandbox.refund(refundId).path("refund_info").path("mer_reference_id").asText());
        JsonNode parent = json.path("links").get(0);
        assertThat(parent.path("ref").asText()).isEqualTo("parent_payment");
        assertThat(parent.path("href").asText()).endsWith("/payments/payment/" + paymentId);
        assertThat(json.path("links").get(1).path("href").asText()).endsWith("/payments/refund/" + refundId);
    }

    @Test
    void failedAsyncRefundIsNotifiedAsRefundFailButASynchronousRefundIsNotNotified() {
        String paymentId = Flows.paidCardPayment(sandbox.sandbox(), client, merchant.url());
        UmfTestClient.Response synchronous = client.post("/payments/payment/" + paymentId + "/refund",
                Payloads.refund(Payloads.merReferenceId(), "0.01", "CNY")
                        .replace("http://127.0.0.1:1/refund-notify", merchant.url()));
        String synchronousId = synchronous.json().path("refund").path("id").asText();
        String refundId = Flows.asyncRefund(client, paymentId, merchant.url());

        sandbox.failRefund(refundId);

        assertThat(notifications().awaitAcknowledged(refundId, WAIT).state()).isEqualTo("REFUND_FAIL");
        notifications().awaitAcknowledged(paymentId, WAIT);
        assertThat(notifications().deliveries(synchronousId)).isEmpty();
        assertThat(notifications().deliveries()).hasSize(2);
    }

    @Test
    void asyncRefundThatCompletesByItselfIsNotifiedOnce() {
        try (UmfSandbox auto = UmfSandbox.builder().asyncRefundAutoComplete(Duration.ofMinutes(30)).build().start()) {
            UmfTestClient autoClient = new UmfTestClient(auto);
            autoClient.authenticate();
            String paymentId = Flows.paidCardPayment(auto, autoClient, merchant.url());
            String refundId = Flows.asyncRefund(autoClient, paymentId, merchant.url());

            auto.advanceClock(Duration.ofMinutes(31));

            NotificationDelivery delivery = auto.notifications().awaitAcknowledged(refundId, WAIT);
            assertThat(delivery.state()).isEqualTo("REFUND_SUCCESS");
            auto.notifications().awaitAcknowledged(paymentId, WAIT);
            assertThat(auto.refund(refundId).path("state").asText()).isEqualTo("REFUND_SUCCESS");
            assertThat(auto.notifications().deliveries(refundId)).hasSize(1);
        }
    }

    @Test
    void nonLoopbackNotifyUrlIsRecordedAsNotDelivered() {
        String id = Flows.createPayment(client, "WECHAT_SCAN", "http://192.0.2.10/notify");

        sandbox.completePayment(id);

        NotificationDelivery delivery = notifications().awaitFinal(id, WAIT);
        assertThat(delivery.outcome()).isEqualTo(Outcome.NOT_DELIVERED);
        assertThat(delivery.error()).isEqualTo("not delivered: not loopback");
        assertThat(delivery.status()).isZero();
        assertThat(delivery.target()).isEqualTo("http://192.0.2.10/notify");
    }

    @Test
    void paymentsWithoutNotifyUrlAndExpiredPaymentsAreNotNotified() {
        String silent = Flows.createPayment(client, "WECHAT_SCAN", null);
        String expired = Flows.createPayment(client, "WECHAT_SCAN", merchant.url());
        String paid = Flows.createPayment(client, "WECHAT_SCAN", merchant.url());

        sandbox.completePayment(silent);
        sandbox.expirePayment(expired);
        sandbox.completePayment(paid);

        notifications().awaitAcknowledged(paid, WAIT);
        assertThat(notifications().deliveries()).extracting(NotificationDelivery::id).containsExactly(paid);
        assertThat(merchant.received()).hasSize(1);
    }
}
