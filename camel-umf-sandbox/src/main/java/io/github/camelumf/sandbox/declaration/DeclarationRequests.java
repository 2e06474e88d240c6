package io.github.camelumf.sandbox.declaration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.camelumf.sandbox.rules.ApiError;
import io.github.camelumf.sandbox.rules.Catalog;
import io.github.camelumf.sandbox.rules.JsonFields;
import io.github.camelumf.sandbox.rules.RetCode;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The request bodies of the declaration operations as UMF checks them (section 5 customs_declaration,
 * customs_declaration_only, national_inspection, declare_again; appendix 8 customs and CIQ lists). Missing members
 * are {@code 00060700}, values off their pattern {@code 00280702}; refusals name the field, never its value.
 */
final class DeclarationRequests {

    /** Supported customs (appendix 8). */
    static final List<String> CUSTOMS = List.of("CQZS", "GZHG", "BJZS", "NB", "ZZZS", "QDZS", "SZHG", "HZHG", "SHHG",
            "FZHG", "PTHG", "FSHG", "WHHG");
    /** Supported CIQ (appendix 8). */
    static final List<String> CIQ = List.of("GJHP", "GJNS");

    private static final Pattern SUB_REFERENCE = Pattern.compile("[0-9A-Za-z_-]{4,16}");
    private static final Pattern DATE = Pattern.compile("\\d{8}");
    private static final Pattern CITIZEN_ID = Pattern.compile("\\d{15}|\\d{17}[0-9Xx]");
    private static final Pattern TOTAL = Pattern.compile("\\d{1,10}(\\.\\d{1,2})?");
    private static final DateTimeFormatter YYYYMMDD = DateTimeFormatter.BASIC_ISO_DATE;

    private DeclarationRequests() {
    }

    /** apply_to_customs (3.16) or apply_customs (3.50, {@code byOrder}): the body, amounts normalised. */
    static ObjectNode customs(ObjectNode body, boolean byOrder) {
        ObjectNode request = body.deepCopy();
        String customsId = JsonFields.text(body, "customs_id", "customs_id");
        if (!CUSTOMS.contains(customsId)) {
            throw ApiError.pattern("customs_id", "must be a customs code of appendix 8");
        }
        length(body, "mer_customs_code", 1, 15, true);
        length(body, "ec_plat_id", 4, 60, true);
        length(body, "notify_url", 1, 256, false);
        request.set("freight_amount", amount(body, "freight_amount", false));
        request.set("tax_amount", amount(body, "tax_amount", false));
        request.set("sub_order_amount", amount(body, "sub_order_amount", true));
        subOrder(body, true);
        if (byOrder) {
            merDate(body);
            String idType = JsonFields.optionalText(body, "citizen_id_type", "citizen_id_type");
            if (idType != null && !idType.isEmpty() && !"IDENTITY_CARD".equals(idType)) {
                throw ApiError.pattern("citizen_id_type", "must be IDENTITY_CARD");
            }
        }
        return request;
    }

    /** The decrypted citizen_id_number of a declaration by order (absent is fine): 15 digits or 17 and a check. */
    static void citizenId(String plaintext) {
        if (plaintext != null && !plaintext.isEmpty() && !CITIZEN_ID.matcher(plaintext).matches()) {
            throw new ApiError(RetCode.INVALID_ID_NUMBER, "citizen_id_number must have 15 or 18 characters");
        }
    }

    /** apply_to_ciq (3.18, 3.52 {@code byOrder}). */
    static ObjectNode ciq(ObjectNode body, boolean byOrder) {
        subOrder(body, false);
        String ciqCode = JsonFields.text(body, "ciq_code", "ciq_code");
        if (!CIQ.contains(ciqCode)) {
            throw ApiError.pattern("ciq_code", "must be a CIQ code of appendix 8");
        }
        length(body, "plat_supplier_no", 4, 60, true);
        if (byOrder) {
            merDate(body);
        }
        return body.deepCopy();
    }

    /** customs_query (3.51) and ciq_declarations (3.53): sub_order.mer_sub_reference_id and mer_date. */
    static void query(ObjectNode body) {
        subOrder(body, false);
        merDate(body);
        String isCustoms = JsonFields.optionalText(body, "is_customs", "is_customs");
        if (isCustoms != null && !isCustoms.isEmpty() && !"TRUE".equals(isCustoms) && !"FALSE".equals(isCustoms)) {
            throw ApiError.pattern("is_customs", "must be TRUE or FALSE");
        }
    }

    /** declare_again (3.32, 3.54): the kind to resend. */
    static DeclarationKind resend(ObjectNode body) {
        length(body, "mer_reference_id", 4, 32, true);
        String type = JsonFields.text(body, "declare_type", "declare_type");
        for (DeclarationKind kind : DeclarationKind.values()) {
            if (kind.declareType().equals(type)) {
                return kind;
            }
        }
        throw ApiError.pattern("declare_type", "must be 0 (customs) or 1 (inspection)");
    }

    static String subReference(ObjectNode body) {
        return body.path("sub_order").path("mer_sub_reference_id").asText();
    }

    private static void subOrder(ObjectNode body, boolean items) {
        ObjectNode subOrder = JsonFields.object(body, "sub_order", "sub_order");
        JsonFields.matching(subOrder, "mer_sub_reference_id", "sub_order.mer_sub_reference_id", SUB_REFERENCE,
                "must be 4 to 16 letters, digits, _ or -");
        JsonNode list = subOrder.get("items");
        if (!items || list == null || list.isNull()) {
            return;
        }
        if (!list.isArray()) {
            throw ApiError.invalid("sub_order.items", "must be a JSON array");
        }
        for (int i = 0; i < list.size(); i++) {
            length(list.get(i), "mer_item_id", 1, 32, true, "sub_order.items[" + i + "].mer_item_id");
        }
    }

    private static void merDate(ObjectNode body) {
        String date = JsonFields.matching(body, "mer_date", "mer_date", DATE, "must be yyyyMMdd");
        try {
            LocalDate.parse(date, YYYYMMDD);
        } catch (DateTimeParseException e) {
            throw ApiError.pattern("mer_date", "must be yyyyMMdd and a real date");
        }
    }

    private static void length(JsonNode body, String name, int min, int max, boolean required) {
        length(body, name, min, max, required, name);
    }

    private static void length(JsonNode body, String name, int min, int max, boolean required, String path) {
        String value = required ? JsonFields.text(body, name, path) : JsonFields.optionalText(body, name, path);
        if (value != null && (value.length() < min || value.length() > max)) {
            throw ApiError.pattern(path, "must be " + min + " to " + max + " characters");
        }
    }

    /**
     * An amount object {total, currency, total_cny}: a total of at most 12 digits with at most 2 decimals (zero
     * allowed for freight and tax), a currency of appendix 8; answered as strings with two decimals.
     */
    private static ObjectNode amount(ObjectNode body, String name, boolean positive) {
        ObjectNode amount = JsonFields.object(body, name, name);
        JsonNode totalNode = amount.get("total");
        String path = name + ".total";
        if (totalNode == null || totalNode.isNull()) {
            throw ApiError.invalid(path, "is required");
        }
        String text = totalNode.isNumber() ? totalNode.decimalValue().toPlainString()
                : totalNode.isTextual() ? totalNode.asText().trim() : null;
        if (text == null) {
            throw ApiError.invalid(path, "must be a string or a number");
        }
        if (!TOTAL.matcher(text).matches()) {
            throw ApiError.pattern(path, "must have at most 12 digits including at most 2 decimals");
        }
        BigDecimal total = new BigDecimal(text).setScale(2, RoundingMode.UNNECESSARY);
        if (positive && total.signum() <= 0) {
            throw ApiError.pattern(path, "must be greater than 0");
        }
        String currency = JsonFields.text(amount, "currency", name + ".currency");
        if (!Catalog.CURRENCIES.contains(currency)) {
            throw ApiError.pattern(name + ".currency", "must be a currency code of appendix 8");
        }
        ObjectNode normalised = JsonNodeFactory.instance.objectNode();
        normalised.put("total", total.toPlainString());
        normalised.put("currency", currency);
        normalised.put("total_cny",
                total.multiply(Catalog.rate(currency)).setScale(2, RoundingMode.HALF_UP).toPlainString());
        return normalised;
    }

    /** The items of a request's sub_order as {@code [{"mer_item_id": ..}]}. */
    static ArrayNode items(ObjectNode request) {
        ArrayNode items = JsonNodeFactory.instance.arrayNode();
        for (JsonNode item : request.path("sub_order").path("items")) {
            items.addObject().put("mer_item_id", item.path("mer_item_id").asText());
        }
        return items;
    }
}
