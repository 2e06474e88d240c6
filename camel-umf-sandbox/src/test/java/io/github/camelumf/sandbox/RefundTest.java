package io.github.camelumf.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RefundTest {

    @RegisterExtension
    static UmfSandboxExtension sandbox = UmfSandboxExtension.create(b -> b.asyncRefundAutoComplete(Duration.ofHours(1)));

    private UmfTestClient client;
    private String paymentId;

    @BeforeEach
    void setUp() {
        client = new UmfTestClient(sandbox.sandbox());
        client.authenticate();
        paymentId = Flows.paidCardPayment(sandbox.sandbox(), client);
    }

    private UmfTestClient.Response refund(String kind, String total, String currency) {
        return client.post("/payments/payment/" + paymentId + "/" + kind,
                Payloads.refund(Payloads.merReferenceId(), total, currency));
    }

    @Test
    void synchronousRefundIsInProcessByDefaultAsTheReferenceShows() {
        UmfTestClient.Response response = refund("refund", "0.01", "CNY");

        JsonNode refund = response.json().path("refund");
        assertThat(response.retCode()).isEqualTo("0000");
        assertThat(refund.path("id").asText()).matches("REFUND_[A-Z2-7]+");
        assertThat(refund.path("state").asText()).isEqualTo("REFUND_PROCESS");
        assertThat(refund.has("notify_url")).isFalse();
        assertThat(refund.path("refund_info").path("amount").path("total").asText()).isEqualTo("0.01");
        assertThat(response.link("self")).endsWith("/payments/refund/" + refund.path("id").asText());
        assertThat(response.link("parent_payment")).isNull();

        sandbox.completeRefund(refund.path("id").asText());

        UmfTestClient.Response queried = client.get("/payments/refund/" + refund.path("id").asText());
        assertThat(queried.json().path("refund").path("state").asText()).isEqualTo("REFUND_SUCCESS");
        assertThat(queried.json().has("links")).isFalse();
    }

    @Test
    void synchronousRefundSucceedsAtOnceWhenTheBehaviourSaysSo() {
        sandbox.behaviour().synchronousRefunds(SandboxBehaviour.SynchronousRefunds.SUCCESS);

        JsonNode refund = refund("refund", "0.01", "CNY").json().path("refund");

        assertThat(refund.path("state").asText()).isEqualTo("REFUND_SUCCESS");
        assertThat(client.get("/payments/refund/" + refund.path("id").asText()).json().path("refund").path("state")
                .asText()).isEqualTo("REFUND_SUCCESS");
    }

    @Test
    void asynchronousRefundIsProcessedUntilCompleted() {
        UmfTestClient.Response response = refund("asynchronous_refund", "0.02", "CNY");
        String refundId = response.json().path("refund").path("id").asText();
        assertThat(response.json().path("refund").has("state")).as("3.11 answers no state").isFalse();
        assertThat(response.link("parent_payment")).endsWith("/payments/payment/" + paymentId);
        assertThat(client.get("/payments/refund/" + refundId).json().path("refund").path("state").asText())
                .isEqualTo("REFUND_PROCESS");

        sandbox.completeRefund(refundId);

        assertThat(client.get("/payments/refund/" + refundId).json().path("refund").path("state").asText())
                .isEqualTo("REFUND_SUCCESS");
        assertThatThrownBy(() -> sandbox.completeRefund(refundId)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void asynchronousRefundCompletesByItselfAfterTheConfiguredDelay() {
        String refundId = refund("asynchronous_refund", "0.01", "CNY").json().path("refund").path("id").asText();

        sandbox.advanceClock(Duration.ofMinutes(61));

        assertThat(client.get("/payments/refund/" + refundId).json().path("refund").path("state").asText())
                .isEqualTo("REFUND_SUCCESS");
    }

    @Test
    void refundsAboveThePaymentTotalAreRefusedWith00060774() {
        assertThat(refund("asynchronous_refund", "0.01", "CNY").retCode()).isEqualTo("0000");
        assertThat(refund("refund", "0.01", "CNY").retCode()).isEqualTo("0000");

        UmfTestClient.Response over = refund("refund", "0.01", "CNY");

        assertThat(over.retCode()).isEqualTo("00060774");
    }

    @Test
    void failedAsyncRefundNoLongerCountsAgainstThePayment() {
        String refundId = refund("asynchronous_refund", "0.02", "CNY").json().path("refund").path("id").asText();
        assertThat(refund("refund", "0.01", "CNY").retCode()).isEqualTo("00060774");

        sandbox.failRefund(refundId);

        assertThat(refund("refund", "0.02", "CNY").retCode()).isEqualTo("0000");
    }

    @Test
    void refundInAnotherCurrencyIsRefusedWith00202011() {
        assertThat(refund("refund", "0.01", "USD").retCode()).isEqualTo("00202011");
    }

    @Test
    void duplicateRefundMerReferenceIdIsRefusedWith00200096() {
        String body = Payloads.refund(Payloads.merReferenceId(), "0.01", "CNY");
        assertThat(client.post("/payments/payment/" + paymentId + "/refund", body).retCode()).isEqualTo("0000");

        assertThat(client.post("/payments/payment/" + paymentId + "/refund", body).retCode()).isEqualTo("00200096");
    }

    @Test
    void refundOfAnUnpaidPaymentIsRefusedWith00060766() {
        String unpaid = Flows.createCardPayment(client);

        UmfTestClient.Response response = client.post("/payments/payment/" + unpaid + "/refund",
                Payloads.refund(Payloads.merReferenceId(), "0.01", "CNY"));

        assertThat(response.retCode()).isEqualTo("00060766");
    }

    @Test
    void refundOfAnUnknownSubOrderIsRefusedWith00282015() {
        String body = """
                {"refund_info":{"mer_reference_id":"%s","amount":{"total":"0.01","currency":"CNY"},
                  "sub_orders":[{"mer_sub_reference_id":"NOPE1234","trans_code":"01122030",
                  "amount":{"total":0.01,"currency":"CNY"}}]}}
                """.formatted(Payloads.merReferenceId());

        assertThat(client.post("/payments/payment/" + paymentId + "/refund", body).retCode()).isEqualTo("00282015");
    }

    @Test
    void paymentWithRefundsListsEveryRefund() {
        sandbox.behaviour().synchronousRefunds(SandboxBehaviour.SynchronousRefunds.SUCCESS);
        refund("refund", "0.01", "CNY");
        refund("asynchronous_refund", "0.01", "CNY");

        UmfTestClient.Response response = client.get("/payments/payment/" + paymentId + "/self_payment_refund");

        assertThat(response.retCode()).isEqualTo("0000");
        assertThat(response.payment().path("state").asText()).isEqualTo("TRADE_SUCCESS");
        JsonNode infos = response.json().path("refund").path("refund_infos");
        assertThat(infos).hasSize(2);
        assertThat(infos.get(0).path("refund_state").asText()).isEqualTo("REFUND_SUCCESS");
        assertThat(infos.get(1).path("refund_state").asText()).isEqualTo("REFUND_PROCESS");
        assertThat(infos.get(1).path("amount").path("total").asText()).isEqualTo("0.01");
        assertThat(infos.get(1).path("refund_time").asText()).endsWith("+0800");
        assertThat(infos.get(1).path("mer_reference_id").asText()).isNotEmpty();
    }

    @Test
    void unknownRefundAnswers00060778() {
        assertThat(client.get("/payments/refund/REFUND_UNKNOWN").retCode()).isEqualTo("00060778");
    }
}
