package io.github.camelumf.validation;

import java.math.BigDecimal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;

import static io.github.camelumf.validation.FieldRules.atMost;
import static io.github.camelumf.validation.FieldRules.nonEmptyArray;
import static io.github.camelumf.validation.FieldRules.text;
import static io.github.camelumf.validation.FieldRules.violation;

/**
 * The rules of the {@code sub_orders} of an order or a refund (section 5, "sub_order", "refund_info"): at least one;
 * each with a trading code of appendix 8, an amount in the parent's currency, items for goods trade, and the lengths
 * of section 5; together they add up to the parent's amount.
 */
final class SubOrderRules {

    private SubOrderRules() {
    }

    /**
     * Checks {@code parent.sub_orders} against the parent's amount.
     *
     * @param parentPath  the path of the order or refund_info
     * @param parentMoney the parent's checked amount
     * @param refund      whether these are refunded sub-orders, which must name the payment's sub-order
     */
    static void subOrders(JsonNode parent, FieldPath parentPath, Money parentMoney, boolean refund) {
        FieldPath path = parentPath.child("sub_orders");
        ArrayNode subOrders = nonEmptyArray(parent, "sub_orders", path, true);
        BigDecimal sum = BigDecimal.ZERO;
        for (int i = 0; i < subOrders.size(); i++) {
            sum = sum.add(subOrder(subOrders.get(i), path.index(i), parentPath, parentMoney, refund));
        }
        if (sum.compareTo(parentMoney.total()) != 0) {
            throw violation(parentPath.child("amount").child("total"),
                    "must equal the sum of the amounts of " + path);
        }
    }

    private static BigDecimal subOrder(JsonNode subOrder, FieldPath path, FieldPath parentPath, Money parentMoney,
                                       boolean refund) {
        if (!subOrder.isObject()) {
            throw violation(path, "must be a JSON object");
        }
        text(subOrder, "mer_sub_reference_id", path.child("mer_sub_reference_id"), refund, 4, 16);
        String transCode = text(subOrder, "trans_code", path.child("trans_code"), true);
        if (!TransCodes.isKnown(transCode)) {
            throw violation(path.child("trans_code"),
                    "must be a trading code of appendix 8 (such as 01122030 for goods trade)");
        }
        Money money = AmountRules.amount(subOrder, "amount", path.child("amount"), true);
        if (!money.currency().equals(parentMoney.currency())) {
            throw violation(path.child("amount").child("currency"),
                    "must be the currency of " + parentPath.child("amount"));
        }
        text(subOrder, "order_summary", path.child("order_summary"), false, 1, 32);
        String customs = text(subOrder, "is_customs", path.child("is_customs"), false);
        if (customs != null && !customs.equalsIgnoreCase("TRUE") && !customs.equalsIgnoreCase("FALSE")) {
            throw violation(path.child("is_customs"), "must be TRUE or FALSE");
        }
        text(subOrder, "invoice_id", path.child("invoice_id"), false, 1, 20);
        atMost(subOrder, "tracking_number", path.child("tracking_number"), 64);
        ArrayNode items = nonEmptyArray(subOrder, "items", path.child("items"), false);
        if (items == null && TransCodes.requiresItems(transCode)) {
            throw violation(path.child("items"), "is required for goods trade (trans_code 01122030)");
        }
        if (items != null) {
            ItemRules.items(items, path.child("items"));
        }
        return money.total();
    }
}
