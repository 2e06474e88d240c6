package io.github.camelumf.sandbox;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Where UMF answers in more than one way: refusal statuses (section 1.4 or always 200), SMS throttling (3.6
 * {@code 00080706}, {@code 00080707}), unknown card BINs ({@code 00060875}), length rules, and the controls that
 * switch them; plus the token call's Content-Type and the echo of what the merchant sent.
 */
class SandboxBehaviourTest {

    @RegisterExtension
    static UmfSandboxExtension sandbox = UmfSandboxExtension.create();

    private UmfTestClient client;

    @BeforeEach
    void setUp() {
        client = new UmfTestClient(sandbox.sandbox());
        client.authenticate();
    }

    @Test
    void refusalsAnswerTheStatusOfTheirCodeClassByDefault() {
        String paymentId = Flows.createCardPayment(client);

        assertStatus(client.post("/payments/payment", "{\"payer\":{}}"), "00060700", 400);
        assertStatus(client.get("/payments/payment/PAY_NONE"), "00060760", 404);
        assertStatus(client.get("/payments/refund/REFUND_NONE"), "00060778", 404);
        assertStatus(client.post("/payments/payment/" + paymentId + "/refund",
                Payloads.refund(Payloads.merReferenceId(), "0.01", "CNY")), "00060766", 402);
        assertStatus(client.postRaw("/payments/payment", "{}".getBytes(), "bm90IGEgc2lnbmF0dXJl"), "00060710", 400);
        client.useToken("0".repeat(64));
        assertStatus(client.get("/payments/payment/PAY_NONE"), "00280703", 401);
    }

    @Test
    void everyRefusalIsHttp200WhenTheBehaviourSaysSo() {
        sandbox.behaviour().refusalStatus(SandboxBehaviour.RefusalStatus.ALWAYS_200);
        String paymentId = Flows.createCardPayment(client);

        assertStatus(client.post("/payments/payment", "{\"payer\":{}}"), "00060700", 200);
        assertStatus(client.get("/payments/payment/PAY_NONE"), "00060760", 200);
        assertStatus(client.post("/payments/payment/" + paymentId + "/refund",
                Payloads.refund(Payloads.merReferenceId(), "0.01", "CNY")), "00060766", 200);
        assertStatus(client.requestToken(sandbox.clientId(), "wrong"), "00284001", 200);
        client.useToken("0".repeat(64));
        assertStatus(client.get("/payments/payment/PAY_NONE"), "00280703", 200);
        assertThat(client.get("/no/such/path").status()).as("HTTP-level answers keep their status").isEqualTo(404);
    }

    @Test
    void resetRestoresTheBuilderBehaviour() {
        sandbox.behaviour().refusalStatus(SandboxBehaviour.RefusalStatus.ALWAYS_200).lenientLengths(true);

        sandbox.sandbox().reset();

        assertThat(sandbox.behaviour().refusalStatus()).isEqualTo(SandboxBehaviour.RefusalStatus.REFERENCE);
        assertThat(sandbox.behaviour().lenientLengths()).isFalse();
    }

    @Test
    void behaviourIsChangedThroughTheControlApi() {
        UmfTestClient.Response changed = control("POST",
                "/behaviour?refusal-status=ALWAYS_200&synchronous-refunds=SUCCESS&sms-codes-per-minute=3");

        assertThat(changed.status()).isEqualTo(200);
        assertThat(changed.json().path("refusal-status").asText()).isEqualTo("ALWAYS_200");
        assertThat(sandbox.behaviour().synchronousRefunds()).isEqualTo(SandboxBehaviour.SynchronousRefunds.SUCCESS);
        assertThat(sandbox.behaviour().smsCodesPerMinute()).isEqualTo(3);
        assertThat(client.get("/payments/payment/PAY_NONE").status()).isEqualTo(200);
        assertThat(control("POST", "/behaviour?refusal-status=SOMETIMES").status()).isEqualTo(404);
        assertThat(control("POST", "/behaviour?no-such-thing=1").status()).isEqualTo(404);
        assertThat(sandbox.behaviour().refusalStatus()).isEqualTo(SandboxBehaviour.RefusalStatus.ALWAYS_200);
    }

    @Test
    void secondSmsCodeWithinAMinuteIsRefusedWith00080706AndHttp429() {
        String id = Flows.createCardPayment(client);
        assertThat(verify(id).retCode()).isEqualTo("0000");
        String first = sandbox.smsCode(id);

        UmfTestClient.Response again = verify(id);

        assertStatus(again, "00080706", 429);
        assertThat(sandbox.smsCode(id)).as("the first code stays valid").isEqualTo(first);
        sandbox.advanceClock(Duration.ofSeconds(61));
        assertThat(verify(id).retCode()).isEqualTo("0000");
    }

    @Test
    void smsCodesAboveThePerOrderMaximumAreRefusedWith00080707() {
        sandbox.behaviour().smsCodesPerMinute(0).smsCodesPerOrder(3);
        String id = Flows.createCardPayment(client);
        for (int i = 0; i < 3; i++) {
            assertThat(verify(id).retCode()).isEqualTo("0000");
        }

        assertStatus(verify(id), "00080707", 402);
        sandbox.advanceClock(Duration.ofMinutes(2));
        assertThat(verify(id).retCode()).as("the order's maximum does not pass with time").isEqualTo("00080707");
    }

    @Test
    void smsThrottlingCanBeSwitchedOff() {
        sandbox.behaviour().smsCodesPerMinute(0).smsCodesPerOrder(0);
        String id = Flows.createCardPayment(client);

        for (int i = 0; i < 7; i++) {
            assertThat(verify(id).retCode()).isEqualTo("0000");
        }
    }

    @Test
    void cardWithAnUnknownBinIsRefusedWith00060875UnlessAccepted() {
        String id = Flows.createCardPayment(client);
        String unknown = Payloads.verify(client, "DEBIT_CARD", "9999991234567890");

        assertStatus(client.post("/payments/payment/" + id + "/verify", unknown), "00060875", 402);

        sandbox.behaviour().acceptUnknownCardBins(true);
        assertThat(client.post("/payments/payment/" + id + "/verify", unknown).retCode()).isEqualTo("0000");
    }

    @ParameterizedTest(name = "Content-Type {0}")
    @CsvSource({"text/plain", "application/x-www-form-urlencoded"})
    void tokenCallWithoutJsonContentTypeIsABadRequest(String contentType) {
        String body = "{\"client_id\":\"" + sandbox.clientId() + "\",\"client_secret\":\"" + sandbox.clientSecret()
                + "\",\"grant_type\":\"client_credentials\"}";

        UmfTestClient.Response response = client.send(HttpRequest.newBuilder(client.uri("/oauth/authorize"))
                .header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofString(body)).build());

        assertStatus(response, "00060700", 400);
    }

    @Test
    void tokenCallWithABodyThatIsNotJsonIsABadRequest() {
        UmfTestClient.Response response = client.send(HttpRequest.newBuilder(client.uri("/oauth/authorize"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("client_id=a&client_secret=b")).build());

        assertStatus(response, "00060700", 400);
    }

    @Test
    void subOrderReferencesOfTheReferenceSamplesPassOnlyWithLenientLengths() {
        String sample = ReferenceSamples.prepared("2.3-wechat-qr-request.json", client);

        UmfTestClient.Response strict = client.post("/payments/payment", sample);
        assertStatus(strict, "00280702", 400);
        assertThat(strict.retMsg()).contains("mer_sub_reference_id", "4 to 16");

        sandbox.behaviour().lenientLengths(true);
        assertThat(client.post("/payments/payment", sample).retCode()).isEqualTo("0000");
    }

    @Test
    void expireTimeIsEchoedAsMinutesForWalletAndB2bAndAsATimeForCardPayments() {
        UmfTestClient.Response card = client.post("/payments/payment",
                ReferenceSamples.prepared("3.5-create-request.json", client));
        UmfTestClient.Response b2b = client.post("/payments/payment",
                ReferenceSamples.prepared("4.3-b2b-request.json", client));
        UmfTestClient.Response web = client.post("/payments/payment",
                ReferenceSamples.prepared("2.5-wechat-web-request.json", client));

        assertThat(card.payment().path("order").path("expire_time").asText())
                .matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\+0800");
        assertThat(b2b.payment().path("order").path("expire_time").asText()).isEqualTo("360");
        assertThat(web.payment().path("order").path("expire_time").asText()).isEqualTo("1800");
        assertThat(web.payment().path("order").path("amount").path("total").asText()).as("echoed as sent")
                .isEqualTo("0.1");
        String webId = web.payment().path("id").asText();
        assertThat(client.get("/payments/payment/" + webId).payment().path("order").path("amount").path("total")
                .asText()).as("queried with two decimals").isEqualTo("0.10");
    }

    @Test
    void createRefusedByTheBankStillAnswersThePaymentWithoutLinks() {
        sandbox.faults().nextCalls(1).onMethod("POST").onPath("/payments/payment")
                .processThenRespondRetCode("00080557");

        UmfTestClient.Response refused = client.post("/payments/payment",
                Payloads.payment(Payloads.merReferenceId(), "WECHAT_IN_APP", "SERVER_TO_SERVER", "B2C", ""));

        assertStatus(refused, "00080557", 402);
        assertThat(refused.payment().path("payer").path("payment_method").asText()).isEqualTo("WECHAT_IN_APP");
        assertThat(refused.json().has("links")).isFalse();
        assertThat(refused.metaSignedBy(sandbox.keys().umfPublicKey())).as("meta.sign over the payment").isTrue();
        assertThat(refused.signatureHeader()).as("no Signature response header, as at UMF").isNull();
    }

    private UmfTestClient.Response verify(String id) {
        return client.post("/payments/payment/" + id + "/verify", Payloads.verify(client, "DEBIT_CARD", Flows.CARD));
    }

    private UmfTestClient.Response control(String method, String path) {
        return client.send(HttpRequest.newBuilder(URI.create(sandbox.sandbox().controlUrl() + path))
                .method(method, HttpRequest.BodyPublishers.noBody()).build());
    }

    private static void assertStatus(UmfTestClient.Response response, String retCode, int status) {
        assertThat(response.retCode()).as(response.toString()).isEqualTo(retCode);
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
    }
}
