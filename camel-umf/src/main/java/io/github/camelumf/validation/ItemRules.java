package io.github.camelumf.validation;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;

import static io.github.camelumf.validation.FieldRules.member;
import static io.github.camelumf.validation.FieldRules.oneOf;
import static io.github.camelumf.validation.FieldRules.text;
import static io.github.camelumf.validation.FieldRules.violation;

/**
 * The rules of the {@code items} of a sub-order (section 5, "item"): mer_item_id 1-32, type one of the goods types,
 * name 1-256, description 1-64, amount required, quantity a whole number of at most 2 digits.
 */
final class ItemRules {

    /** The goods types of section 5. */
    static final List<String> TYPES = List.of("CLOTHING", "FOOD", "ELECTRONIC", "COSMETIC", "HOUSEHOLD_ITEMS");

    private ItemRules() {
    }

    static void items(ArrayNode items, FieldPath path) {
        for (int i = 0; i < items.size(); i++) {
            FieldPath itemPath = path.index(i);
            JsonNode item = items.get(i);
            if (!item.isObject()) {
                throw violation(itemPath, "must be a JSON object");
            }
            text(item, "mer_item_id", itemPath.child("mer_item_id"), false, 1, 32);
            String type = text(item, "type", itemPath.child("type"), false);
            if (type != null) {
                oneOf(itemPath.child("type"), type, TYPES);
            }
            text(item, "name", itemPath.child("name"), false, 1, 256);
            text(item, "description", itemPath.child("description"), false, 1, 64);
            AmountRules.amount(item, "amount", itemPath.child("amount"), true);
            quantity(item, itemPath.child("quantity"));
        }
    }

    private static void quantity(JsonNode item, FieldPath path) {
        JsonNode quantity = member(item, "quantity");
        if (quantity == null) {
            return;
        }
        String text = quantity.isTextual() || quantity.isIntegralNumber() ? quantity.asText() : "";
        if (!FieldRules.isDigits(text, 1, 2) || Integer.parseInt(text) == 0) {
            throw violation(path, "must be a whole number from 1 to 99");
        }
    }
}
