package io.github.camelumf.validation;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The rules one request body must meet before it leaves (section 5 of the UMF reference). A catalog row names its
 * rule set; {@link RequestValidator#validate(BodyRules, JsonNode)} applies it.
 */
@FunctionalInterface
public interface BodyRules {

    /** payment/create (2.x, 3.5): order, payer, risk_info and their combinations. */
    BodyRules PAYMENT_CREATE = PaymentRules::create;
    /** payment/verify (3.6): the SMS code and the payer elements. */
    BodyRules PAYMENT_VERIFY = PaymentRules::verify;
    /** payment/execute (3.7): the payer elements. */
    BodyRules PAYMENT_EXECUTE = PaymentRules::execute;
    /** refund/create and refund/async (3.10, 3.11): refund_info. */
    BodyRules REFUND = RefundRules::refund;

    /** agreement/unbind and bankAgreement/unbind (3.15, 3.57): the payer agreements to end. */
    BodyRules AGREEMENT_UNBIND = AgreementRules::unbind;
    /** bind/smsCode (3.55): the customer and the card to bind. */
    BodyRules BIND_SMS_CODE = BindRules::smsCode;
    /** bind/confirm (3.56): as bind/smsCode, plus the SMS code. */
    BodyRules BIND_CONFIRM = BindRules::confirm;

    /**
     * Checks a body that is a JSON object.
     *
     * @throws io.github.camelumf.error.UmfValidationException naming the first member that breaks a rule, and the rule
     */
    void check(JsonNode body);
}
