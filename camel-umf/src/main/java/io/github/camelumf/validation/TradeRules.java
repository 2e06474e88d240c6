package io.github.camelumf.validation;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import static io.github.camelumf.validation.FieldRules.date;
import static io.github.camelumf.validation.FieldRules.object;
import static io.github.camelumf.validation.FieldRules.oneOf;
import static io.github.camelumf.validation.FieldRules.text;
import static io.github.camelumf.validation.FieldRules.violation;

/**
 * The rules of the B2B enterprise (4.1), B2B payment (11), outward remittance (9) and tuition (10) bodies, checked on
 * the plaintext before the *enc* fields are encrypted: the reference's members required, codes of their length
 * (area 6, industry 4, attribute 3, tax-free 2, business 8 digits; 3-letter currency and country), positive amounts
 * of at most 2 decimals, payee name and address together at most 130 characters (9.2), a valid 18-character
 * identity number and an 11-digit mobile phone, unit price x count = amount and order time unlike pay time (9.3).
 */
final class TradeRules {

    private static final FieldPath ROOT = FieldPath.ROOT;
    private static final Pattern ALNUM = Pattern.compile("[0-9A-Za-z]+");
    private static final Pattern THREE_LETTERS = Pattern.compile("[A-Z]{3}");
    private static final Pattern SWIFT = Pattern.compile("[A-Z0-9]{8}([A-Z0-9]{3})?");
    private static final Pattern MOBILE = Pattern.compile("1\\d{10}");
    private static final Pattern ID_CARD = Pattern.compile("\\d{17}[0-9X]");
    private static final Pattern POSITIVE_COUNT = Pattern.compile("[1-9]\\d{0,8}");
    private static final int[] ID_WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String ID_CHECKS = "10X98765432";
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final List<String> VALUATIONS = List.of("CNY_VALUATION", "FOREIGN_VALUATION");
    private static final List<String> COST_WAYS = List.of("FULL_AMOUNT", "UN_FULL_AMOUNT");
    private static final int NAME_AND_ADDRESS = 130;

    private TradeRules() {
    }

    /** enterprise/register (4.1): enterprise_qualification with id, name, contact, busi_type and code. */
    static void enterpriseRegister(JsonNode body) {
        FieldPath path = ROOT.child("enterprise_qualification");
        ObjectNode enterprise = object(body, "enterprise_qualification", path, true);
        text(enterprise, "external_enterprise_id", path.child("external_enterprise_id"), true, 1, 16);
        text(enterprise, "enterprise_name", path.child("enterprise_name"), true, 1, 256);
        text(enterprise, "enterprise_phone", path.child("enterprise_phone"), true, 1, 32);
        text(enterprise, "enterprise_email", path.child("enterprise_email"), true, 1, 128);
        text(enterprise, "enterprise_contact", path.child("enterprise_contact"), true, 1, 64);
        oneOf(path.child("busi_type"), text(enterprise, "busi_type", path.child("busi_type"), true), List.of("SJHG",
                "GFHG"));
        matching(enterprise, "enterprise_code", 8, 18, ALNUM, "must be 8 to 18 letters or digits");
    }

    /** b2b/qualification (11.1): the enterprise, its codes, representative and phones. */
    static void qualification(JsonNode body) {
        text(body, "cust_code", ROOT.child("cust_code"), true, 1, 64);
        text(body, "cust_name", ROOT.child("cust_name"), true, 1, 128);
        digits(body, "area_code", 6);
        matching(body, "country_code", 3, 3, THREE_LETTERS, "must be a 3-letter country code");
        text(body, "cust_addr", ROOT.child("cust_addr"), true, 1, 256);
        digits(body, "industry_code", 4);
        digits(body, "attr_code", 3);
        oneOf(ROOT.child("is_tax_free"), text(body, "is_tax_free", ROOT.child("is_tax_free"), true), List.of("Y", "N"));
        digits(body, "tax_free_code", 2);
        text(body, "rep_nm", ROOT.child("rep_nm"), true, 1, 64);
        String certType = text(body, "cert_type", ROOT.child("cert_type"), true, 1, 2);
        String certNum = text(body, "cert_num", ROOT.child("cert_num"), true, 1, 32);
        if ("1".equals(certType)) {
            idCard(ROOT.child("cert_num"), certNum);
        }
        mobile(body, "phone");
        text(body, "cont_aact", ROOT.child("cont_aact"), true, 1, 64);
        text(body, "company_phone", ROOT.child("company_phone"), true, 1, 32);
    }

    /** b2b/qualificationQuery (11.2): cust_code and cust_name. */
    static void qualificationQuery(JsonNode body) {
        text(body, "cust_code", ROOT.child("cust_code"), true, 1, 64);
        text(body, "cust_name", ROOT.child("cust_name"), true, 1, 128);
    }

    /** b2b/payee and remittance/payee (11.3, 9.2): the payee, name and address together at most 130 characters. */
    static void payee(JsonNode body) {
        text(body, "payee_account", ROOT.child("payee_account"), true, 1, 64);
        String name = text(body, "payee_name", ROOT.child("payee_name"), true, 1, NAME_AND_ADDRESS);
        String address = text(body, "payee_address", ROOT.child("payee_address"), true, 1, NAME_AND_ADDRESS);
        if (name.codePointCount(0, name.length()) + 1 + address.codePointCount(0, address.length())
                > NAME_AND_ADDRESS) {
            throw violation(ROOT.child("payee_address"),
                    "with payee_name and the space between them must be at most 130 characters");
        }
        matching(body, "payee_swift", 8, 11, SWIFT, "must be a SWIFT/BIC code of 8 or 11 letters or digits");
        text(body, "iban", ROOT.child("iban"), false, 1, 34);
        text(body, "payee_bank_name", ROOT.child("payee_bank_name"), true, 1, 128);
        text(body, "payee_bank_address", ROOT.child("payee_bank_address"), false, 0, 256);
        matching(body, "payee_country", 3, 3, THREE_LETTERS, "must be a 3-letter country code (9.7)");
    }

    /** b2b/orderDetail (11.4): batch, order, contract, business code, valuation and amount. */
    static void b2bOrderDetail(JsonNode body) {
        batchAndOrder(body, "mer_orderId");
        text(body, "contract_no", ROOT.child("contract_no"), true, 1, 64);
        date(ROOT.child("contract_date"), text(body, "contract_date", ROOT.child("contract_date"), true));
        digits(body, "business_code", 8);
        valuation(body);
        currency(body, "currency");
        amount(body, "Damount");
        text(body, "order_sub_type", ROOT.child("order_sub_type"), true, 1, 2);
        text(body, "logistics_no", ROOT.child("logistics_no"), false, 0, 64);
    }

    /** b2b/confirm and remittance/confirm (11.5, 9.4): batch, payee account, amount and how costs are shared. */
    static void confirm(JsonNode body) {
        matching(body, "mer_batchno", 1, 32, ALNUM, "must be 1 to 32 letters or digits");
        text(body, "payee_account", ROOT.child("payee_account"), true, 1, 64);
        digits(body, "business_code", 8);
        currency(body, "currency");
        valuation(body);
        text(body, "remit_information", ROOT.child("remit_information"), true, 1, 256);
        amount(body, "Oamount");
        oneOf(ROOT.child("cost_way"), text(body, "cost_way", ROOT.child("cost_way"), true), COST_WAYS);
    }

    /** remittance/orderItem (9.3): the goods, unit price x count = amount, the payer, order time unlike pay time. */
    static void orderItem(JsonNode body) {
        batchAndOrder(body, "mer_orderId");
        digits(body, "business_code", 8);
        currency(body, "currency");
        text(body, "goods_type", ROOT.child("goods_type"), true, 1, 32);
        text(body, "goods_name", ROOT.child("goods_name"), true, 1, 256);
        BigDecimal unitPrice = amount(body, "goods_unitPrice");
        String count = matching(body, "goods_sum", 1, 9, POSITIVE_COUNT, "must be a positive whole number");
        BigDecimal amount = amount(body, "Damount");
        if (unitPrice.multiply(new BigDecimal(count)).compareTo(amount) != 0) {
            throw violation(ROOT.child("Damount"), "must equal goods_unitPrice x goods_sum");
        }
        text(body, "payer_name", ROOT.child("payer_name"), true, 1, 64);
        idCard(ROOT.child("payer_IDCard"), text(body, "payer_IDCard", ROOT.child("payer_IDCard"), true));
        mobile(body, "payer_phone");
        LocalDateTime ordered = dateTime(body, "order_time");
        LocalDateTime paid = dateTime(body, "pay_time");
        if (ordered.equals(paid)) {
            throw violation(ROOT.child("pay_time"), "must differ from order_time");
        }
        valuation(body);
        text(body, "logistics_no", ROOT.child("logistics_no"), false, 0, 64);
    }

    /** tuition/order (10.2): the order, payer, amounts, school and the file_path of tuition/uploadFiles. */
    static void tuitionOrder(JsonNode body) {
        text(body, "mer_order_id", ROOT.child("mer_order_id"), true, 1, 32);
        text(body, "trade_no", ROOT.child("trade_no"), true, 1, 64);
        currency(body, "currency");
        amount(body, "Oamount");
        text(body, "payer_name", ROOT.child("payer_name"), true, 1, 64);
        idCard(ROOT.child("payer_id_card"), text(body, "payer_id_card", ROOT.child("payer_id_card"), true));
        mobile(body, "payer_phone");
        currency(body, "pri_currency");
        amount(body, "pri_amount");
        text(body, "school_name", ROOT.child("school_name"), true, 1, 256);
        text(body, "school_address", ROOT.child("school_address"), true, 1, 256);
        text(body, "school_country", ROOT.child("school_country"), true, 1, 64);
        text(body, "file_path", ROOT.child("file_path"), true, 1, 256);
    }

    private static void batchAndOrder(JsonNode body, String orderMember) {
        matching(body, "mer_batchno", 1, 32, ALNUM, "must be 1 to 32 letters or digits");
        text(body, orderMember, ROOT.child(orderMember), true, 1, 32);
    }

    private static void valuation(JsonNode body) {
        oneOf(ROOT.child("val_pattern"), text(body, "val_pattern", ROOT.child("val_pattern"), true), VALUATIONS);
    }

    private static void currency(JsonNode body, String name) {
        matching(body, name, 3, 3, THREE_LETTERS, "must be a 3-letter currency code");
    }

    private static BigDecimal amount(JsonNode body, String name) {
        return AmountRules.decimal(body, name, ROOT.child(name), true, 13, 2);
    }

    private static void digits(JsonNode body, String name, int count) {
        FieldRules.digits(ROOT.child(name), text(body, name, ROOT.child(name), true), count, count);
    }

    private static String matching(JsonNode body, String name, int min, int max, Pattern pattern, String rule) {
        String value = text(body, name, ROOT.child(name), true);
        if (value.length() < min || value.length() > max || !pattern.matcher(value).matches()) {
            throw violation(ROOT.child(name), rule);
        }
        return value;
    }

    private static void mobile(JsonNode body, String name) {
        if (!MOBILE.matcher(text(body, name, ROOT.child(name), true)).matches()) {
            throw violation(ROOT.child(name), "must be an 11-digit mobile number starting with 1");
        }
    }

    /** An 18-character resident identity number whose last character is its GB 11643 check character. */
    private static void idCard(FieldPath path, String value) {
        if (!ID_CARD.matcher(value).matches()) {
            throw violation(path, "must be an 18-character identity number");
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (value.charAt(i) - '0') * ID_WEIGHTS[i];
        }
        if (ID_CHECKS.charAt(sum % 11) != value.charAt(17)) {
            throw violation(path, "must end with the identity number's check character");
        }
    }

    private static LocalDateTime dateTime(JsonNode body, String name) {
        try {
            return LocalDateTime.parse(text(body, name, ROOT.child(name), true), DATE_TIME);
        } catch (DateTimeParseException e) {
            throw violation(ROOT.child(name), "must be yyyy-MM-dd HH:mm:ss");
        }
    }
}
