package io.github.camelumf.validation;

import java.math.BigDecimal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import static io.github.camelumf.validation.FieldRules.member;
import static io.github.camelumf.validation.FieldRules.object;
import static io.github.camelumf.validation.FieldRules.oneOf;
import static io.github.camelumf.validation.FieldRules.text;
import static io.github.camelumf.validation.FieldRules.violation;

/**
 * The rules of an {@code amount} object (section 5): {@code total} and {@code total_cny} are positive decimals of at
 * most 12 digits with at most 2 decimals (a JSON string such as {@code "10.00"}, or a JSON number); {@code currency}
 * is one of appendix 8; an {@code exchange_rate} has at most 18 digits with at most 8 decimals.
 */
final class AmountRules {

    private static final String NOT_A_DECIMAL = "must be a decimal amount such as 10.00";

    private AmountRules() {
    }

    /** Checks the amount object {@code name} of {@code parent}; {@code null} if it is absent and not required. */
    static Money amount(JsonNode parent, String name, FieldPath path, boolean required) {
        ObjectNode amount = object(parent, name, path, required);
        if (amount == null) {
            return null;
        }
        BigDecimal total = decimal(amount, "total", path.child("total"), true, 10, 2);
        String currency = currency(amount, "currency", path.child("currency"), true);
        decimal(amount, "total_cny", path.child("total_cny"), false, 10, 2);
        ObjectNode rate = object(amount, "exchange_rate", path.child("exchange_rate"), false);
        if (rate != null) {
            currency(rate, "currency", path.child("exchange_rate").child("currency"), false);
            decimal(rate, "rate", path.child("exchange_rate").child("rate"), false, 10, 8);
        }
        return new Money(total, currency);
    }

    static String currency(JsonNode parent, String name, FieldPath path, boolean required) {
        String currency = text(parent, name, path, required);
        if (currency != null) {
            oneOf(path, currency, Currencies.codes());
        }
        return currency;
    }

    /**
     * A positive decimal with at most {@code integerDigits} digits before and {@code decimals} digits after the
     * point, judged on its text as it goes on the wire.
     */
    static BigDecimal decimal(JsonNode parent, String name, FieldPath path, boolean required, int integerDigits,
                              int decimals) {
        JsonNode value = required ? FieldRules.required(parent, name, path) : member(parent, name);
        if (value == null) {
            return null;
        }
        String text;
        if (value.isTextual()) {
            text = value.textValue();
        } else if (value.isNumber()) {
            text = value.decimalValue().toPlainString();
        } else {
            throw violation(path, NOT_A_DECIMAL);
        }
        int point = text.indexOf('.');
        int integerStart = text.startsWith("-") ? 1 : 0;
        int integerEnd = point < 0 ? text.length() : point;
        if (!FieldRules.isDigits(text.substring(integerStart, integerEnd), 1, Integer.MAX_VALUE)
                || point >= 0 && !FieldRules.isDigits(text.substring(point + 1), 1, Integer.MAX_VALUE)) {
            throw violation(path, NOT_A_DECIMAL);
        }
        BigDecimal number = new BigDecimal(text);
        if (number.signum() <= 0) {
            throw violation(path, "must be greater than zero");
        }
        int firstSignificant = integerStart;
        while (firstSignificant < integerEnd - 1 && text.charAt(firstSignificant) == '0') {
            firstSignificant++;
        }
        int fraction = point < 0 ? 0 : text.length() - point - 1;
        if (integerEnd - firstSignificant > integerDigits || fraction > decimals) {
            throw violation(path, "must have at most " + (integerDigits + decimals) + " digits with at most "
                    + decimals + " decimals");
        }
        return number;
    }
}
