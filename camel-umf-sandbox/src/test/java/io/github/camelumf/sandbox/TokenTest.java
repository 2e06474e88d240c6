package io.github.camelumf.sandbox;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

class TokenTest {

    @RegisterExtension
    static UmfSandboxExtension sandbox = UmfSandboxExtension.create(b -> b.tokenExpiresIn(Duration.ofMinutes(30)));

    private UmfTestClient client;

    @BeforeEach
    void setUp() {
        client = new UmfTestClient(sandbox.sandbox());
    }

    @Test
    void tokenCallReturnsAccessTokenAndLifetimeInSeconds() {
        UmfTestClient.Response response = client.requestToken(sandbox.clientId(), sandbox.clientSecret());

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.retCode()).isEqualTo("0000");
        assertThat(response.json().path("access_token").asText()).matches("[0-9a-f]{64}");
        assertThat(response.json().path("expires_in").asLong()).isEqualTo(1800);
        assertThat(response.signatureHeader()).as("the reference shows no Signature response header").isNull();
        assertThat(response.metaSignedBy(sandbox.keys().umfPublicKey())).as(response.toString()).isTrue();
    }

    @Test
    void wrongClientSecretIsRefusedWithHttp401() {
        UmfTestClient.Response response = client.requestToken(sandbox.clientId(), "wrong-secret");

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.retCode()).isEqualTo("00284001");
        assertThat(response.json().has("access_token")).isFalse();
    }

    @Test
    void wrongGrantTypeIsRefusedWithHttp400() {
        String body = "{\"client_id\":\"" + sandbox.clientId() + "\",\"client_secret\":\"" + sandbox.clientSecret()
                + "\",\"grant_type\":\"password\"}";
        UmfTestClient.Response response = client.send(java.net.http.HttpRequest.newBuilder(
                client.uri("/oauth/authorize")).header("Content-Type", "application/json")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(body)).build());

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.retCode()).isEqualTo("00060700");
    }

    @Test
    void newTokenDisablesThePreviousOneImmediately() {
        String first = client.authenticate();
        assertThat(client.get("/payments/refund/REFUND_NONE").retCode()).isEqualTo("00060778");

        client.authenticate();
        client.useToken(first);
        UmfTestClient.Response response = client.get("/payments/refund/REFUND_NONE");

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.retCode()).isEqualTo("00280703");
    }

    @Test
    void disabledTokenAnswers00280703AndCountsIssuedTokens() {
        int before = sandbox.tokensIssued();
        client.authenticate();
        sandbox.disableCurrentToken();

        UmfTestClient.Response response = client.get("/payments/refund/REFUND_NONE");

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.retCode()).isEqualTo("00280703");
        assertThat(sandbox.tokensIssued()).isEqualTo(before + 1);
    }

    @Test
    void expiredTokenAnswers00280703() {
        client.authenticate();
        sandbox.advanceClock(Duration.ofMinutes(31));

        assertThat(client.get("/payments/refund/REFUND_NONE").retCode()).isEqualTo("00280703");
        client.authenticate();
        assertThat(client.get("/payments/refund/REFUND_NONE").retCode()).isEqualTo("00060778");
    }

    @Test
    void callWithoutTokenAnswers00280703() {
        UmfTestClient.Response response = client.send(java.net.http.HttpRequest.newBuilder(
                client.uri("/payments/refund/REFUND_NONE")).GET().build());

        assertThat(response.retCode()).isEqualTo("00280703");
    }
}
