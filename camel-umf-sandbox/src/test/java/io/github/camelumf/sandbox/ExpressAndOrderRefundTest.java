package io.github.camelumf.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** Tracking numbers (3.58), refunds by order reference (3.47) and their query (3.48). */
class ExpressAndOrderRefundTest {

    @RegisterExtension
    static UmfSandboxExtension sandbox = UmfSandboxExtension.create();

    private UmfTestClient client;

    @BeforeEach
    void setUp() {
        client = new UmfTestClient(sandbox.sandbox());
        client.authenticate();
    }

    @Test
    void trackingNumberOfAPaidGoodsPaymentIsStoredAndReplacedByALaterUpdate() {
        String id = Flows.paidCardPayment(sandbox.sandbox(), client);
        String sub = subOrder(id);

        UmfTestClient.Response first = client.post(express(id), tracking(sub, "STO 3716523085241"));
        client.post(express(id), tracking(sub, "SF 1234567890"));

        assertThat(first.retCode()).as(first.toString()).isEqualTo("0000");
        assertThat(first.payment().path("id").asText()).isEqualTo(id);
        JsonNode echoed = first.payment().path("order").path("sub_orders").get(0);
        assertThat(echoed.path("mer_sub_reference_id").asText()).isEqualTo(sub);
        assertThat(echoed.path("tracking_number").asText()).isEqualTo("STO 3716523085241");
        assertThat(first.link("parent_payment")).endsWith("/payments/payment/" + id);
        assertThat(sandbox.sandbox().trackingNumbers(id)).containsExactly(java.util.Map.entry(sub, "SF 1234567890"));
    }

    @Test
    void trackingNumberIsRefusedForAnUnpaidPaymentAnUnknownSubOrderAndAfterSevenDays() {
        String unpaid = Flows.createCardPayment(client);
        assertThat(client.post(express(unpaid), tracking(subOrder(unpaid), "STO 1")).retCode()).isEqualTo("00230006");

        String paid = Flows.paidCardPayment(sandbox.sandbox(), client);
        assertThat(client.post(express(paid), tracking("NOSUCHSUB", "STO 1")).retCode()).isEqualTo("00282015");
        assertThat(client.post(express(paid), tracking(subOrder(paid), "x".repeat(65))).retCode())
                .isEqualTo("00280702");
        assertThat(client.post(express("PAY_UNKNOWN"), tracking("SUB1", "STO 1")).retCode()).isEqualTo("00060760");

        sandbox.advanceClock(Duration.ofDays(8));
        client.authenticate();
        assertThat(client.post(express(paid), tracking(subOrder(paid), "STO 1")).retCode()).isEqualTo("00230006");
        assertThat(sandbox.sandbox().trackingNumbers(paid)).isEmpty();
    }

    @Test
    void trackingNumberIsOnlyForGoodsTradeSubOrders() {
        String body = Payloads.payment(Payloads.merReferenceId(), "DEBIT_CARD", "SERVER_TO_SERVER", "B2C", "")
                .replace("\"trans_code\":\"01122030\"", "\"trans_code\":\"03223010\"");
        UmfTestClient.Response created = client.post("/payments/payment", body);
        assertThat(created.retCode()).as(created.toString()).isEqualTo("0000");
        String id = created.payment().path("id").asText();
        client.post("/payments/payment/" + id + "/verify", Payloads.verify(client, "DEBIT_CARD", "6217001234567890"));
        client.post("/payments/payment/" + id + "/execute", Payloads.execute(client, "DEBIT_CARD", "6217001234567890",
                sandbox.sandbox().smsCode(id)));
        assertThat(sandbox.sandbox().payment(id).path("state").asText()).isEqualTo("TRADE_SUCCESS");

        assertThat(client.post(express(id), tracking(subOrder(id), "STO 1")).retCode()).isEqualTo("00060700");
    }

    @Test
    void refundByOrderReferenceIsAsynchronousAndQueriedByTheMerchantRefundId() {
        String id = Flows.paidCardPayment(sandbox.sandbox(), client);
        JsonNode order = sandbox.sandbox().payment(id).path("order");
        String merRefundId = Payloads.merReferenceId();

        UmfTestClient.Response created = client.post("/payments/payment/asy_refund",
                byOrder(order.path("mer_reference_id").asText(), order.path("mer_date").asText(), merRefundId, "0.01"));

        assertThat(created.retCode()).as(created.toString()).isEqualTo("0000");
        JsonNode refund = created.json().path("asy_refund");
        assertThat(refund.path("mer_refund_id").asText()).isEqualTo(merRefundId);
        assertThat(refund.path("refund_info").path("mer_reference_id").asText())
                .isEqualTo(order.path("mer_reference_id").asText());
        assertThat(refund.has("state")).as("3.47 answers no state").isFalse();
        assertThat(query(merRefundId).path("state").asText()).isEqualTo("REFUND_PROCESS");

        JsonNode refunds = sandbox.sandbox().payment(id).path("refund").path("refund_infos");
        assertThat(refunds).hasSize(1);
        sandbox.sandbox().completeRefund(refunds.get(0).path("id").asText());
        assertThat(query(merRefundId).path("state").asText()).isEqualTo("REFUND_SUCCESS");
    }

    @Test
    void refundByOrderFollowsTheRulesOfAnAsynchronousRefund() {
        String id = Flows.paidCardPayment(sandbox.sandbox(), client);
        JsonNode order = sandbox.sandbox().payment(id).path("order");
        String ref = order.path("mer_reference_id").asText();
        String date = order.path("mer_date").asText();

        assertThat(client.post("/payments/payment/asy_refund", byOrder(ref, date, Payloads.merReferenceId(), "0.03"))
                .retCode()).as("more than the payment").isEqualTo("00060774");
        assertThat(client.post("/payments/payment/asy_refund", byOrder("NOSUCHORDER1", date, Payloads.merReferenceId(),
                "0.01")).retCode()).isEqualTo("00060760");
        assertThat(client.post("/payments/payment/asy_refund", byOrder(ref, "20200101", Payloads.merReferenceId(),
                "0.01")).retCode()).as("another date").isEqualTo("00060760");
        String merRefundId = Payloads.merReferenceId();
        assertThat(client.post("/payments/payment/asy_refund", byOrder(ref, date, merRefundId, "0.01")).retCode())
                .isEqualTo("0000");
        assertThat(client.post("/payments/payment/asy_refund", byOrder(ref, date, merRefundId, "0.01")).retCode())
                .as("same mer_refund_id").isEqualTo("00200096");
        assertThat(client.post("/payments/payment/asy_refund", byOrder(ref, date, "x", "0.01")).retCode())
                .isEqualTo("00280702");
        assertThat(client.post("/payments/refund/refund_query", "{\"mer_refund_id\":\"NOSUCHREFUND\"}").retCode())
                .isEqualTo("00060778");
    }

    @Test
    void literalPathsAreNotTakenForAPaymentOrRefundId() {
        UmfTestClient.Response unknown = client.post("/payments/refund/refund_query",
                "{\"mer_refund_id\":\"NOSUCHREFUND\"}");
        assertThat(unknown.retCode()).as("served by refund_query, not refused as GET /payments/refund/{id}")
                .isEqualTo("00060778");
        assertThat(unknown.status()).isNotEqualTo(405);
        assertThat(client.get("/payments/payment/asy_refund").status()).isEqualTo(405);
        assertThat(client.get("/payments/refund/refund_query").status()).isEqualTo(405);
        assertThat(client.get("/payments/payment/self_account_balance").retCode()).isEqualTo("0000");
    }

    private JsonNode query(String merRefundId) {
        UmfTestClient.Response answer = client.post("/payments/refund/refund_query",
                "{\"mer_refund_id\":\"" + merRefundId + "\"}");
        assertThat(answer.retCode()).as(answer.toString()).isEqualTo("0000");
        return answer.json().path("asy_refund");
    }

    private String subOrder(String paymentId) {
        return sandbox.sandbox().payment(paymentId).path("order").path("sub_orders").get(0)
                .path("mer_sub_reference_id").asText();
    }

    private static String express(String paymentId) {
        return "/payments/payment/" + paymentId + "/update_express_info";
    }

    private static String tracking(String subOrder, String number) {
        return """
                {"order":{"sub_orders":[{"mer_sub_reference_id":"%s","tracking_number":"%s"}]}}
                """.formatted(subOrder, number);
    }

    private static String byOrder(String orderReference, String merDate, String merRefundId, String total) {
        return """
                {"refund_info":{"mer_reference_id":"%s","mer_date":"%s","amount":{"total":"%s","currency":"CNY"}},
                 "notify_url":"http://127.0.0.1:1/refund-notify","mer_refund_id":"%s"}
                """.formatted(orderReference, merDate, total, merRefundId);
    }
}
