package io.github.camelumf.sandbox;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FaultsTest {

    @RegisterExtension
    static UmfSandboxExtension sandbox = UmfSandboxExtension.create();

    private UmfTestClient client;

    @BeforeEach
    void setUp() {
        client = new UmfTestClient(sandbox.sandbox());
        client.authenticate();
    }

    @Test
    void httpStatusFaultAnswersTheStatusForTheNextCallsOnly() {
        String id = Flows.createCardPayment(client);
        sandbox.faults().nextCalls(2).respondHttpStatus(503);

        UmfTestClient.Response first = client.get("/payments/payment/" + id);
        UmfTestClient.Response second = client.get("/payments/payment/" + id);
        UmfTestClient.Response third = client.get("/payments/payment/" + id);

        assertThat(first.status()).isEqualTo(503);
        assertThat(first.retCode()).isEqualTo("00060999");
        assertThat(first.metaSign()).as("an error answer carries no result, so no meta.sign").isNull();
        assertThat(first.signatureHeader()).as("no Signature response header, as at UMF").isNull();
        assertThat(second.status()).isEqualTo(503);
        assertThat(third.status()).isEqualTo(200);
        assertThat(third.retCode()).isEqualTo("0000");
        assertThat(sandbox.faults().pending()).isZero();
        assertThat(sandbox.requests()).filteredOn(r -> r.fault() != null).hasSize(2);
    }

    @Test
    void retCodeFaultAnswersWithHttp200ByDefaultAndDoesNotProcessTheCall() {
        String merReferenceId = Payloads.merReferenceId();
        sandbox.faults().nextCalls(1).respondRetCode("00280703");

        UmfTestClient.Response faulted = client.post("/payments/payment",
                Payloads.cardPayment(merReferenceId, "DEBIT_CARD"));
        UmfTestClient.Response repeated = client.post("/payments/payment",
                Payloads.cardPayment(merReferenceId, "DEBIT_CARD"));

        assertThat(faulted.status()).isEqualTo(200);
        assertThat(faulted.retCode()).isEqualTo("00280703");
        assertThat(repeated.retCode()).isEqualTo("0000");
    }

    @Test
    void retCodeFaultCanUseAnotherHttpStatus() {
        sandbox.faults().nextCalls(1).respondRetCode("00280703", 401);

        UmfTestClient.Response response = client.get("/payments/refund/REFUND_X");

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.retCode()).isEqualTo("00280703");
    }

    @Test
    void delayFaultAnswersNormallyAfterTheDelay() {
        sandbox.faults().nextCalls(1).delay(Duration.ofMillis(400));

        long start = System.nanoTime();
        UmfTestClient.Response response = client.get("/payments/refund/REFUND_X");
        long elapsedMillis = (System.nanoTime() - start) / 1_000_000;

        assertThat(elapsedMillis).isGreaterThanOrEqualTo(400);
        assertThat(response.retCode()).isEqualTo("00060778");
    }

    @Test
    void droppedConnectionWithoutProcessingLeavesNoPayment() {
        String merReferenceId = Payloads.merReferenceId();
        sandbox.faults().nextCalls(1).dropConnectionAfterRequest();

        assertThatThrownBy(() -> client.post("/payments/payment", Payloads.cardPayment(merReferenceId, "DEBIT_CARD")))
                .isInstanceOf(UmfTestClient.UncheckedConnectionException.class);

        RecordedRequest dropped = sandbox.requests().get(sandbox.requests().size() - 1);
        assertThat(dropped.connectionDropped()).isTrue();
        assertThat(dropped.bodyAsString()).contains(merReferenceId);
        assertThat(client.post("/payments/payment", Payloads.cardPayment(merReferenceId, "DEBIT_CARD")).retCode())
                .isEqualTo("0000");
    }

    @Test
    void droppedConnectionAfterProcessingLeavesThePaymentCreated() {
        String merReferenceId = Payloads.merReferenceId();
        sandbox.faults().nextCalls(1).dropConnectionAfterRequest(true);

        assertThatThrownBy(() -> client.post("/payments/payment", Payloads.cardPayment(merReferenceId, "DEBIT_CARD")))
                .isInstanceOf(UmfTestClient.UncheckedConnectionException.class);

        assertThat(client.post("/payments/payment", Payloads.cardPayment(merReferenceId, "DEBIT_CARD")).retCode())
                .isEqualTo("00202022");
    }

    @Test
    void faultsCanBeRestrictedToAPathAndAMethod() {
        String id = Flows.createCardPayment(client);
        sandbox.faults().nextCalls(1).onMethod("POST").onPath("/payments/payment/.+/verify").respondHttpStatus(502);

        assertThat(client.get("/payments/payment/" + id).status()).isEqualTo(200);
        assertThat(client.post("/payments/payment", Payloads.cardPayment(Payloads.merReferenceId(), "DEBIT_CARD"))
                .status()).isEqualTo(200);
        assertThat(client.post("/payments/payment/" + id + "/verify",
                Payloads.verify(client, "DEBIT_CARD", Flows.CARD)).status()).isEqualTo(502);
    }

    @Test
    void tokenCallsAreExcludedUnlessAsked() {
        sandbox.faults().nextCalls(1).respondHttpStatus(500);
        assertThat(client.requestToken(sandbox.clientId(), sandbox.clientSecret()).status()).isEqualTo(200);
        sandbox.faults().clear();

        sandbox.faults().nextCalls(1).includingTokenCalls().respondHttpStatus(500);

        assertThat(client.requestToken(sandbox.clientId(), sandbox.clientSecret()).status()).isEqualTo(500);
    }

    @Test
    void extensionClearsFaultsAndRequestsBeforeEachTest() {
        assertThat(sandbox.faults().pending()).isZero();
        assertThat(sandbox.requests()).hasSize(1).allSatisfy(r -> assertThat(r.isTokenCall()).isTrue());
        sandbox.faults().allCalls().respondHttpStatus(503);
    }
}
