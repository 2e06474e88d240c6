package io.github.camelumf.validation;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.camelumf.model.PaymentMethod;

import static io.github.camelumf.validation.FieldRules.object;
import static io.github.camelumf.validation.FieldRules.oneOf;
import static io.github.camelumf.validation.FieldRules.text;

/**
 * The rules of the bodies of {@code payment/create} (3.5, 4.3), {@code payment/verify} (3.6) and
 * {@code payment/execute} (3.7).
 */
final class PaymentRules {

    private PaymentRules() {
    }

    /** payer, order, notify_url and ret_url 1-128, risk_info an object, subMchId_flag Y or N. */
    static void create(JsonNode body) {
        PaymentMethod method = PayerRules.payer(body, PaymentStep.CREATE);
        OrderRules.order(body, method);
        text(body, "notify_url", FieldPath.ROOT.child("notify_url"), false, 1, 128);
        text(body, "ret_url", FieldPath.ROOT.child("ret_url"), false, 1, 128);
        object(body, "risk_info", FieldPath.ROOT.child("risk_info"), false);
        String flag = text(body, "subMchId_flag", FieldPath.ROOT.child("subMchId_flag"), false);
        if (flag != null) {
            oneOf(FieldPath.ROOT.child("subMchId_flag"), flag, List.of("Y", "N"));
        }
    }

    /** A card payer with bank_card or payer_agreement. */
    static void verify(JsonNode body) {
        PayerRules.payer(body, PaymentStep.VERIFY);
    }

    /** A payer; for card payments with the SMS code (4 to 8 digits). */
    static void execute(JsonNode body) {
        PayerRules.payer(body, PaymentStep.EXECUTE);
    }
}
