package io.github.camelumf.sandbox;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.nio.charset.StandardCharsets;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;

import static org.assertj.core.api.Assertions.assertThat;

class SignatureTest {

    @RegisterExtension
    static UmfSandboxExtension sandbox = UmfSandboxExtension.create();

    private UmfTestClient client;

    @BeforeEach
    void setUp() {
        client = new UmfTestClient(sandbox.sandbox());
        client.authenticate();
    }

    @Test
    void unsignedPostIsRefusedWith00060710() {
        byte[] body = Payloads.cardPayment(Payloads.merReferenceId(), "DEBIT_CARD").getBytes(StandardCharsets.UTF_8);

        UmfTestClient.Response response = client.postRaw("/payments/payment", body, null);

        assertThat(response.retCode()).isEqualTo("00060710");
        assertThat(sandbox.requests()).last().satisfies(r -> assertThat(r.signatureVerified()).isFalse());
    }

    @Test
    void postSignedByAnotherKeyIsRefusedWith00060710() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        PrivateKey forger = generator.generateKeyPair().getPrivate();
        byte[] body = Payloads.cardPayment(Payloads.merReferenceId(), "DEBIT_CARD").getBytes(StandardCharsets.UTF_8);

        UmfTestClient.Response response = client.postRaw("/payments/payment", body, UmfTestClient.sign(forger, body));

        assertThat(response.retCode()).isEqualTo("00060710");
    }

    @Test
    void signatureOverDifferentBytesIsRefusedEvenIfTheJsonIsEquivalent() {
        String json = Payloads.cardPayment(Payloads.merReferenceId(), "DEBIT_CARD");
        byte[] signed = json.getBytes(StandardCharsets.UTF_8);
        byte[] sent = (json + " ").getBytes(StandardCharsets.UTF_8);

        UmfTestClient.Response response = client.postRaw("/payments/payment", sent,
                UmfTestClient.sign(sandbox.keys().merchantPrivateKey(), signed));

        assertThat(response.retCode()).isEqualTo("00060710");
    }

    @Test
    void correctlySignedPostIsAcceptedAndRecordedAsVerified() {
        UmfTestClient.Response response = client.post("/payments/payment",
                Payloads.cardPayment(Payloads.merReferenceId(), "DEBIT_CARD"));

        assertThat(response.retCode()).isEqualTo("0000");
        RecordedRequest recorded = sandbox.requests().get(sandbox.requests().size() - 1);
        assertThat(recorded.signatureVerified()).isTrue();
        assertThat(recorded.method()).isEqualTo("POST");
        assertThat(recorded.path()).isEqualTo("/cberest/v1/payments/payment");
        assertThat(recorded.apiPath()).isEqualTo("/payments/payment");
        assertThat(recorded.header("authorization")).startsWith("Bearer ");
        assertThat(recorded.retCode()).isEqualTo("0000");
        assertThat(recorded.toString()).doesNotContain("banana");
    }

    @Test
    void answersAreSignedOnlyByMetaSignOverTheirResultAsInSection16AndNeverByAResponseHeader() {
        UmfTestClient.Response ok = client.post("/payments/payment",
                Payloads.cardPayment(Payloads.merReferenceId(), "DEBIT_CARD"));
        UmfTestClient.Response fetched = client.get("/payments/payment/" + ok.payment().path("id").asText());
        UmfTestClient.Response refused = client.postRaw("/payments/payment", "{}".getBytes(StandardCharsets.UTF_8),
                null);
        UmfTestClient.Response notFound = client.get("/no/such/operation");

        for (UmfTestClient.Response answer : new UmfTestClient.Response[] {ok, fetched}) {
            assertThat(answer.metaSignedBy(sandbox.keys().umfPublicKey())).as(answer.toString()).isTrue();
            assertThat(answer.metaSignedBy(sandbox.keys().merchantPublicKey())).isFalse();
        }
        for (UmfTestClient.Response error : new UmfTestClient.Response[] {refused, notFound}) {
            assertThat(error.metaSign()).as("an error answer has no result to sign: %s", error).isNull();
        }
        for (UmfTestClient.Response response : new UmfTestClient.Response[] {ok, fetched, refused, notFound}) {
            assertThat(response.signatureHeader()).as("the reference shows no Signature response header: %s",
                    response).isNull();
            assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json;charset=UTF-8");
        }
    }

    @Test
    void aResultAlteredAfterSigningNoLongerVerifiesByItsMetaSign() {
        UmfTestClient.Response ok = client.post("/payments/payment",
                Payloads.cardPayment(Payloads.merReferenceId(), "DEBIT_CARD"));
        String body = new String(ok.body(), StandardCharsets.UTF_8);
        String total = "\"total\":\"" + ok.payment().path("order").path("amount").path("total").asText() + "\"";
        assertThat(body).contains(total);
        byte[] altered = body.replace(total, "\"total\":\"999999.00\"").getBytes(StandardCharsets.UTF_8);

        UmfTestClient.Response forged = new UmfTestClient.Response(ok.status(), altered, ok.headers());

        assertThat(ok.metaSignedBy(sandbox.keys().umfPublicKey())).isTrue();
        assertThat(forged.metaSignedBy(sandbox.keys().umfPublicKey())).isFalse();
    }

    @Test
    void getsNeedNoSignature() {
        String id = Flows.createCardPayment(client);

        UmfTestClient.Response response = client.get("/payments/payment/" + id);

        assertThat(response.retCode()).isEqualTo("0000");
        assertThat(response.payment().path("state").asText()).isEqualTo("WAIT_BUYER_PAY");
    }
}
