package io.github.camelumf.validation;

import java.math.BigDecimal;
import java.util.Map;
import java.util.function.Consumer;

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

    /** Operation {@code umf:payment/create}. */
    public static final String PAYMENT_CREATE = "payment/create";
    /** Operation {@code umf:payment/verify}. */
    public static final String PAYMENT_VERIFY = "payment/verify";
    /** Operation {@code umf:payment/execute}. */
    public static final String PAYMENT_EXECUTE = "payment/execute";
    /** Operation {@code umf:refund/create}. */
    public static final String REFUND_CREATE = "refund/create";
    /** Operation {@code umf:refund/async}. */
    public static final String REFUND_ASYNC = "refund/async";

    private static final Map<String, Consumer<JsonNode>> RULES = Map.of(
            PAYMENT_CREATE, PaymentRules::create,
            PAYMENT_VERIFY, PaymentRules::verify,
            PAYMENT_EXECUTE, PaymentRules::execute,
            REFUND_CREATE, RefundRules::refund,
            REFUND_ASYNC, RefundRules::refund);

    /** Whether this validator has rules for the body of the operation (endpoint name such as "payment/create"). */
    public boolean hasRules(String operation) {
        return RULES.containsKey(operation);
    }

    /**
     * Checks the body of an operation. Operations without body rules (the GETs, and operations not covered yet) pass.
     *
     * @param operation the endpoint name, such as "payment/create" or "refund/async"
     * @param body      the body as a JSON tree
     * @throws UmfValidationException naming the first member that breaks a rule, and the rule
     */
    public void validate(String operation, JsonNode body) {
        Consumer<JsonNode> rules = RULES.get(operation);
        if (rules == null) {
            return;
        }
        rules.accept(requireObject(body));
    }

    /**
     * Checks a refund body against what is known of the payment: the refund is in the payment's currency and, with
     * what was already refunded, not above the payment amount (3.10: "the refund must be the same currency as the
     * payment and the refund amount must be no more than the total payment amount"). Checks nothing else of the body;
     * call {@link #validate(String, JsonNode)} for that.
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
