package io.github.camelumf.validation;

import java.util.List;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import static io.github.camelumf.validation.FieldRules.date;
import static io.github.camelumf.validation.FieldRules.member;
import static io.github.camelumf.validation.FieldRules.object;
import static io.github.camelumf.validation.FieldRules.oneOf;
import static io.github.camelumf.validation.FieldRules.required;
import static io.github.camelumf.validation.FieldRules.text;
import static io.github.camelumf.validation.FieldRules.violation;

/**
 * The rules of the declaration bodies (section 5 customs_declaration, customs_declaration_only, national_inspection,
 * declare_again; appendix 8 "Supported Customs" and "Supported CIQ"): the customs or CIQ channel of the appendix,
 * mer_customs_code 1-15, ec_plat_id and plat_supplier_no 4-60, notify_url 1-256, freight and tax amounts of zero or
 * more and a positive sub-order amount, a sub-order reference of 4-16 characters with items of 1-32, real
 * yyyyMMdd order dates, declare_type 0 or 1.
 */
final class DeclarationRules {

    /** Supported customs (appendix 8). */
    static final List<String> CUSTOMS = List.of("CQZS", "GZHG", "BJZS", "NB", "ZZZS", "QDZS", "SZHG", "HZHG", "SHHG",
            "FZHG", "PTHG", "FSHG", "WHHG");
    /** Supported CIQ (appendix 8). */
    static final List<String> CIQ = List.of("GJHP", "GJNS");

    private static final FieldPath ROOT = FieldPath.ROOT;
    private static final FieldPath SUB_ORDER = ROOT.child("sub_order");
    private static final Pattern NON_NEGATIVE = Pattern.compile("\\d{1,10}(\\.\\d{1,2})?");

    private DeclarationRules() {
    }

    static void customsApply(JsonNode body) {
        String customsId = text(body, "customs_id", ROOT.child("customs_id"), true);
        oneOf(ROOT.child("customs_id"), customsId, CUSTOMS);
        text(body, "mer_customs_code", ROOT.child("mer_customs_code"), true, 1, 15);
        text(body, "ec_plat_id", ROOT.child("ec_plat_id"), true, 4, 60);
        text(body, "notify_url", ROOT.child("notify_url"), false, 1, 256);
        nonNegativeAmount(body, "freight_amount");
        nonNegativeAmount(body, "tax_amount");
        AmountRules.amount(body, "sub_order_amount", ROOT.child("sub_order_amount"), true);
        ObjectNode subOrder = subOrder(body);
        JsonNode items = member(subOrder, "items");
        if (items != null) {
            if (!items.isArray()) {
                throw violation(SUB_ORDER.child("items"), "must be a JSON array");
            }
            for (int i = 0; i < items.size(); i++) {
                FieldPath item = SUB_ORDER.child("items").index(i);
                if (!items.get(i).isObject()) {
                    throw violation(item, "must be a JSON object");
                }
                text(items.get(i), "mer_item_id", item.child("mer_item_id"), true, 1, 32);
            }
        }
    }

    static void customsApplyByOrder(JsonNode body) {
        customsApply(body);
        merDate(body);
        String idType = text(body, "citizen_id_type", ROOT.child("citizen_id_type"), false);
        if (idType != null) {
            oneOf(ROOT.child("citizen_id_type"), idType, List.of("IDENTITY_CARD"));
        }
    }

    static void customsQueryByOrder(JsonNode body) {
        ciqQueryByOrder(body);
        String isCustoms = text(body, "is_customs", ROOT.child("is_customs"), false);
        if (isCustoms != null) {
            oneOf(ROOT.child("is_customs"), isCustoms, List.of("TRUE", "FALSE"));
        }
    }

    static void ciqApply(JsonNode body) {
        subOrder(body);
        String ciqCode = text(body, "ciq_code", ROOT.child("ciq_code"), true);
        oneOf(ROOT.child("ciq_code"), ciqCode, CIQ);
        text(body, "plat_supplier_no", ROOT.child("plat_supplier_no"), true, 4, 60);
    }

    static void ciqApplyByOrder(JsonNode body) {
        ciqApply(body);
        merDate(body);
    }

    static void ciqQueryByOrder(JsonNode body) {
        subOrder(body);
        merDate(body);
    }

    static void resend(JsonNode body) {
        text(body, "mer_reference_id", ROOT.child("mer_reference_id"), true, 4, 32);
        String type = text(body, "declare_type", ROOT.child("declare_type"), true);
        oneOf(ROOT.child("declare_type"), type, List.of("0", "1"));
    }

    private static ObjectNode subOrder(JsonNode body) {
        ObjectNode subOrder = object(body, "sub_order", SUB_ORDER, true);
        text(subOrder, "mer_sub_reference_id", SUB_ORDER.child("mer_sub_reference_id"), true, 4, 16);
        return subOrder;
    }

    private static void merDate(JsonNode body) {
        date(ROOT.child("mer_date"), text(body, "mer_date", ROOT.child("mer_date"), true));
    }

    /** An amount object whose total (and total_cny) may be zero: freight and tax. */
    private static void nonNegativeAmount(JsonNode body, String name) {
        FieldPath path = ROOT.child(name);
        ObjectNode amount = object(body, name, path, true);
        nonNegative(required(amount, "total", path.child("total")), path.child("total"));
        AmountRules.currency(amount, "currency", path.child("currency"), true);
        JsonNode totalCny = member(amount, "total_cny");
        if (totalCny != null) {
            nonNegative(totalCny, path.child("total_cny"));
        }
    }

    private static void nonNegative(JsonNode value, FieldPath path) {
        String text = value.isNumber() ? value.decimalValue().toPlainString() : value.isTextual() ? value.textValue()
                : null;
        if (text == null || !NON_NEGATIVE.matcher(text).matches()) {
            throw violation(path, "must be a decimal amount of zero or more with at most 10 digits before and 2"
                                  + " after the point");
        }
    }
}
