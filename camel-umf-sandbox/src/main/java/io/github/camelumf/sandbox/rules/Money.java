package io.github.camelumf.sandbox.rules;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.regex.Pattern;

/**
 * An {@code amount} object: a positive total of at most 12 digits including at most 2 decimals, and a currency of
 * appendix 8. Totals are accepted as JSON strings or numbers and always answered as strings with two decimals.
 */
public record Money(BigDecimal total, String currency) {

    private static final Pattern TOTAL = Pattern.compile("\\d{1,10}(\\.\\d{1,2})?");

    /** Reads and checks the amount object {@code name} of {@code parent} (path names it in refusals). */
    public static Money read(JsonNode parent, String name, String path) {
        ObjectNode amount = JsonFields.object(parent, name, path);
        JsonNode totalNode = amount.get("total");
        String totalPath = path + ".total";
        if (totalNode == null || totalNode.isNull()) {
            throw ApiError.invalid(totalPath, "is required");
        }
        String text;
        if (totalNode.isTextual()) {
            text = totalNode.asText().trim();
        } else if (totalNode.isNumber()) {
            text = totalNode.decimalValue().toPlainString();
        } else {
            throw ApiError.invalid(totalPath, "must be a string or a number");
        }
        if (!TOTAL.matcher(text).matches()) {
            throw ApiError.pattern(totalPath, "must have at most 12 digits including at most 2 decimals");
        }
        BigDecimal total = new BigDecimal(text).setScale(2, RoundingMode.UNNECESSARY);
        if (total.signum() <= 0) {
            throw new ApiError(RetCode.AMOUNT_NOT_POSITIVE, totalPath + " must be greater than 0");
        }
        String currency = JsonFields.text(amount, "currency", path + ".currency");
        if (!Catalog.CURRENCIES.contains(currency)) {
            throw ApiError.pattern(path + ".currency", "must be a currency code of appendix 8");
        }
        return new Money(total, currency);
    }

    /** The total as UMF writes it: a string with two decimals. */
    public String totalText() {
        return total.setScale(2, RoundingMode.UNNECESSARY).toPlainString();
    }

    /** {@code {"total": "..", "currency": ".."}}. */
    public ObjectNode toJson() {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("total", totalText());
        node.put("currency", currency);
        return node;
    }

    /** The amount object with exchange rate and CNY total, as a queried payment shows it (3.9). */
    public ObjectNode toJsonWithExchange() {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("total", totalText());
        ObjectNode rate = node.putObject("exchange_rate");
        rate.put("rate", Catalog.rate(currency).toPlainString());
        rate.put("currency", currency);
        node.put("currency", currency);
        node.put("total_cny", total.multiply(Catalog.rate(currency)).setScale(2, RoundingMode.HALF_UP).toPlainString());
        return node;
    }
}
