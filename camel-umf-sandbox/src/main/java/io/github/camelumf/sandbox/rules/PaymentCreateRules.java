package io.github.camelumf.sandbox.rules;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The format rules of a payment creation request (3.5, 4.3, objects of section 5). Each refusal names the field and
 * the rule; see {@link RetCode} for the codes.
 */
public final class PaymentCreateRules {

    public static final Pattern MER_REFERENCE_ID = Pattern.compile("[0-9A-Za-z_-]{4,32}");
    static final Pattern MER_SUB_REFERENCE_ID = Pattern.compile("[0-9A-Za-z_-]{4,16}");
    /** The relaxed rule of {@code SandboxBehaviour.lenientLengths()}: the reference's samples 2.3 and 2.8 send 19-20. */
    static final Pattern MER_SUB_REFERENCE_ID_LENIENT = Pattern.compile("[0-9A-Za-z_-]{4,32}");
    static final Pattern DATE = Pattern.compile("\\d{8}");
    static final Pattern EXPIRE_MINUTES = Pattern.compile("[1-9]\\d{0,5}");
    static final Pattern BANK_CODE = Pattern.compile("[A-Z]{2,10}");
    static final Pattern PHONE = Pattern.compile("1\\d{10}");
    static final Pattern TEXT_1_32 = Pattern.compile("(?s).{1,32}");
    static final Pattern TEXT_1_20 = Pattern.compile("(?s).{1,20}");
    static final Pattern TEXT_1_64 = Pattern.compile("(?s).{1,64}");
    static final Pattern TEXT_1_128 = Pattern.compile("(?s).{1,128}");
    static final Pattern TEXT_1_256 = Pattern.compile("(?s).{1,256}");
    static final Pattern QUANTITY = Pattern.compile("\\d{1,2}");
    static final Pattern TRUE_FALSE = Pattern.compile("(?i)TRUE|FALSE");
    static final Pattern TRANS_TYPE = Pattern.compile("01|02");

    private static final DateTimeFormatter YYYYMMDD = DateTimeFormatter.ofPattern("uuuuMMdd")
            .withResolverStyle(ResolverStyle.STRICT);

    /** What a valid creation request says. */
    public record CreateRequest(ObjectNode payer, ObjectNode order, PaymentKind kind, Money amount,
                                String merReferenceId, int expireMinutes) {
    }

    private PaymentCreateRules() {
    }

    /** Checks a creation request body with the length rules of section 5; returns what the payment is built from. */
    public static CreateRequest check(ObjectNode body) {
        return check(body, false);
    }

    /**
     * Checks a creation request body; {@code lenientLengths} allows {@code mer_sub_reference_id} 4 to 32 characters
     * instead of 4 to 16.
     */
    public static CreateRequest check(ObjectNode body, boolean lenientLengths) {
        ObjectNode payer = JsonFields.object(body, "payer", "payer");
        PaymentKind kind = PaymentMethodTable.classify(
                JsonFields.text(payer, "payment_method", "payer.payment_method"),
                JsonFields.text(payer, "interface_type", "payer.interface_type"),
                JsonFields.text(payer, "business_type", "payer.business_type"));
        checkPayer(payer, kind);

        ObjectNode order = JsonFields.object(body, "order", "order");
        String merReferenceId = JsonFields.matching(order, "mer_reference_id", "order.mer_reference_id",
                MER_REFERENCE_ID, "must be 4 to 32 letters, digits, '-' or '_'");
        checkDate(order, "mer_date", "order.mer_date", true);
        Money amount = Money.read(order, "amount", "order.amount");
        JsonFields.optionalMatching(order, "order_summary", "order.order_summary", TEXT_1_32,
                "must be 1 to 32 characters");
        String expire = JsonFields.optionalMatching(order, "expire_time", "order.expire_time", EXPIRE_MINUTES,
                "must be a number of minutes");
        checkSubOrders(order, amount, lenientLengths);

        JsonFields.optionalMatching(body, "notify_url", "notify_url", TEXT_1_128, "must be 1 to 128 characters");
        JsonFields.optionalMatching(body, "ret_url", "ret_url", TEXT_1_128, "must be 1 to 128 characters");
        ObjectNode risk = JsonFields.optionalObject(body, "risk_info", "risk_info");
        if (risk != null) {
            JsonFields.optionalMatching(risk, "trans_type", "risk_info.trans_type", TRANS_TYPE, "must be 01 or 02");
        }
        int minutes = expire == null ? 24 * 60 : Integer.parseInt(expire);
        return new CreateRequest(payer, order, kind, amount, merReferenceId, minutes);
    }

    /** Checks an optional (or required) yyyyMMdd date member. */
    public static void checkDate(JsonNode parent, String name, String path, boolean required) {
        String value = required ? JsonFields.text(parent, name, path) : JsonFields.optionalText(parent, name, path);
        if (value == null || (!required && value.isEmpty())) {
            return;
        }
        try {
            if (!DATE.matcher(value).matches()) {
                throw new DateTimeParseException("not 8 digits", value, 0);
            }
            LocalDate.parse(value, YYYYMMDD);
        } catch (DateTimeParseException e) {
            throw ApiError.pattern(path, "must be a date yyyyMMdd");
        }
    }

    private static void checkPayer(ObjectNode payer, PaymentKind kind) {
        String bankCode = JsonFields.optionalMatching(payer, "bank_code", "payer.bank_code", BANK_CODE,
                "must be a bank code of appendix 8");
        if (bankCode != null && !Catalog.isKnownBank(bankCode)) {
            throw ApiError.pattern("payer.bank_code", "must be a bank code of appendix 8");
        }
        if ((kind == PaymentKind.BANK_PAGE || kind == PaymentKind.B2B_BANK) && bankCode == null) {
            throw ApiError.invalid("payer.bank_code", "is required for DIRECT_TO_BANK with NOT_APPLICABLE");
        }
        JsonFields.optionalMatching(payer, "external_customer_id", "payer.external_customer_id", TEXT_1_32,
                "must be 1 to 32 characters");
        ObjectNode info = JsonFields.optionalObject(payer, "payer_info", "payer.payer_info");
        JsonFields.optionalObject(payer, "enterprise_qualification", "payer.enterprise_qualification");
        if (info != null) {
            String phone = JsonFields.optionalText(info, "phone", "payer.payer_info.phone");
            if (phone != null && !phone.isEmpty() && !PHONE.matcher(phone).matches()) {
                throw new ApiError(RetCode.INVALID_PHONE, "payer.payer_info.phone must be a mobile number of 11 digits");
            }
        }
        if (kind == PaymentKind.WECHAT_WEB) {
            ObjectNode web = JsonFields.object(info == null ? payer.objectNode() : info, "wechat_in_app_web",
                    "payer.payer_info.wechat_in_app_web");
            JsonFields.text(web, "open_id", "payer.payer_info.wechat_in_app_web.open_id");
        }
    }

    private static void checkSubOrders(ObjectNode order, Money amount, boolean lenientLengths) {
        JsonNode node = order.get("sub_orders");
        if (node == null || node.isNull() || (node.isArray() && node.isEmpty())) {
            throw ApiError.invalid("order.sub_orders", "is required (at least one sub_order)");
        }
        if (!node.isArray()) {
            throw ApiError.invalid("order.sub_orders", "must be a JSON array");
        }
        BigDecimal sum = BigDecimal.ZERO;
        Set<String> subIds = new HashSet<>();
        ArrayNode subOrders = (ArrayNode) node;
        for (int i = 0; i < subOrders.size(); i++) {
            String path = "order.sub_orders[" + i + "]";
            JsonNode sub = subOrders.get(i);
            if (!sub.isObject()) {
                throw ApiError.invalid(path, "must be a JSON object");
            }
            String subId = JsonFields.optionalMatching(sub, "mer_sub_reference_id", path + ".mer_sub_reference_id",
                    lenientLengths ? MER_SUB_REFERENCE_ID_LENIENT : MER_SUB_REFERENCE_ID,
                    lenientLengths ? "must be 4 to 32 letters, digits, '-' or '_'"
                            : "must be 4 to 16 letters, digits, '-' or '_'");
            if (subId != null && !subIds.add(subId)) {
                throw ApiError.invalid(path + ".mer_sub_reference_id", "must be unique within the order");
            }
            String transCode = JsonFields.text(sub, "trans_code", path + ".trans_code");
            if (!Catalog.TRANS_CODES.contains(transCode)) {
                throw ApiError.pattern(path + ".trans_code", "must be a trading code of appendix 8");
            }
            Money subAmount = Money.read(sub, "amount", path + ".amount");
            if (!subAmount.currency().equals(amount.currency())) {
                throw ApiError.invalid(path + ".amount.currency", "must be the order currency");
            }
            sum = sum.add(subAmount.total());
            JsonFields.optionalMatching(sub, "is_customs", path + ".is_customs", TRUE_FALSE, "must be TRUE or FALSE");
            JsonFields.optionalMatching(sub, "invoice_id", path + ".invoice_id", TEXT_1_20,
                    "must be 1 to 20 characters");
            JsonFields.optionalMatching(sub, "order_summary", path + ".order_summary", TEXT_1_32,
                    "must be 1 to 32 characters");
            checkItems(sub, path, transCode, subAmount);
        }
        if (sum.compareTo(amount.total()) != 0) {
            throw ApiError.invalid("order.sub_orders", "amounts must add up to order.amount.total");
        }
    }

    private static void checkItems(JsonNode sub, String path, String transCode, Money subAmount) {
        JsonNode items = sub.get("items");
        boolean absent = items == null || items.isNull() || (items.isArray() && items.isEmpty());
        if (absent) {
            if (Catalog.GOODS_TRADE.equals(transCode)) {
                throw new ApiError(RetCode.CARGO_INFORMATION_ABSENT,
                        path + ".items is required when trans_code is " + Catalog.GOODS_TRADE);
            }
            return;
        }
        if (!items.isArray()) {
            throw ApiError.invalid(path + ".items", "must be a JSON array");
        }
        for (int j = 0; j < items.size(); j++) {
            String itemPath = path + ".items[" + j + "]";
            JsonNode item = items.get(j);
            if (!item.isObject()) {
                throw ApiError.invalid(itemPath, "must be a JSON object");
            }
            Money itemAmount = Money.read(item, "amount", itemPath + ".amount");
            if (!itemAmount.currency().equals(subAmount.currency())) {
                throw ApiError.invalid(itemPath + ".amount.currency", "must be the order currency");
            }
            JsonFields.optionalMatching(item, "mer_item_id", itemPath + ".mer_item_id", TEXT_1_32,
                    "must be 1 to 32 characters");
            String type = JsonFields.optionalText(item, "type", itemPath + ".type");
            if (type != null && !Catalog.ITEM_TYPES.contains(type)) {
                throw ApiError.pattern(itemPath + ".type", "must be one of " + Catalog.ITEM_TYPES);
            }
            JsonFields.optionalMatching(item, "name", itemPath + ".name", TEXT_1_256, "must be 1 to 256 characters");
            JsonFields.optionalMatching(item, "description", itemPath + ".description", TEXT_1_64,
                    "must be 1 to 64 characters");
            JsonNode quantity = item.get("quantity");
            if (quantity != null && !quantity.isNull()
                    && !QUANTITY.matcher(quantity.isNumber() ? quantity.decimalValue().toPlainString()
                    : quantity.asText()).matches()) {
                throw ApiError.pattern(itemPath + ".quantity", "must be a number of at most 2 digits");
            }
        }
    }
}
