package io.github.camelumf.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

/** Card binding (3.55, 3.56), agreement query (3.14), unbinding (3.15, 3.57) and payments by agreement. */
class BindingTest {

    private static final String CMB_DEBIT = "6225881234567890";
    private static final AtomicLong CUSTOMERS = new AtomicLong(System.nanoTime() % 1_000_000);

    @RegisterExtension
    static UmfSandboxExtension sandbox = UmfSandboxExtension.create();

    private UmfTestClient client;
    private String customer;

    @BeforeEach
    void setUp() {
        client = new UmfTestClient(sandbox.sandbox());
        client.authenticate();
        customer = "C" + CUSTOMERS.incrementAndGet();
    }

    @Test
    void smsCodeThenContractBindsTheCardAndQueryListsIt() {
        UmfTestClient.Response sms = client.post("/bind/get_smscode", bindRequest(customer, CMB_DEBIT, null));
        assertThat(sms.retCode()).as(sms.toString()).isEqualTo("0000");
        assertThat(sms.json().path("payer_info").path("bank_card").path("phone").asText()).isEqualTo("15700000000");
        assertThat(sms.json().path("external_customer_id").asText()).isEqualTo(customer);
        assertThat(sms.json().path("payer_info").has("payer_agreement")).isFalse();

        UmfTestClient.Response contract = client.post("/bind/get_contract",
                bindRequest(customer, CMB_DEBIT, sandbox.sandbox().bindingSmsCode(customer)));

        assertThat(contract.retCode()).as(contract.toString()).isEqualTo("0000");
        JsonNode agreement = contract.json().path("payer_info").path("payer_agreement");
        assertThat(agreement.path("usr_busi_agreement_id").asText()).matches("UB\\d{30}");
        assertThat(agreement.path("usr_pay_agreement_id").asText()).matches("P\\d{31}");
        JsonNode listed = client.get("/agreement?external_customer_id=" + customer).json()
                .path("agreement_info").path("payer_agreements");
        assertThat(listed).hasSize(1);
        assertThat(listed.get(0).path("usr_pay_agreement_id")).isEqualTo(agreement.path("usr_pay_agreement_id"));
        assertThat(listed.get(0).path("last_four_cardid").asText()).isEqualTo("7890");
        assertThat(listed.get(0).path("gate_id").asText()).isEqualTo("CMB");
        assertThat(listed.get(0).path("phone").asText()).isEqualTo("15700000000");
        assertThat(client.get("/agreement?usr_busi_agreement_id=" + agreement.path("usr_busi_agreement_id").asText()
                + "&bank_type=CREDIT_CARD").json().path("agreement_info").path("payer_agreements")).isEmpty();
    }

    @Test
    void theControlApiTellsTheBindingSmsCode() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        URI uri = URI.create(sandbox.sandbox().controlUrl() + "/bindings/" + customer + "/sms-code");
        HttpRequest get = HttpRequest.newBuilder(uri).GET().build();

        assertThat(http.send(get, HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(404);
        client.post("/bind/get_smscode", bindRequest(customer, CMB_DEBIT, null));
        HttpResponse<String> found = http.send(get, HttpResponse.BodyHandlers.ofString());

        assertThat(found.statusCode()).isEqualTo(200);
        assertThat(found.body()).contains("\"sms_code\":\"" + sandbox.sandbox().bindingSmsCode(customer) + "\"");
    }

    @Test
    void bindObjectIsTheOtherFormOfTheCard() {
        String request = """
                {"bind":{"number":"%s","name":"%s","citizen_id_number":"%s","citizen_id_type":"IDENTITY_CARD",
                "phone":"15700000000"},"external_customer_id":"%s"}""".formatted(client.enc(CMB_DEBIT),
                client.enc("张三"), client.enc("370124197111250021"), customer);

        UmfTestClient.Response sms = client.post("/bind/get_smscode", request);

        assertThat(sms.retCode()).as(sms.toString()).isEqualTo("0000");
        assertThat(sandbox.requests()).last().satisfies(r -> assertThat(r.decryptedFields())
                .containsEntry("bind.number", CMB_DEBIT));
        assertThat(sms.json().path("payer_info").path("bank_card").path("payer_name").asText()).isNotEmpty();
    }

    @Test
    void contractRefusesAWrongMissingOrExpiredCode() {
        assertThat(client.post("/bind/get_contract", bindRequest(customer, CMB_DEBIT, "123456")).retCode())
                .isEqualTo("00200005");
        client.post("/bind/get_smscode", bindRequest(customer, CMB_DEBIT, null));
        String code = sandbox.sandbox().bindingSmsCode(customer);
        String wrong = code.equals("000000") ? "111111" : "000000";

        assertThat(client.post("/bind/get_contract", bindRequest(customer, CMB_DEBIT, wrong)).retCode())
                .isEqualTo("00200083");
        sandbox.sandbox().advanceClock(Duration.ofMinutes(6));
        assertThat(client.post("/bind/get_contract", bindRequest(customer, CMB_DEBIT, code)).retCode())
                .isEqualTo("00080722");
        assertThat(client.get("/agreement?external_customer_id=" + customer).json()
                .path("agreement_info").path("payer_agreements")).isEmpty();
    }

    @Test
    void bindingRefusesBadCardDataAndABoundCard() {
        assertThat(client.post("/bind/get_smscode", bindRequest(customer, "62258812", null)).retCode())
                .isEqualTo("00060305");
        assertThat(client.post("/bind/get_smscode", bindRequest(customer, "9999991234567890", null)).retCode())
                .isEqualTo("00060875");
        assertThat(client.post("/bind/get_smscode", bindRequest(customer, CMB_DEBIT, null)
                .replace("15700000000", "5700000")).retCode()).isEqualTo("00060720");
        assertThat(client.post("/bind/get_smscode", "{\"external_customer_id\":\"" + customer + "\"}").retCode())
                .isEqualTo("00060700");
        String plainCard = bindRequest(customer, CMB_DEBIT, null).replaceFirst("\"number\":\"[^\"]+\"",
                "\"number\":\"" + CMB_DEBIT + "\"");
        assertThat(client.post("/bind/get_smscode", plainCard).retCode()).isEqualTo("00060700");

        bind(customer, CMB_DEBIT);
        assertThat(client.post("/bind/get_smscode", bindRequest(customer, CMB_DEBIT, null)).retCode())
                .isEqualTo("00160108");
    }

    @Test
    void queryNeedsACustomerOrAnAgreementThatMatch() {
        JsonNode agreement = bind(customer, CMB_DEBIT);

        assertThat(client.get("/agreement").retCode()).isEqualTo("00280040");
        assertThat(client.get("/agreement?external_customer_id=" + customer + "&bank_type=GOLD").retCode())
                .isEqualTo("00280702");
        assertThat(client.get("/agreement?external_customer_id=other&usr_busi_agreement_id="
                + agreement.path("usr_busi_agreement_id").asText()).retCode()).isEqualTo("00280042");
    }

    @Test
    void unbindingEndsTheAgreementAndAnUnknownOneIsRefused() {
        JsonNode agreement = bind(customer, CMB_DEBIT);
        String unbind = unbindRequest(customer, agreement);

        assertThat(client.post("/agreement/unbundling", unbind.replace(customer, "other")).retCode())
                .isEqualTo("00280042");
        UmfTestClient.Response ended = client.post("/agreement/unbundling", unbind);

        assertThat(ended.retCode()).as(ended.toString()).isEqualTo("0000");
        assertThat(ended.json().size()).as("meta only").isEqualTo(1);
        assertThat(client.get("/agreement?external_customer_id=" + customer).json()
                .path("agreement_info").path("payer_agreements")).isEmpty();
        assertThat(client.post("/agreement/unbundling", unbind).retCode()).isEqualTo("00060072");
    }

    @Test
    void bankUnbindingEndsEveryAgreementOfTheCard() {
        String other = customer + "b";
        JsonNode agreement = bind(customer, CMB_DEBIT);
        bind(other, CMB_DEBIT);

        UmfTestClient.Response ended = client.post("/bank_agreement/unbind", unbindRequest(customer, agreement));

        assertThat(ended.retCode()).as(ended.toString()).isEqualTo("0000");
        assertThat(client.get("/agreement?external_customer_id=" + other).json()
                .path("agreement_info").path("payer_agreements")).isEmpty();
    }

    @Test
    void aBoundCardPaysByAgreementUntilItIsUnbound() {
        JsonNode agreement = bind(customer, CMB_DEBIT);
        String id = Flows.createCardPayment(client);

        UmfTestClient.Response verified = client.post("/payments/payment/" + id + "/verify",
                agreementPayer(agreement, null));
        assertThat(verified.retCode()).as(verified.toString()).isEqualTo("0000");
        UmfTestClient.Response executed = client.post("/payments/payment/" + id + "/execute",
                agreementPayer(agreement, sandbox.sandbox().smsCode(id)));

        assertThat(executed.retCode()).as(executed.toString()).isEqualTo("0000");
        assertThat(executed.payment().path("state").asText()).isEqualTo("TRADE_SUCCESS");
        assertThat(executed.payment().path("payer").path("payer_info").path("payer_agreement")
                .path("usr_pay_agreement_id")).isEqualTo(agreement.path("usr_pay_agreement_id"));

        client.post("/agreement/unbundling", unbindRequest(customer, agreement));
        String next = Flows.createCardPayment(client);
        assertThat(client.post("/payments/payment/" + next + "/verify", agreementPayer(agreement, null)).retCode())
                .isEqualTo("00060072");
    }

    private JsonNode bind(String who, String card) {
        client.post("/bind/get_smscode", bindRequest(who, card, null));
        UmfTestClient.Response contract = client.post("/bind/get_contract",
                bindRequest(who, card, sandbox.sandbox().bindingSmsCode(who)));
        assertThat(contract.retCode()).as(contract.toString()).isEqualTo("0000");
        return contract.json().path("payer_info").path("payer_agreement");
    }

    /** The request of 3.55 (3.56 with a verify code), its card encrypted by the test. */
    private String bindRequest(String who, String card, String verifyCode) {
        return """
                {"payer_info":{"bank_card":{"number":"%s","citizen_id_number":"%s","citizen_id_type":"IDENTITY_CARD",
                "payer_name":"%s","valid_date":"","cvv2":"","phone":"15700000000"%s}},"external_customer_id":"%s"}"""
                .formatted(client.enc(card), client.enc("370124197111250021"), client.enc("张三"),
                        verifyCode == null ? "" : ",\"verify_code\":\"" + verifyCode + "\"", who);
    }

    private static String unbindRequest(String who, JsonNode agreement) {
        return """
                {"external_customer_id":"%s","payer_agreements":[{"usr_pay_agreement_id":"%s",
                "usr_busi_agreement_id":"%s"}]}""".formatted(who, agreement.path("usr_pay_agreement_id").asText(),
                agreement.path("usr_busi_agreement_id").asText());
    }

    private String agreementPayer(JsonNode agreement, String verifyCode) {
        return """
                {"payer":{"payment_method":"DEBIT_CARD","payer_info":{"payer_agreement":{"usr_pay_agreement_id":"%s",
                "usr_busi_agreement_id":"%s"%s}},"external_customer_id":"%s"}}"""
                .formatted(agreement.path("usr_pay_agreement_id").asText(),
                        agreement.path("usr_busi_agreement_id").asText(),
                        verifyCode == null ? "" : ",\"verify_code\":\"" + verifyCode + "\"", customer);
    }
}
