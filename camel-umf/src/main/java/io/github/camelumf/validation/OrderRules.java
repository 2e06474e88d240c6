package io.github.camelumf.validation;

import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.camelumf.model.PaymentMethod;

import static io.github.camelumf.validation.FieldRules.atMost;
import static io.github.camelumf.validation.FieldRules.date;
import static io.github.camelumf.validation.FieldRules.object;
import static io.github.camelumf.validation.FieldRules.oneOf;
import static io.github.camelumf.validation.FieldRules.text;
import static io.github.camelumf.validation.FieldRules.violation;

/**
 * The rules of the {@code order} of a payment (section 5, "order"): mer_reference_id 4-32, mer_date a real yyyyMMdd
 * date, an amount, order_summary 1-32, expire_time in whole minutes, user_ip for WeChat in-app and official account
 * payments, if_sms Y or N, the study-abroad length limits, and sub-orders adding up to the amount.
 */
final class OrderRules {

    private static final Map<String, Integer> STUDY_ABROAD_MAX_LENGTHS = Map.of(
            "school_locate_city", 255, "school_name", 127, "student_name", 255, "student_id", 65,
            "enrollment_date", 8, "student_identity_filename", 127, "student_id_filename", 127,
            "tuition_pay_filename", 127);

    private OrderRules() {
    }

    static void order(JsonNode body, PaymentMethod method) {
        FieldPath path = FieldPath.ROOT.child("order");
        ObjectNode order = object(body, "order", path, true);
        text(order, "mer_reference_id", path.child("mer_reference_id"), true, 4, 32);
        date(path.child("mer_date"), text(order, "mer_date", path.child("mer_date"), true));
        Money money = AmountRules.amount(order, "amount", path.child("amount"), true);
        text(order, "order_summary", path.child("order_summary"), false, 1, 32);
        String expireTime = text(order, "expire_time", path.child("expire_time"), false);
        if (expireTime != null && !FieldRules.isDigits(expireTime, 1, 9)) {
            throw violation(path.child("expire_time"), "must be a whole number of minutes");
        }
        String userIp = text(order, "user_ip", path.child("user_ip"), false);
        if ((method == PaymentMethod.WECHAT_IN_APP || method == PaymentMethod.WECHAT_WEB)
                && (userIp == null || userIp.isBlank())) {
            throw violation(path.child("user_ip"), "is required for WECHAT_IN_APP and WECHAT_WEB payments");
        }
        String ifSms = text(order, "if_sms", path.child("if_sms"), false);
        if (ifSms != null) {
            oneOf(path.child("if_sms"), ifSms, java.util.List.of("Y", "N"));
        }
        STUDY_ABROAD_MAX_LENGTHS.forEach((name, max) -> atMost(order, name, path.child(name), max));
        SubOrderRules.subOrders(order, path, money, false);
    }
}
