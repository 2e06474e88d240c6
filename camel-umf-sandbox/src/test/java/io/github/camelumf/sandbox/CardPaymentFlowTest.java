package io.github.camelumf.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

class CardPaymentFlowTest {

    @RegisterExtension
    static UmfSandboxExtension sandbox = UmfSandboxExtension.create();

    private UmfTestClient client;

    @BeforeEach
    void setUp() {
        client = new UmfTestClient(sandbox.sandbox());
        client.authenticate();
    }

    @Test
    void createdCardPaymentWaitsForTheBuyerWithVerifyLinks() {
        String merReferenceId = Payloads.merReferenceId();
        UmfTestClient.Response created = client.post("/payments/payment",
                Payloads.cardPayment(merReferenceId, "DEBIT_CARD"));

        JsonNode payment = created.payment();
        assertThat(created.retCode()).isEqualTo("0000");
        assertThat(payment.path("id").asText()).matches("PAY_[A-Z2-7]{40}");
        assertThat(payment.path("state").asText()).isEqualTo("WAIT_BUYER_PAY");
        assertThat(payment.path("payer").path("payer_info").path("bank_card").path("citizen_id_type").asText())
                .isEqualTo("IDENTITY_CARD");
        assertThat(payment.path("order").path("mer_reference_id").asText()).isEqualTo(merReferenceId);
        assertThat(payment.path("order").path("amount").path("total").asText()).isEqualTo("0.02");
        assertThat(payment.path("order").path("expire_time").asText())
                .matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\+0800");
        String self = sandbox.baseUrl() + "/payments/payment/" + payment.path("id").asText();
        assertThat(created.link("self")).isEqualTo(self);
        assertThat(created.link("sms_verify")).isEqualTo(self + "/verify");
        assertThat(created.link("self_payment_refund")).isEqualTo(self + "/self_payment_refund");
        assertThat(created.json().fieldNames()).toIterable().containsExactly("meta", "payment", "links");
    }

    @Test
    void verifyExecuteWithWrongThenRightCodePaysThePayment() {
        String id = Flows.createCardPayment(client);

        UmfTestClient.Response verified = client.post("/payments/payment/" + id + "/verify",
                Payloads.verify(client, "DEBIT_CARD", Flows.CARD));
        assertThat(verified.retCode()).isEqualTo("0000");
        assertThat(verified.link("confirm")).endsWith("/payments/payment/" + id + "/execute");
        String code = sandbox.smsCode(id);
        assertThat(code).matches("\\d{6}");
        assertThat(sandbox.requests()).last().satisfies(r -> assertThat(r.decryptedFields())
                .containsEntry("payer.payer_info.bank_card.number", Flows.CARD)
                .containsEntry("payer.payer_info.bank_card.payer_name", "张三"));

        String wrong = code.equals("000000") ? "111111" : "000000";
        UmfTestClient.Response refused = client.post("/payments/payment/" + id + "/execute",
                Payloads.execute(client, "DEBIT_CARD", Flows.CARD, wrong));
        assertThat(refused.retCode()).isEqualTo("00200083");

        UmfTestClient.Response executed = client.post("/payments/payment/" + id + "/execute",
                Payloads.execute(client, "DEBIT_CARD", Flows.CARD, code));
        JsonNode payment = executed.payment();
        assertThat(executed.retCode()).isEqualTo("0000");
        assertThat(payment.path("state").asText()).isEqualTo("TRADE_SUCCESS");
        assertThat(payment.path("settle_date").asText()).matches("\\d{8}");
        assertThat(payment.path("execute_success_time").asText()).endsWith("+0800");
        JsonNode agreement = payment.path("payer").path("payer_info").path("payer_agreement");
        assertThat(agreement.path("usr_busi_agreement_id").asText()).matches("UB\\d{30}");
        assertThat(agreement.path("usr_pay_agreement_id").asText()).matches("P\\d{31}");
        assertThat(executed.link("refund")).endsWith(id + "/refund");
        assertThat(executed.link("asynchronous_refund")).endsWith(id + "/asynchronous_refund");
        assertThat(executed.link("apply_to_customs")).endsWith(id + "/apply_to_customs");
        assertThat(executed.link("apply_to_ciq")).endsWith(id + "/apply_to_ciq");

        UmfTestClient.Response queried = client.get("/payments/payment/" + id);
        assertThat(queried.payment().path("state").asText()).isEqualTo("TRADE_SUCCESS");
        assertThat(queried.payment().path("order").path("amount").path("total_cny").asText()).isEqualTo("0.02");
        assertThat(queried.payment().path("payer").path("payer_info").has("bank_card")).isFalse();
        assertThat(sandbox.payment(id).path("state").asText()).isEqualTo("TRADE_SUCCESS");
    }

    @Test
    void executeBeforeVerifyIsRefusedWith00200005() {
        String id = Flows.createCardPayment(client);

        UmfTestClient.Response response = client.post("/payments/payment/" + id + "/execute",
                Payloads.execute(client, "DEBIT_CARD", Flows.CARD, "123456"));

        assertThat(response.retCode()).isEqualTo("00200005");
    }

    @Test
    void executingAPaidPaymentAgainIsRefusedWith00060780() {
        String id = Flows.paidCardPayment(sandbox.sandbox(), client);

        UmfTestClient.Response response = client.post("/payments/payment/" + id + "/execute",
                Payloads.execute(client, "DEBIT_CARD", Flows.CARD, "123456"));

        assertThat(response.retCode()).isEqualTo("00060780");
    }

    @Test
    void expiredOrderIsClosedAndRefusedWith00060762() {
        String body = Payloads.cardPayment(Payloads.merReferenceId(), "DEBIT_CARD")
                .replace("\"expire_time\":\"360\"", "\"expire_time\":\"1\"");
        String id = client.post("/payments/payment", body).payment().path("id").asText();
        sandbox.advanceClock(Duration.ofMinutes(2));

        UmfTestClient.Response response = client.post("/payments/payment/" + id + "/verify",
                Payloads.verify(client, "DEBIT_CARD", Flows.CARD));

        assertThat(response.retCode()).isEqualTo("00060762");
        assertThat(client.get("/payments/payment/" + id).payment().path("state").asText()).isEqualTo("TRADE_CLOSED");
    }

    @Test
    void expirePaymentClosesAWaitingPayment() {
        String id = Flows.createCardPayment(client);
        sandbox.expirePayment(id);

        assertThat(client.get("/payments/payment/" + id).payment().path("state").asText()).isEqualTo("TRADE_CLOSED");
        assertThat(client.post("/payments/payment/" + id + "/verify",
                Payloads.verify(client, "DEBIT_CARD", Flows.CARD)).retCode()).isEqualTo("00060762");
    }

    @Test
    void failedPaymentCannotBeExecuted() {
        String id = Flows.createCardPayment(client);
        client.post("/payments/payment/" + id + "/verify", Payloads.verify(client, "DEBIT_CARD", Flows.CARD));
        sandbox.failPayment(id);

        assertThat(client.post("/payments/payment/" + id + "/execute",
                Payloads.execute(client, "DEBIT_CARD", Flows.CARD, sandbox.smsCode(id))).retCode())
                .isEqualTo("00060750");
    }

    @Test
    void smsCodeExpiresAfterFiveMinutes() {
        String id = Flows.createCardPayment(client);
        client.post("/payments/payment/" + id + "/verify", Payloads.verify(client, "DEBIT_CARD", Flows.CARD));
        String code = sandbox.smsCode(id);
        sandbox.advanceClock(Duration.ofMinutes(6));

        assertThat(client.post("/payments/payment/" + id + "/execute",
                Payloads.execute(client, "DEBIT_CARD", Flows.CARD, code)).retCode()).isEqualTo("00080722");
    }

    @Test
    void fifthWrongCodeInvalidatesTheCode() {
        String id = Flows.createCardPayment(client);
        client.post("/payments/payment/" + id + "/verify", Payloads.verify(client, "DEBIT_CARD", Flows.CARD));
        String wrong = sandbox.smsCode(id).equals("000000") ? "111111" : "000000";
        for (int i = 0; i < 4; i++) {
            assertThat(client.post("/payments/payment/" + id + "/execute",
                    Payloads.execute(client, "DEBIT_CARD", Flows.CARD, wrong)).retCode()).isEqualTo("00200083");
        }

        assertThat(client.post("/payments/payment/" + id + "/execute",
                Payloads.execute(client, "DEBIT_CARD", Flows.CARD, wrong)).retCode()).isEqualTo("00200084");
        assertThat(sandbox.smsCode(id)).isNull();
    }

    @Test
    void executeWithAnotherCardThanVerifiedIsRefusedWith00210028() {
        String id = Flows.createCardPayment(client);
        client.post("/payments/payment/" + id + "/verify", Payloads.verify(client, "DEBIT_CARD", Flows.CARD));

        assertThat(client.post("/payments/payment/" + id + "/execute",
                Payloads.execute(client, "DEBIT_CARD", "6222029999999999999", sandbox.smsCode(id))).retCode())
                .isEqualTo("00210028");
    }

    @Test
    void creditCardVerifyNeedsValidDateAndCvv2() {
        UmfTestClient.Response created = client.post("/payments/payment",
                Payloads.cardPayment(Payloads.merReferenceId(), "CREDIT_CARD"));
        String id = created.payment().path("id").asText();
        String withoutCvv = Payloads.verify(client, "CREDIT_CARD", Flows.CARD)
                .replaceAll("\"cvv2\":\"[^\"]*\"", "\"cvv2\":\"\"");

        UmfTestClient.Response response = client.post("/payments/payment/" + id + "/verify", withoutCvv);

        assertThat(response.retCode()).isEqualTo("00060700");
        assertThat(response.retMsg()).contains("payer.payer_info.bank_card.cvv2");
    }

    @Test
    void plaintextCardNumberIsRefusedWith00060700() {
        String id = Flows.createCardPayment(client);
        String plain = Payloads.verify(client, "DEBIT_CARD", Flows.CARD)
                .replaceFirst("\"number\":\"[^\"]*\"", "\"number\":\"" + Flows.CARD + "\"");

        UmfTestClient.Response response = client.post("/payments/payment/" + id + "/verify", plain);

        assertThat(response.retCode()).isEqualTo("00060700");
        assertThat(response.retMsg()).contains("payer.payer_info.bank_card.number").doesNotContain(Flows.CARD);
    }

    @Test
    void ciphertextForAnotherKeyIsRefusedWith00060700() throws Exception {
        java.security.KeyPairGenerator generator = java.security.KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        javax.crypto.Cipher cipher = javax.crypto.Cipher.getInstance("RSA/ECB/PKCS1Padding");
        cipher.init(javax.crypto.Cipher.ENCRYPT_MODE, generator.generateKeyPair().getPublic());
        String foreign = java.util.Base64.getEncoder().encodeToString(cipher.doFinal(Flows.CARD.getBytes()));
        String id = Flows.createCardPayment(client);
        String body = Payloads.verify(client, "DEBIT_CARD", Flows.CARD)
                .replaceFirst("\"number\":\"[^\"]*\"", "\"number\":\"" + foreign + "\"");

        assertThat(client.post("/payments/payment/" + id + "/verify", body).retCode()).isEqualTo("00060700");
    }

    @Test
    void encryptedNameOnCreateIsDecryptedAndEmptyEncryptedFieldsAreAllowed() {
        String body = Payloads.payment(Payloads.merReferenceId(), "DEBIT_CARD", "SERVER_TO_SERVER", "B2C",
                ",\"name\":\"" + client.enc("李四") + "\",\"bank_card\":{\"number\":\"\",\"cvv2\":\"\"}");

        UmfTestClient.Response response = client.post("/payments/payment", body);

        assertThat(response.retCode()).isEqualTo("0000");
        assertThat(sandbox.requests()).last().satisfies(r -> assertThat(r.decryptedFields())
                .containsEntry("payer.payer_info.name", "李四")
                .containsEntry("payer.payer_info.bank_card.number", ""));
    }

    @Test
    void verifyOnAQrPaymentIsRefusedWith00202017() {
        String body = Payloads.payment(Payloads.merReferenceId(), "WECHAT_SCAN", "SERVER_TO_SERVER", "B2C", "");
        String id = client.post("/payments/payment", body).payment().path("id").asText();

        assertThat(client.post("/payments/payment/" + id + "/verify",
                Payloads.verify(client, "DEBIT_CARD", Flows.CARD)).retCode()).isEqualTo("00202017");
    }

    @Test
    void unknownPaymentAnswers00060760() {
        assertThat(client.get("/payments/payment/PAY_UNKNOWN").retCode()).isEqualTo("00060760");
    }

    @Test
    void duplicateMerReferenceIdIsRefusedWith00202022AndHttp409() {
        String merReferenceId = Payloads.merReferenceId();
        assertThat(client.post("/payments/payment", Payloads.cardPayment(merReferenceId, "DEBIT_CARD")).retCode())
                .isEqualTo("0000");

        UmfTestClient.Response duplicate = client.post("/payments/payment",
                Payloads.cardPayment(merReferenceId, "CREDIT_CARD"));

        assertThat(duplicate.retCode()).isEqualTo("00202022");
        assertThat(duplicate.status()).isEqualTo(409);
    }
}
