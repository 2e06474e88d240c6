package io.github.camelumf.validation;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import static io.github.camelumf.validation.Violations.array;
import static io.github.camelumf.validation.Violations.assertValid;
import static io.github.camelumf.validation.Violations.assertViolation;
import static io.github.camelumf.validation.Violations.example;
import static io.github.camelumf.validation.Violations.object;

/** The body rules of bind/smsCode, bind/confirm (3.55, 3.56), agreement/unbind and bankAgreement/unbind (3.15, 3.57). */
class BindAndAgreementRulesTest {

    @Test
    void theReferenceSamplesAreValid() {
        assertValid("bind/smsCode", example("3.55-bind-sms-code-request.json"));
        assertValid("bind/confirm", example("3.56-bind-confirm-request.json"));
        assertValid("agreement/unbind", example("3.15-agreement-unbind-request.json"));
        assertValid("bankAgreement/unbind", example("3.57-bank-agreement-unbind-request.json"));
    }

    @Test
    void bindingNeedsTheCustomerAndTheCard() {
        ObjectNode noCustomer = example("3.55-bind-sms-code-request.json");
        noCustomer.remove("external_customer_id");
        ObjectNode longCustomer = example("3.55-bind-sms-code-request.json");
        longCustomer.put("external_customer_id", "1".repeat(33));
        ObjectNode noCard = example("3.55-bind-sms-code-request.json");
        noCard.remove("payer_info");

        assertViolation("bind/smsCode", noCustomer, "external_customer_id", "is required");
        assertViolation("bind/smsCode", longCustomer, "external_customer_id", "must be 1 to 32 characters");
        assertViolation("bind/smsCode", noCard, "payer_info.bank_card", "is required (or bind)");
    }

    @Test
    void theCardNeedsNumberHolderIdAndAnElevenDigitPhone() {
        ObjectNode emptyNumber = example("3.55-bind-sms-code-request.json");
        object(emptyNumber, "/payer_info/bank_card").put("number", "");
        ObjectNode noName = example("3.55-bind-sms-code-request.json");
        object(noName, "/payer_info/bank_card").remove("payer_name");
        ObjectNode passport = example("3.55-bind-sms-code-request.json");
        object(passport, "/payer_info/bank_card").put("citizen_id_type", "PASSPORT");
        ObjectNode shortPhone = example("3.55-bind-sms-code-request.json");
        object(shortPhone, "/payer_info/bank_card").put("phone", "1570000");

        assertViolation("bind/smsCode", emptyNumber, "payer_info.bank_card.number", "is required");
        assertViolation("bind/smsCode", noName, "payer_info.bank_card.payer_name", "is required");
        assertViolation("bind/smsCode", passport, "payer_info.bank_card.citizen_id_type", "must be IDENTITY_CARD");
        assertViolation("bind/smsCode", shortPhone, "payer_info.bank_card.phone", "must be exactly 11 digits",
                "1570000");
    }

    @Test
    void confirmNeedsTheSmsCode() {
        ObjectNode noCode = example("3.56-bind-confirm-request.json");
        object(noCode, "/payer_info/bank_card").remove("verify_code");
        ObjectNode letters = example("3.56-bind-confirm-request.json");
        object(letters, "/payer_info/bank_card").put("verify_code", "abcdef");

        assertViolation("bind/confirm", noCode, "payer_info.bank_card.verify_code", "is required");
        assertViolation("bind/confirm", letters, "payer_info.bank_card.verify_code", "must be 4 to 8 digits", "abcdef");
        assertValid("bind/smsCode", noCode);
    }

    @Test
    void theBindObjectIsTheOtherFormButNotBoth() {
        ObjectNode bind = example("3.55-bind-sms-code-request.json");
        ObjectNode card = (ObjectNode) ((ObjectNode) bind.remove("payer_info")).get("bank_card");
        card.set("name", card.remove("payer_name"));
        bind.set("bind", card);
        ObjectNode both = example("3.55-bind-sms-code-request.json");
        both.set("bind", card.deepCopy());

        assertValid("bind/smsCode", bind);
        assertViolation("bind/smsCode", both, "bind", "must not be sent together with payer_info.bank_card");
    }

    @Test
    void unbindingNeedsAgreementsThatNameCardAndPayer() {
        ObjectNode none = example("3.15-agreement-unbind-request.json");
        none.putArray("payer_agreements");
        ObjectNode noCard = example("3.15-agreement-unbind-request.json");
        object(noCard, "/payer_agreements/0").remove("usr_pay_agreement_id");
        ObjectNode noPayer = example("3.57-bank-agreement-unbind-request.json");
        noPayer.remove("external_customer_id");
        object(noPayer, "/payer_agreements/0").remove("usr_busi_agreement_id");
        ObjectNode byCustomer = example("3.15-agreement-unbind-request.json");
        object(byCustomer, "/payer_agreements/0").remove("usr_busi_agreement_id");
        ObjectNode notObject = example("3.15-agreement-unbind-request.json");
        array(notObject, "/payer_agreements").add("P1");

        assertViolation("agreement/unbind", none, "payer_agreements", "must be a JSON array with at least one element");
        assertViolation("agreement/unbind", noCard, "payer_agreements[0].usr_pay_agreement_id", "is required");
        assertViolation("bankAgreement/unbind", noPayer, "payer_agreements[0].usr_busi_agreement_id",
                "is required when external_customer_id is absent");
        assertValid("agreement/unbind", byCustomer);
        assertViolation("agreement/unbind", notObject, "payer_agreements[1]", "must be a JSON object");
    }
}
