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

    /** A card payment taken through verify and execute: TRADE_SUCCESS, CNY 0.02. */
    static String paidCardPayment(UmfSandbox sandbox, UmfTestClient client) {
        String id = createCardPayment(client);
        UmfTestClient.Response verified = client.post("/payments/payment/" + id + "/verify",
                Payloads.verify(client, "DEBIT_CARD", CARD));
        assertThat(verified.retCode()).as(verified.toString()).isEqualTo("0000");
        UmfTestClient.Response executed = client.post("/payments/payment/" + id + "/execute",
                Payloads.execute(client, "DEBIT_CARD", CARD, sandbox.smsCode(id)));
        assertThat(executed.retCode()).as(executed.toString()).isEqualTo("0000");
        return id;
    }
}
