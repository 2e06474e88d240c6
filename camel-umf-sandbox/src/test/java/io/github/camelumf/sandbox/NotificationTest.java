package io.github.camelumf.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.Signature;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class NotificationTest {

    @RegisterExtension
    static UmfSandboxExtension sandbox = UmfSandboxExtension.create();

    private final List<byte[]> bodies = new CopyOnWriteArrayList<>();
    private final List<String> signatures = new CopyOnWriteArrayList<>();
    private HttpServer merchant;
    private UmfTestClient client;

    @BeforeEach
    void setUp() throws Exception {
        merchant = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        merchant.createContext("/notify", exchange -> {
            bodies.add(exchange.getRequestBody().readAllBytes());
            signatures.add(exchange.getRequestHeaders().getFirst("Signature"));
            byte[] answer = "{\"meta\":{\"ret_code\":\"0000\"}}".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, answer.length);
            exchange.getResponseBody().write(answer);
            exchange.close();
        });
        merchant.start();
        client = new UmfTestClient(sandbox.sandbox());
        client.authenticate();
    }

    @AfterEach
    void tearDown() {
        merchant.stop(0);
    }

    private boolean signedByUmf(byte[] body, String signature) throws Exception {
        Signature verifier = Signature.getInstance("SHA256withRSA");
        verifier.initVerify(sandbox.keys().umfPublicKey());
        verifier.update(body);
        return verifier.verify(Base64.getDecoder().decode(signature));
    }

    @Test
    void paymentNotificationIsPostedSignedToTheNotifyUrl() throws Exception {
        String notifyUrl = "http://127.0.0.1:" + merchant.getAddress().getPort() + "/notify";
        String body = Payloads.payment(Payloads.merReferenceId(), "WECHAT_SCAN", "SERVER_TO_SERVER", "B2C", "")
                .replace("http://127.0.0.1:1/notify", notifyUrl);
        String id = client.post("/payments/payment", body).payment().path("id").asText();
        sandbox.completePayment(id);

        NotificationDelivery delivery = sandbox.sendPaymentNotification(id);

        assertThat(delivery.status()).isEqualTo(200);
        assertThat(bodies).hasSize(1);
        assertThat(signedByUmf(bodies.get(0), signatures.get(0))).isTrue();
        JsonNode notification = UmfTestClient.MAPPER.readTree(bodies.get(0));
        assertThat(notification.path("meta").path("ret_msg").get(0).asText()).isEqualTo("SUCCESS");
        assertThat(notification.path("payment").path("id").asText()).isEqualTo(id);
        assertThat(notification.path("payment").path("state").asText()).isEqualTo("TRADE_SUCCESS");
        assertThat(notification.path("payment").path("order").path("amount").path("total_cny").asText())
                .isEqualTo("0.02");
    }

    @Test
    void refundNotificationCarriesTheRefundState() throws Exception {
        String paid = Flows.paidCardPayment(sandbox.sandbox(), client);
        String notifyUrl = "http://localhost:" + merchant.getAddress().getPort() + "/notify";
        String refundId = client.post("/payments/payment/" + paid + "/asynchronous_refund",
                Payloads.refund(Payloads.merReferenceId(), "0.01", "CNY").replace("http://127.0.0.1:1/refund-notify",
                        notifyUrl)).json().path("refund").path("id").asText();
        sandbox.completeRefund(refundId);

        sandbox.sendRefundNotification(refundId);

        JsonNode notification = UmfTestClient.MAPPER.readTree(bodies.get(0));
        assertThat(notification.path("refund").path("id").asText()).isEqualTo(refundId);
        assertThat(notification.path("refund").path("state").asText()).isEqualTo("REFUND_SUCCESS");
        assertThat(signedByUmf(bodies.get(0), signatures.get(0))).isTrue();
    }

    @Test
    void notificationsAreNeverSentOffTheMachine() {
        String body = Payloads.payment(Payloads.merReferenceId(), "WECHAT_SCAN", "SERVER_TO_SERVER", "B2C", "")
                .replace("http://127.0.0.1:1/notify", "http://192.0.2.1/notify");
        String id = client.post("/payments/payment", body).payment().path("id").asText();

        assertThatThrownBy(() -> sandbox.sendPaymentNotification(id)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("loopback");
    }
}
