package io.github.camelumf.it;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicLong;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.camelumf.UmfConstants;
import io.github.camelumf.error.UmfApiException;
import io.github.camelumf.error.UmfValidationException;
import io.github.camelumf.model.AgreementInfo;
import io.github.camelumf.model.Examples;
import io.github.camelumf.model.Meta;
import io.github.camelumf.model.PayerAgreement;
import io.github.camelumf.model.PayerInfo;
import io.github.camelumf.model.Payment;
import io.github.camelumf.model.UmfJson;
import io.github.camelumf.sandbox.RecordedRequest;
import org.apache.camel.Exchange;
import org.apache.logging.log4j.Level;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * umf:bind/smsCode and umf:bind/confirm (3.55, 3.56), umf:agreement/query (3.14), umf:agreement/unbind (3.15) and
 * umf:bankAgreement/unbind (3.57) against the sandbox: a bound card pays by agreement until it is unbound.
 */
class CardBindingTest extends SandboxTestSupport {

    private static final String CARD = "6225881234567890";
    private static final AtomicLong CUSTOMERS = new AtomicLong(System.nanoTime() % 1_000_000);

    private String customer;

    @BeforeEach
    void newCustomer() {
        customer = "B" + CUSTOMERS.incrementAndGet();
    }

    @Test
    void bindingSendsTheSampleShapeEncryptedAndAnswersTheAgreement() {
        PayerInfo sent = call("umf:bind/smsCode", bindBody(customer, null), Map.of()).getMessage()
                .getBody(PayerInfo.class);
        RecordedRequest smsRequest = last();
        PayerInfo bound = call("umf:bind/confirm", bindBody(customer, SANDBOX.bindingSmsCode(customer)),
                Map.of()).getMessage().getBody(PayerInfo.class);

        assertThat(sent.getBankCard().getPhone()).isEqualTo("15700000000");
        assertThat(sent.getPayerAgreement()).isNull();
        assertThat(shape(UmfJson.parseObject(smsRequest.body())))
                .isEqualTo(shape(Examples.tree("3.55-bind-sms-code-request.json")));
        assertThat(smsRequest.signatureVerified()).isTrue();
        assertThat(smsRequest.bodyAsString()).doesNotContain(CARD).doesNotContain("370124197111250021");
        assertThat(smsRequest.decryptedFields()).containsEntry("payer_info.bank_card.number", CARD);
        assertThat(shape(UmfJson.parseObject(last().body())))
                .isEqualTo(shape(Examples.tree("3.56-bind-confirm-request.json")));
        assertThat(bound.getPayerAgreement().getUsrPayAgreementId()).matches("P\\d{31}");
        assertThat(bound.toString()).doesNotContain("370124197111250021");
    }

    @Test
    void theBindFormIsEncryptedToo() {
        Map<String, Object> bind = Map.of("number", CARD, "name", "张三", "citizen_id_type", "IDENTITY_CARD",
                "citizen_id_number", "370124197111250021", "phone", "15700000000");

        PayerInfo sent = call("umf:bind/smsCode", Map.of("external_customer_id", customer, "bind", bind), Map.of())
                .getMessage().getBody(PayerInfo.class);

        assertThat(sent.getBankCard().getPhone()).isEqualTo("15700000000");
        assertThat(last().bodyAsString()).doesNotContain(CARD).doesNotContain("370124197111250021")
                .doesNotContain("张三");
        assertThat(last().decryptedFields()).containsEntry("bind.number", CARD).containsEntry("bind.name", "张三")
                .containsEntry("bind.citizen_id_number", "370124197111250021");
    }

    @Test
    void aBoundCardIsListedPaysByAgreementAndIsGoneAfterUnbinding() {
        PayerAgreement agreement = bind(customer);

        AgreementInfo listed = call("umf:agreement/query", null,
                Map.of(UmfConstants.EXTERNAL_CUSTOMER_ID, customer)).getMessage().getBody(AgreementInfo.class);
        assertThat(listed.getPayerAgreements()).singleElement().satisfies(a -> {
            assertThat(a.getUsrPayAgreementId()).isEqualTo(agreement.getUsrPayAgreementId());
            assertThat(a.getGateId()).isEqualTo("CMB");
            assertThat(a.getLastFourCardid()).isEqualTo("7890");
        });
        assertThat(last().query()).isEqualTo("external_customer_id=" + customer);
        assertThat(listed.toString()).contains("7890").doesNotContain("15700000000");

        Payment paid = payByAgreement(agreement);
        assertThat(paid.getState().toString()).isEqualTo("TRADE_SUCCESS");

        Meta meta = call("umf:agreement/unbind", unbindBody(agreement), Map.of()).getMessage().getBody(Meta.class);
        assertThat(meta.getRetCode()).isEqualTo("0000");
        assertThat(shape(UmfJson.parseObject(last().body())))
                .isEqualTo(shape(Examples.tree("3.15-agreement-unbind-request.json")));
        assertThat(call("umf:agreement/query?externalCustomerId=" + customer, null, Map.of()).getMessage()
                .getBody(AgreementInfo.class).getPayerAgreements()).isEmpty();
        Exchange refused = send("umf:payment/verify", agreementPayer(agreement, null),
                Map.of(UmfConstants.PAYMENT_ID, createPayment()));
        assertThat(refused.getException()).isInstanceOfSatisfying(UmfApiException.class,
                e -> assertThat(e.getRetCode()).isEqualTo("00060072"));
    }

    @Test
    void bankUnbindingEndsTheCardForEveryPayer() {
        PayerAgreement agreement = bind(customer);
        String other = customer + "x";
        bind(other);

        call("umf:bankAgreement/unbind", unbindBody(agreement), Map.of());

        assertThat(shape(UmfJson.parseObject(last().body())))
                .isEqualTo(shape(Examples.tree("3.57-bank-agreement-unbind-request.json")));
        assertThat(call("umf:agreement/query", null, Map.of(UmfConstants.EXTERNAL_CUSTOMER_ID, other)).getMessage()
                .getBody(AgreementInfo.class).getPayerAgreements()).isEmpty();
    }

    @Test
    void badBodiesAreRefusedBeforeSendingAndWrongCodesByUmf() {
        int before = SANDBOX.requests().size();
        Map<String, Object> noPhone = bindBody(customer, null);
        cardOf(noPhone).remove("phone");
        Map<String, Object> shortCode = bindBody(customer, "12");

        assertThat(send("umf:bind/smsCode", noPhone, Map.of()).getException())
                .isInstanceOfSatisfying(UmfValidationException.class,
                        e -> assertThat(e.getField()).isEqualTo("payer_info.bank_card.phone"));
        assertThat(send("umf:bind/confirm", shortCode, Map.of()).getException())
                .isInstanceOfSatisfying(UmfValidationException.class,
                        e -> assertThat(e.getField()).isEqualTo("payer_info.bank_card.verify_code"));
        assertThat(send("umf:agreement/unbind", Map.of("payer_agreements", java.util.List.of()), Map.of())
                .getException()).isInstanceOfSatisfying(UmfValidationException.class,
                        e -> assertThat(e.getField()).isEqualTo("payer_agreements"));
        assertThat(SANDBOX.requests()).hasSize(before);

        assertThat(send("umf:bind/confirm", bindBody(customer, "123456"), Map.of()).getException())
                .isInstanceOfSatisfying(UmfApiException.class, e -> assertThat(e.getRetCode()).isEqualTo("00200005"));
        assertThat(send("umf:agreement/query", null, Map.of()).getException())
                .isInstanceOfSatisfying(UmfApiException.class, e -> assertThat(e.getRetCode()).isEqualTo("00280040"));
    }

    @Test
    void bindingAndCardBinLogNoCardDataEvenAtTrace() {
        List<CapturingAppender.Captured> events;
        String shown;
        try (CapturingAppender capture = CapturingAppender.attach(Level.TRACE, "io.github.camelumf", "org.apache.camel")) {
            call("umf:bank/cardBin", null, Map.of(UmfConstants.CARD, CARD));
            call("umf:bind/smsCode", bindBody(customer, null), Map.of());
            shown = call("umf:bind/confirm", bindBody(customer, SANDBOX.bindingSmsCode(customer)), Map.of())
                    .getMessage().getBody().toString();
            send("umf:bind/confirm", bindBody(customer, "1"), Map.of());
            events = capture.events();
        }

        assertThat(events).isNotEmpty();
        for (String text : events.stream().map(CapturingAppender.Captured::text).toList()) {
            assertThat(text).doesNotContain(CARD).doesNotContain("370124197111250021").doesNotContain("张三");
        }
        assertThat(shown).doesNotContain(CARD).doesNotContain("370124197111250021").doesNotContain("张三");
    }

    private PayerAgreement bind(String who) {
        call("umf:bind/smsCode", bindBody(who, null), Map.of());
        return call("umf:bind/confirm", bindBody(who, SANDBOX.bindingSmsCode(who)), Map.of())
                .getMessage().getBody(PayerInfo.class).getPayerAgreement();
    }

    private Payment payByAgreement(PayerAgreement agreement) {
        String id = createPayment();
        Map<String, Object> headers = Map.of(UmfConstants.PAYMENT_ID, id);
        call("umf:payment/verify", agreementPayer(agreement, null), headers);
        return call("umf:payment/execute", agreementPayer(agreement, SANDBOX.smsCode(id)), headers).getMessage()
                .getBody(Payment.class);
    }

    private String createPayment() {
        return call("umf:payment/create", TestOrders.payment("DEBIT_CARD", TestOrders.newReference(), "12.00"),
                Map.of()).getMessage().getHeader(UmfConstants.PAYMENT_ID, String.class);
    }

    private Map<String, Object> agreementPayer(PayerAgreement agreement, String verifyCode) {
        Map<String, Object> payerAgreement = new HashMap<>();
        payerAgreement.put("usr_pay_agreement_id", agreement.getUsrPayAgreementId());
        payerAgreement.put("usr_busi_agreement_id", agreement.getUsrBusiAgreementId());
        if (verifyCode != null) {
            payerAgreement.put("verify_code", verifyCode);
        }
        return Map.of("payer", Map.of("payment_method", "DEBIT_CARD", "external_customer_id", customer,
                "payer_info", Map.of("payer_agreement", payerAgreement)));
    }

    /** The sample request of 3.55 (3.56 with a code), in plain text. */
    private static Map<String, Object> bindBody(String who, String verifyCode) {
        Map<String, Object> card = new HashMap<>(Map.of("number", CARD, "citizen_id_number", "370124197111250021",
                "citizen_id_type", "IDENTITY_CARD", "payer_name", "张三", "valid_date", "", "cvv2", "",
                "phone", "15700000000"));
        if (verifyCode != null) {
            card.put("verify_code", verifyCode);
        }
        Map<String, Object> body = new HashMap<>();
        body.put("payer_info", Map.of("bank_card", card));
        body.put("external_customer_id", who);
        return body;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> cardOf(Map<String, Object> bindBody) {
        return (Map<String, Object>) ((Map<String, Object>) bindBody.get("payer_info")).get("bank_card");
    }

    private Map<String, Object> unbindBody(PayerAgreement agreement) {
        return Map.of("external_customer_id", customer, "payer_agreements", java.util.List.of(Map.of(
                "usr_pay_agreement_id", agreement.getUsrPayAgreementId(),
                "usr_busi_agreement_id", agreement.getUsrBusiAgreementId())));
    }

    /** The member paths of a JSON document (array elements as []), its shape without the values. */
    private static Set<String> shape(JsonNode node) {
        Set<String> paths = new TreeSet<>();
        collect(node, "", paths);
        return paths;
    }

    private static void collect(JsonNode node, String path, Set<String> paths) {
        if (node.isObject()) {
            node.fields().forEachRemaining(e -> collect(e.getValue(), path + "/" + e.getKey(), paths));
        } else if (node.isArray()) {
            node.forEach(element -> collect(element, path + "[]", paths));
        } else {
            paths.add(path);
        }
    }

    private static RecordedRequest last() {
        return SANDBOX.requests().get(SANDBOX.requests().size() - 1);
    }
}
