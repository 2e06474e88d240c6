package io.github.camelumf.validation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import static io.github.camelumf.validation.FieldRules.nonEmptyArray;
import static io.github.camelumf.validation.FieldRules.object;
import static io.github.camelumf.validation.FieldRules.text;
import static io.github.camelumf.validation.FieldRules.violation;

/**
 * The body of {@code payment/updateExpress} (3.58): {@code order.sub_orders}, each naming a sub-order of the
 * payment (mer_sub_reference_id 4-16, as at creation) and its tracking_number ("express company + ' ' + number",
 * at most 64 characters).
 */
final class ExpressRules {

    private static final FieldPath ORDER = FieldPath.ROOT.child("order");

    private ExpressRules() {
    }

    static void update(JsonNode body) {
        ObjectNode order = object(body, "order", ORDER, true);
        ArrayNode subOrders = nonEmptyArray(order, "sub_orders", ORDER.child("sub_orders"), true);
        for (int i = 0; i < subOrders.size(); i++) {
            FieldPath path = ORDER.child("sub_orders").index(i);
            JsonNode subOrder = subOrders.get(i);
            if (!subOrder.isObject()) {
                throw violation(path, "must be a JSON object");
            }
            text(subOrder, "mer_sub_reference_id", path.child("mer_sub_reference_id"), true, 4, 16);
            text(subOrder, "tracking_number", path.child("tracking_number"), true, 1, 64);
        }
    }
}
