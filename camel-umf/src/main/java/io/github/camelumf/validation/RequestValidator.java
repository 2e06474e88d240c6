package io.github.camelumf.validation;

import java.math.BigDecimal;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.camelumf.error.UmfValidationException;
import io.github.camelumf.model.Amount;
import io.github.camelumf.model.UmfJson;

/**
 * Checks a request body against the rules of the UMF reference (section 5 and appendix 8) before it is encrypted,
 * signed and sent. It works on the JSON tree ({@link UmfJson#toTree(Object)}), so typed objects, Maps and JSON text
 * are held to the same rules.
 * <p>
 * A violation throws {@link UmfValidationException} with the JSON path of the member
 * ({@code order.sub_orders[0].amount.total}) and the rule in words; the value is never in the message. The first
 * violation in document order is reported. Members the rules do not mention are let through. Thread-safe.
 */
public class RequestValidator {

    /**
     * Checks a body against a rule set (that of an operation's catalog row).
     *
     * @param rules the rule set; {@code null} (an operation without body rules) lets every body pass
     * @param body  the body as a JSON tree
     * @throws UmfValidationException naming the first member that breaks a rule, and the rule
     */
    public void validate(BodyRules rules, JsonNode body) {
        if (rules != null) {
            rules.check(requireObject(body));
        }
    }

    /**
     * Checks a refund body against what is known of the payment: the refund is in the payment's currency and, with
     * what was already refunded, not above the payment amount (3.10: "the refund must be the same currency as the
     * payment and the refund amount must be no more than the total payment amount"). Checks nothing else of the body;
     * call {@link #validate(BodyRules, JsonNode)} for that.
     *
     * @param refundBody      the body of refund/create or refund/async
     * @param paymentAmount   the payment's amount; {@code null} if unknown (then only the refund amount is checked)
     * @param alreadyRefunded the total already refunded from the payment; {@code null} for none
     * @throws UmfValidationException for {@code refund_info.amount.currency} or {@code refund_info.amount.total}
     */
    public void validateRefundAgainstPayment(JsonNode refundBody, Amount paymentAmount, BigDecimal alreadyRefunded) {
        RefundRules.againstPayment(requireObject(refundBody), paymentAmount, alreadyRefunded);
    }

    private static JsonNode requireObject(JsonNode body) {
        if (body == null || !body.isObject()) {
            throw new UmfValidationException(UmfJson.BODY, "must be a JSON object");
        }
        return body;
    }
}
