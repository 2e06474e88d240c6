package io.github.camelumf.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.camelumf.sandbox.NotificationDelivery.Outcome;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.Base64;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The test controls: duplicates, tampering, holding and pausing, reset, and the same over the control API. */
class NotificationControlsTest {

    private static final Duration WAIT = Duration.ofSeconds(10);

    @RegisterExtension
    static UmfSandboxExtension sandbox = UmfSandboxExtension.create(b -> b.notificationAttempts(3)
            .notificationInitialBackoff(Duration.ofMillis(20)).notificationTimeout(Duration.ofSeconds(2)));

    private NotificationReceiver merchant;
    private UmfTestClient client;

    @BeforeEach
    void setUp() throws Exception {
        merchant = new NotificationReceiver().verifying(sandbox.keys().umfPublicKey());
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

    private String paidQrPayment() {
        String id = Flows.createPayment(client, "WECHAT_SCAN", merchant.url());
        sandbox.completePayment(id);
        return id;
    }

    @Test
    void duplicateNextDeliversTheIdenticalSignedBodyAgainAfterAcknowledgement() {
        notifications().duplicateNext(2);
        String id = paidQrPayment();

        List<NotificationDelivery> all = notifications().awaitDeliveries(3, WAIT);

        assertThat(all).extracting(NotificationDelivery::id).containsOnly(id);
        assertThat(all).extracting(NotificationDelivery::duplicate).containsExactly(false, true, true);
        assertThat(all).allMatch(NotificationDelivery::acknowledged);
        assertThat(all).extracting(NotificationDelivery::notificationNumber).containsOnly(all.get(0).notificationNumber());
        List<NotificationReceiver.Received> received = merchant.received();
        assertThat(received).hasSize(3);
        for (NotificationReceiver.Received copy : received) {
            assertThat(copy.body()).isEqualTo(received.get(0).body());
            assertThat(copy.signature()).isEqualTo(received.get(0).signature());
        }
    }

    @Test
    void duplicateAppliesToOneNotificationOnly() {
        notifications().duplicateNext(1);
        String first = paidQrPayment();
        notifications().awaitDeliveries(2, WAIT);
        String second = paidQrPayment();

        notifications().awaitAcknowledged(second, WAIT);

        assertThat(notifications().deliveries(first)).hasSize(2);
        assertThat(notifications().deliveries(second)).hasSize(1);
    }

    @Test
    void forgedNotificationFailsVerificationAtTheReceiverAndIsSentOnlyOnce() {
        notifications().forgeNext();
        String id = paidQrPayment();

        NotificationDelivery delivery = notifications().awaitFinal(id, WAIT);

        assertThat(delivery.forged()).isTrue();
        assertThat(delivery.outcome()).isEqualTo(Outcome.NOT_ACKNOWLEDGED);
        assertThat(delivery.status()).isEqualTo(401);
        assertThat(notifications().deliveries(id)).hasSize(1);
        NotificationReceiver.Received received = merchant.received().get(0);
        assertThat(received.signature()).isNotNull();
        assertThat(received.signedBy(sandbox.keys().umfPublicKey())).isFalse();
        assertThat(received.json().path("payment").path("order").path("amount").path("total").asText())
                .isEqualTo("100.02");
        assertThat(received.body()).isEqualTo(delivery.body());
    }

    @Test
    void afterATamperedNotificationTheNextOneIsGenuine() {
        notifications().forgeNext();
        String forged = paidQrPayment();
        notifications().awaitFinal(forged, WAIT);

        String genuine = paidQrPayment();

        NotificationDelivery delivery = notifications().awaitAcknowledged(genuine, WAIT);
        assertThat(delivery.forged()).isFalse();
        assertThat(merchant.received().get(1).signedBy(sandbox.keys().umfPublicKey())).isTrue();
    }

    @Test
    void unsignedNotificationCarriesNoSignatureHeader() {
        notifications().unsignedNext();
        String id = paidQrPayment();

        NotificationDelivery delivery = notifications().awaitFinal(id, WAIT);

        assertThat(delivery.unsigned()).isTrue();
        assertThat(delivery.signature()).isNull();
        assertThat(delivery.status()).isEqualTo(401);
        assertThat(notifications().deliveries(id)).hasSize(1);
        assertThat(merchant.received().get(0).signature()).isNull();
        assertThat(merchant.received().get(0).json().path("payment").path("id").asText()).isEqualTo(id);
    }

    @Test
    void badlyEncodedSignatureIsNotBase64() {
        notifications().badSignatureEncodingNext();
        String id = paidQrPayment();

        NotificationDelivery delivery = notifications().awaitFinal(id, WAIT);

        assertThat(delivery.badSignatureEncoding()).isTrue();
        assertThat(delivery.status()).isEqualTo(401);
        String header = merchant.received().get(0).signature();
        assertThat(header).isNotBlank();
        assertThatThrownBy(() -> Base64.getDecoder().decode(header)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void heldPaymentNotificationArrivesAfterTheRefundNotification() {
        notifications().holdPaymentNotifications();
        String paymentId = Flows.paidCardPayment(sandbox.sandbox(), client, merchant.url());
        String refundId = Flows.asyncRefund(client, paymentId, merchant.url());
        sandbox.completeRefund(refundId);
        notifications().awaitAcknowledged(refundId, WAIT);
        assertThat(notifications().waiting()).isEqualTo(1);

        assertThat(notifications().releaseHeld()).isEqualTo(1);

        notifications().awaitAcknowledged(paymentId, WAIT);
        List<NotificationReceiver.Received> received = merchant.received();
        assertThat(received).hasSize(2);
        assertThat(received.get(0).json().path("refund").path("id").asText()).isEqualTo(refundId);
        assertThat(received.get(1).json().path("payment").path("id").asText()).isEqualTo(paymentId);
        assertThat(notifications().waiting()).isZero();
    }

    @Test
    void pausedNotificationsWaitUntilResumed() {
        notifications().pause();
        String first = paidQrPayment();
        String second = paidQrPayment();
        awaitWaiting(2);
        assertThat(merchant.received()).isEmpty();

        assertThat(notifications().resume()).isEqualTo(2);

        notifications().awaitAcknowledged(first, WAIT);
        notifications().awaitAcknowledged(second, WAIT);
    }

    @Test
    void resetDropsControlsHeldNotificationsAndRecords() {
        notifications().holdPaymentNotifications();
        String held = paidQrPayment();
        awaitWaiting(1);
        notifications().forgeNext().unsignedNext().duplicateNext(3);

        sandbox.sandbox().reset();

        assertThat(notifications().waiting()).isZero();
        String id = paidQrPayment();
        NotificationDelivery delivery = notifications().awaitAcknowledged(id, WAIT);
        assertThat(delivery.forged()).isFalse();
        assertThat(delivery.unsigned()).isFalse();
        assertThat(notifications().awaitDeliveries(1, WAIT)).hasSize(1);
        assertThat(notifications().deliveries(held)).isEmpty();
        assertThat(merchant.received()).hasSize(1);
    }

    @Test
    void awaitingWhatNeverComesFailsAfterTheTimeout() {
        assertThatThrownBy(() -> notifications().awaitAcknowledged("PAY_UNKNOWN", Duration.ofMillis(50)))
                .isInstanceOf(AssertionError.class).hasMessageContaining("PAY_UNKNOWN");
        assertThatThrownBy(() -> notifications().awaitDeliveries(1, Duration.ofMillis(50)))
                .isInstanceOf(AssertionError.class);
    }

    @Test
    void controlApiSetsControlsAndListsDeliveriesWithoutBodies() throws Exception {
        assertThat(control("POST", "/notifications/duplicate-next?copies=1").status()).isEqualTo(200);
        assertThat(control("POST", "/notifications/hold-payments").status()).isEqualTo(200);
        String id = Flows.createPayment(client, "WECHAT_SCAN", merchant.url());
        assertThat(control("POST", "/payments/" + id + "/complete").status()).isEqualTo(200);
        awaitWaiting(1);
        assertThat(control("GET", "/notifications").json().path("waiting").asInt()).isEqualTo(1);

        assertThat(control("POST", "/notifications/release").status()).isEqualTo(200);
        notifications().awaitDeliveries(2, WAIT);

        JsonNode listed = control("GET", "/notifications").json().path("notifications");
        assertThat(listed).hasSize(2);
        assertThat(listed.get(0).path("id").asText()).isEqualTo(id);
        assertThat(listed.get(0).path("kind").asText()).isEqualTo("PAYMENT");
        assertThat(listed.get(0).path("outcome").asText()).isEqualTo("ACKNOWLEDGED");
        assertThat(listed.get(1).path("duplicate").asBoolean()).isTrue();
        assertThat(listed.get(0).has("body")).isFalse();
        assertThat(control("GET", "/notifications/forge-next").status()).isEqualTo(405);
        assertThat(control("POST", "/notifications/no-such-control").status()).isEqualTo(404);
        assertThat(control("POST", "/notifications/duplicate-next").status()).isEqualTo(404);
    }

    @Test
    void controlApiTampersAndSendsManually() throws Exception {
        String id = Flows.createPayment(client, "WECHAT_SCAN", merchant.url());
        notifications().pause();
        sandbox.completePayment(id);
        control("POST", "/notifications/forge-next");

        JsonNode forged = control("POST", "/payments/" + id + "/notify").json().path("notification");
        control("POST", "/notifications/unsigned-next");
        JsonNode unsigned = control("POST", "/payments/" + id + "/notify").json().path("notification");
        control("POST", "/notifications/bad-signature-next");
        JsonNode badlyEncoded = control("POST", "/payments/" + id + "/notify").json().path("notification");

        assertThat(forged.path("forged").asBoolean()).isTrue();
        assertThat(forged.path("status").asInt()).isEqualTo(401);
        assertThat(unsigned.path("unsigned").asBoolean()).isTrue();
        assertThat(badlyEncoded.path("bad_signature_encoding").asBoolean()).isTrue();
        String declarationId = Flows.declareCustoms(sandbox.sandbox(), client, id, merchant.url());
        JsonNode customs = control("POST", "/declarations/" + declarationId + "/notify").json()
                .path("notification");
        assertThat(customs.path("kind").asText()).isEqualTo("CUSTOMS");
        assertThat(customs.path("acknowledged").asBoolean()).isTrue();
        assertThat(control("POST", "/declarations/CUST_NONE/notify").status()).isEqualTo(404);
        assertThat(control("POST", "/payments/PAY_NONE/notify").status()).isEqualTo(404);
        assertThat(control("POST", "/notifications/reset").json().path("waiting").asInt()).isZero();
    }

    private void awaitWaiting(int count) {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (notifications().waiting() < count) {
            assertThat(System.nanoTime()).as("%d notifications waiting", count).isLessThan(deadline);
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    private UmfTestClient.Response control(String method, String path) {
        return client.send(HttpRequest.newBuilder(URI.create(sandbox.controlUrl() + path))
                .method(method, HttpRequest.BodyPublishers.noBody()).build());
    }
}
