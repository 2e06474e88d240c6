package io.github.camelumf.sandbox.rules;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** The format rules of a refund request (3.10, 3.11): a refund_info with its own mer_reference_id and amount. */
public final class RefundRules {

    /** One refunded sub-order. */
    public record SubRefund(String merSubReferenceId, Money amount) {
    }

    /** What a valid refund request says. */
    public record RefundRequest(ObjectNode refundInfo, String merReferenceId, Money amount, List<SubRefund> subOrders,
                                String notifyUrl) {
    }

    private RefundRules() {
    }

    /** Checks a refund request body. */
    public static RefundRequest check(ObjectNode body) {
        ObjectNode info = JsonFields.object(body, "refund_info", "refund_info");
        String merReferenceId = JsonFields.matching(info, "mer_reference_id", "refund_info.mer_reference_id",
                PaymentCreateRules.MER_REFERENCE_ID, "must be 4 to 32 letters, digits, '-' or '_'");
        PaymentCreateRules.checkDate(info, "mer_date", "refund_info.mer_date", false);
        Money amount = Money.read(info, "amount", "refund_info.amount");
        JsonFields.optionalMatching(info, "refund_summary", "refund_info.refund_summary",
                PaymentCreateRules.TEXT_1_64, "must be 1 to 64 characters");
        List<SubRefund> subOrders = new ArrayList<>();
        JsonNode node = info.get("sub_orders");
        if (node != null && !node.isNull()) {
            if (!node.isArray()) {
                throw ApiError.invalid("refund_info.sub_orders", "must be a JSON array");
            }
            ArrayNode array = (ArrayNode) node;
            BigDecimal sum = BigDecimal.ZERO;
            for (int i = 0; i < array.size(); i++) {
                String path = "refund_info.sub_orders[" + i + "]";
                JsonNode sub = array.get(i);
                if (!sub.isObject()) {
                    throw ApiError.invalid(path, "must be a JSON object");
                }
                String subId = JsonFields.text(sub, "mer_sub_reference_id", path + ".mer_sub_reference_id");
                String transCode = JsonFields.optionalText(sub, "trans_code", path + ".trans_code");
                if (transCode != null && !Catalog.TRANS_CODES.contains(transCode)) {
                    throw ApiError.pattern(path + ".trans_code", "must be a trading code of appendix 8");
                }
                Money subAmount = Money.read(sub, "amount", path + ".amount");
                if (!subAmount.currency().equals(amount.currency())) {
                    throw new ApiError(RetCode.REFUND_CURRENCY_INCONSISTENT,
                            path + ".amount.currency must be the refund currency");
                }
                sum = sum.add(subAmount.total());
                subOrders.add(new SubRefund(subId, subAmount));
            }
            if (!subOrders.isEmpty() && sum.compareTo(amount.total()) != 0) {
                throw new ApiError(RetCode.REFUND_AMOUNT_INCONSISTENT,
                        "refund_info.sub_orders amounts must add up to refund_info.amount.total");
            }
        }
        String notifyUrl = JsonFields.optionalMatching(body, "notify_url", "notify_url", PaymentCreateRules.TEXT_1_128,
                "must be 1 to 128 characters");
        return new RefundRequest(info, merReferenceId, amount, subOrders, notifyUrl);
    }
}
