package io.github.camelumf.validation;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static io.github.camelumf.validation.Violations.assertValid;
import static io.github.camelumf.validation.Violations.assertViolation;
import static io.github.camelumf.validation.Violations.example;
import static io.github.camelumf.validation.Violations.object;

/** The rules of {@code payment/verify} (3.6) and {@code payment/execute} (3.7), on the reference's examples. */
class PaymentVerifyAndExecuteRulesTest {

    private static final String VERIFY = "payment/verify";
    private static final String EXECUTE = "payment/execute";

    @Test
    void referenceVerifyAndExecuteRequestsAreValid() {
        assertValid(VERIFY, example("3.6-verify-request.json"));
        assertValid(EXECUTE, example("3.7-execute-request.json"));
    }

    @Test
    void verifyNeedsAPayer() {
        assertViolation(VERIFY, example("3.6-verify-request.json").without("payer"), "payer", "is required");
    }

    @Test
    void verifyNeedsThePaymentMethod() {
        ObjectNode body = example("3.6-verify-request.json");
        object(body, "/payer").remove("payment_method");
        assertViolation(VERIFY, body, "payer.payment_method", "is required");
    }

    @Test
    void verifyIsOnlyForCardPayments() {
        ObjectNode body = example("3.6-verify-request.json");
        object(body, "/payer").put("payment_method", "WECHAT_SCAN");
        assertViolation(VERIFY, body, "payer.payment_method",
                "must be CREDIT_CARD or DEBIT_CARD: SMS verification is only for card payments");
    }

    @Test
    void verifyNeedsTheCard() {
        ObjectNode body = example("3.6-verify-request.json");
        object(body, "/payer/payer_info").remove("bank_card");
        assertViolation(VERIFY, body, "payer.payer_info.bank_card",
                "is required for SMS verification (or payer_agreement)");
    }

    @Test
    void verifyNeedsPayerInfo() {
        ObjectNode body = example("3.6-verify-request.json");
        object(body, "/payer").remove("payer_info");
        assertViolation(VERIFY, body, "payer.payer_info", "is required for SMS verification");
    }

    @Test
    void verifyWithABoundCardIsValid() {
        ObjectNode body = example("3.6-verify-request.json");
        ObjectNode payerInfo = object(body, "/payer/payer_info");
        payerInfo.remove("bank_card");
        payerInfo.putObject("payer_agreement").put("usr_busi_agreement_id", "UB201811261450560000000033862892")
                .put("usr_pay_agreement_id", "P2018080109324500000000041329281");
        assertValid(VERIFY, body);
    }

    @Test
    void verifyChecksInterfaceAndBusinessTypeWhenGiven() {
        ObjectNode body = example("3.6-verify-request.json");
        object(body, "/payer").put("interface_type", "SERVER_TO_WEB").put("business_type", "B2C");
        assertViolation(VERIFY, body, "payer.payment_method",
                "must be NOT_APPLICABLE with business_type B2C and interface_type SERVER_TO_WEB");
    }

    @Test
    void executeOfACardPaymentNeedsTheSmsCode() {
        ObjectNode body = example("3.7-execute-request.json");
        object(body, "/payer/payer_info/bank_card").remove("verify_code");
        assertViolation(EXECUTE, body, "payer.payer_info.bank_card.verify_code",
                "is required to execute a card payment");
    }

    @Test
    void executeWithoutPayerInfoNamesTheCardCode() {
        ObjectNode body = example("3.7-execute-request.json");
        object(body, "/payer").remove("payer_info");
        assertViolation(EXECUTE, body, "payer.payer_info.bank_card.verify_code",
                "is required to execute a card payment");
    }

    @ParameterizedTest
    @ValueSource(strings = {"409", "409387123", "40938a", ""})
    void smsCodeIs4To8Digits(String code) {
        ObjectNode body = example("3.7-execute-request.json");
        object(body, "/payer/payer_info/bank_card").put("verify_code", code);
        assertViolation(EXECUTE, body, "payer.payer_info.bank_card.verify_code", "must be 4 to 8 digits");
    }

    @ParameterizedTest
    @ValueSource(strings = {"4093", "40938712"})
    void smsCodeOf4Or8DigitsIsValid(String code) {
        ObjectNode body = example("3.7-execute-request.json");
        object(body, "/payer/payer_info/bank_card").put("verify_code", code);
        assertValid(EXECUTE, body);
    }

    @Test
    void executeWithABoundCardTakesTheCodeFromTheAgreement() {
        ObjectNode body = example("3.7-execute-request.json");
        ObjectNode payerInfo = object(body, "/payer/payer_info");
        payerInfo.remove("bank_card");
        ObjectNode agreement = payerInfo.putObject("payer_agreement").put("usr_pay_agreement_id", "P1");
        assertViolation(EXECUTE, body, "payer.payer_info.payer_agreement.verify_code",
                "is required to execute a card payment");
        agreement.put("verify_code", "12");
        assertViolation(EXECUTE, body, "payer.payer_info.payer_agreement.verify_code", "must be 4 to 8 digits");
        agreement.put("verify_code", "122766");
        assertValid(EXECUTE, body);
    }

    @Test
    void executeOfANonCardPaymentNeedsNoSmsCode() {
        ObjectNode body = example("3.7-execute-request.json");
        object(body, "/payer").put("payment_method", "WECHAT_SCAN");
        object(body, "/payer/payer_info/bank_card").remove("verify_code");
        assertValid(EXECUTE, body);
    }
}
