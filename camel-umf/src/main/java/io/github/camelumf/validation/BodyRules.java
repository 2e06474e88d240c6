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

    /** refund/asyncByOrder (3.47): refund_info naming the order, notify_url, mer_refund_id. */
    BodyRules REFUND_BY_ORDER = RefundRules::byOrder;
    /** refund/query (3.48): mer_refund_id. */
    BodyRules REFUND_QUERY = RefundRules::query;
    /** payment/updateExpress (3.58): order.sub_orders with mer_sub_reference_id and tracking_number. */
    BodyRules EXPRESS_UPDATE = ExpressRules::update;

    /** settleMonth/create (3.24): settle_month as yyyyMM. */
    BodyRules SETTLE_MONTH = StatementRules::settleMonth;

    /**
     * Checks a body that is a JSON object.
     *
     * @throws io.github.camelumf.error.UmfValidationException naming the first member that breaks a rule, and the rule
     */
    void check(JsonNode body);
}
