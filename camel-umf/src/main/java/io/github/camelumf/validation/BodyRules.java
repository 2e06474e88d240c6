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
    // customs and CIQ declarations
    /** customs/apply (3.16): customs channel, codes, amounts, sub-order and items. */
    BodyRules CUSTOMS_APPLY = DeclarationRules::customsApply;
    /** customs/applyByOrder (3.50): as customs/apply, with mer_date and the payer's citizen id type. */
    BodyRules CUSTOMS_APPLY_BY_ORDER = DeclarationRules::customsApplyByOrder;
    /** customs/queryByOrder (3.51): sub_order.mer_sub_reference_id, mer_date, is_customs. */
    BodyRules CUSTOMS_QUERY_BY_ORDER = DeclarationRules::customsQueryByOrder;
    /** ciq/apply (3.18): sub-order, CIQ channel, platform account. */
    BodyRules CIQ_APPLY = DeclarationRules::ciqApply;
    /** ciq/applyByOrder (3.52): as ciq/apply, with mer_date. */
    BodyRules CIQ_APPLY_BY_ORDER = DeclarationRules::ciqApplyByOrder;
    /** ciq/queryByOrder (3.53): sub_order.mer_sub_reference_id and mer_date. */
    BodyRules CIQ_QUERY_BY_ORDER = DeclarationRules::ciqQueryByOrder;
    /** declaration/resend (3.32, 3.54): mer_reference_id and declare_type. */
    BodyRules DECLARATION_RESEND = DeclarationRules::resend;
    // banks, agreements, binding, rates, WeChat
    /** agreement/unbind and bankAgreement/unbind (3.15, 3.57): the payer agreements to end. */
    BodyRules AGREEMENT_UNBIND = AgreementRules::unbind;
    /** bind/smsCode (3.55): the customer and the card to bind. */
    BodyRules BIND_SMS_CODE = BindRules::smsCode;
    /** bind/confirm (3.56): as bind/smsCode, plus the SMS code. */
    BodyRules BIND_CONFIRM = BindRules::confirm;
    // B2B enterprise, B2B payment, outward remittance and tuition
    /** enterprise/register (4.1): enterprise_qualification. */
    BodyRules ENTERPRISE_REGISTER = TradeRules::enterpriseRegister;
    /** b2b/qualification (11.1): the enterprise's codes, representative and phones. */
    BodyRules B2B_QUALIFICATION = TradeRules::qualification;
    /** b2b/qualificationQuery (11.2): cust_code and cust_name. */
    BodyRules B2B_QUALIFICATION_QUERY = TradeRules::qualificationQuery;
    /** b2b/payee and remittance/payee (11.3, 9.2): the payee; name and address at most 130 characters. */
    BodyRules PAYEE = TradeRules::payee;
    /** b2b/orderDetail (11.4): batch, order, contract, amount. */
    BodyRules B2B_ORDER_DETAIL = TradeRules::b2bOrderDetail;
    /** b2b/confirm and remittance/confirm (11.5, 9.4): batch, payee account, amount, cost way. */
    BodyRules OUTWARD_CONFIRM = TradeRules::confirm;
    /** remittance/orderItem (9.3): goods, payer, unit price x count = amount, order time unlike pay time. */
    BodyRules REMITTANCE_ORDER_ITEM = TradeRules::orderItem;
    /** tuition/order (10.2): order, payer, school and file_path. */
    BodyRules TUITION_ORDER = TradeRules::tuitionOrder;

    /** settleMonth/create (3.24): settle_month as yyyyMM. */
    BodyRules SETTLE_MONTH = StatementRules::settleMonth;

    /**
     * Checks a body that is a JSON object.
     *
     * @throws io.github.camelumf.error.UmfValidationException naming the first member that breaks a rule, and the rule
     */
    void check(JsonNode body);
}
