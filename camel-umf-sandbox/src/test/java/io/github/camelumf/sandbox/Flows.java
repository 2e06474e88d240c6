package io.github.camelumf.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

/** Multi-step flows the tests share. */
final class Flows {

    static final String CARD = "6222021234567890123";

    private Flows() {
    }

    /** Creates a DEBIT_CARD payment of CNY 0.02; returns its id. */
    static String createCardPayment(UmfTestClient client) {
        UmfTestClient.Response created = client.post("/payments/payment",
                Payloads.cardPayment(Payloads.merReferenceId(), "DEBIT_CARD"));
        assertThat(created.retCode()).as(created.toString()).isEqualTo("0000");
        return created.payment().path("id").asText();
    }

    /** Creates a CNY 0.02 payment notifying {@code notifyUrl} (null: no notify_url); returns its id. */
    static String createPayment(UmfTestClient client, String paymentMethod, String notifyUrl) {
        String body = Payloads.payment(Payloads.merReferenceId(), paymentMethod, "SERVER_TO_SERVER", "B2C", "");
        body = notifyUrl == null ? body.replace("\"notify_url\":\"http://127.0.0.1:1/notify\",", "")
                : body.replace("http://127.0.0.1:1/notify", notifyUrl);
        UmfTestClient.Response created = client.post("/payments/payment", body);
        assertThat(created.retCode()).as(created.toString()).isEqualTo("0000");
        return created.payment().path("id").asText();
    }

    /** A card payment taken through verify and execute: TRADE_SUCCESS, CNY 0.02. */
    static String paidCardPayment(UmfSandbox sandbox, UmfTestClient client) {
        return execute(sandbox, client, createCardPayment(client));
    }

    /** A DEBIT_CARD payment notifying {@code notifyUrl}, verified and executed: TRADE_SUCCESS, CNY 0.02. */
    static String paidCardPayment(UmfSandbox sandbox, UmfTestClient client, String notifyUrl) {
        return execute(sandbox, client, createPayment(client, "DEBIT_CARD", notifyUrl));
    }

    /** An asynchronous refund of CNY 0.01 notifying {@code notifyUrl}; returns its id (REFUND_PROCESS). */
    static String asyncRefund(UmfTestClient client, String paymentId, String notifyUrl) {
        UmfTestClient.Response refund = client.post("/payments/payment/" + paymentId + "/asynchronous_refund",
                Payloads.refund(Payloads.merReferenceId(), "0.01", "CNY")
                        .replace("http://127.0.0.1:1/refund-notify", notifyUrl));
        assertThat(refund.retCode()).as(refund.toString()).isEqualTo("0000");
        return refund.json().path("refund").path("id").asText();
    }

    /** The payment's first sub-order reference. */
    static String subReference(UmfSandbox sandbox, String paymentId) {
        return sandbox.payment(paymentId).path("order").path("sub_orders").path(0).path("mer_sub_reference_id").asText();
    }

    /** Applies a customs declaration for a paid payment's sub-order, notifying {@code notifyUrl}; returns its id. */
    static String declareCustoms(UmfSandbox sandbox, UmfTestClient client, String paymentId, String notifyUrl) {
        UmfTestClient.Response applied = client.post("/payments/payment/" + paymentId + "/apply_to_customs",
                Payloads.customs(subReference(sandbox, paymentId), null, notifyUrl));
        assertThat(applied.retCode()).as(applied.toString()).isEqualTo("0000");
        return applied.json().path("customs_declarations").path(0).path("id").asText();
    }

    private static String execute(UmfSandbox sandbox, UmfTestClient client, String id) {
        UmfTestClient.Response verified = client.post("/payments/payment/" + id + "/verify",
                Payloads.verify(client, "DEBIT_CARD", CARD));
        assertThat(verified.retCode()).as(verified.toString()).isEqualTo("0000");
        UmfTestClient.Response executed = client.post("/payments/payment/" + id + "/execute",
                Payloads.execute(client, "DEBIT_CARD", CARD, sandbox.smsCode(id)));
        assertThat(executed.retCode()).as(executed.toString()).isEqualTo("0000");
        return id;
    }
}
