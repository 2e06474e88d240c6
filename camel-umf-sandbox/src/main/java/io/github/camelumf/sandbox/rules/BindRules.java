package io.github.camelumf.sandbox.rules;

import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.Map;
import java.util.regex.Pattern;

/**
 * The rules of a card binding request (3.55 SMS code, 3.56 contract), applied to the decrypted values: the customer
 * id, and the card as {@code payer_info.bank_card} or as a {@code bind} object (section 5). Refusals name the field,
 * never its value.
 */
public final class BindRules {

    private static final Pattern CARD_NUMBER = Pattern.compile("\\d{12,19}");
    private static final Pattern CITIZEN_ID = Pattern.compile("\\d{15}|\\d{17}[0-9Xx]");
    private static final Pattern VALID_DATE = Pattern.compile("\\d{2}(0[1-9]|1[0-2])");
    private static final Pattern CVV2 = Pattern.compile("\\d{3,4}");
    private static final Pattern VERIFY_CODE = Pattern.compile("\\d{4,8}");
    private static final Pattern CUSTOMER = Pattern.compile("(?s).{1,32}");

    /** What a valid binding request says; {@code verifyCode} is {@code null} for the SMS request. */
    public record BindRequest(String customer, String cardNumber, String phone, String verifyCode) {
        @Override
        public String toString() {
            return "BindRequest[" + customer + "]";
        }
    }

    private BindRules() {
    }

    /** Checks a binding request; {@code contract} for 3.56, which needs the SMS code. */
    public static BindRequest check(ObjectNode body, Map<String, String> decrypted, boolean contract) {
        String customer = JsonFields.matching(body, "external_customer_id", "external_customer_id", CUSTOMER,
                "must be 1 to 32 characters");
        ObjectNode info = JsonFields.optionalObject(body, "payer_info", "payer_info");
        ObjectNode card = JsonFields.optionalObject(info, "bank_card", "payer_info.bank_card");
        ObjectNode bind = JsonFields.optionalObject(body, "bind", "bind");
        if (card != null && bind != null) {
            throw ApiError.invalid("bind", "must not be sent together with payer_info.bank_card");
        }
        if (card == null && bind == null) {
            throw ApiError.invalid("payer_info.bank_card", "is required (or bind)");
        }
        String path = card != null ? "payer_info.bank_card" : "bind";
        ObjectNode holder = card != null ? card : bind;
        String number = plain(decrypted, path + ".number");
        if (!CARD_NUMBER.matcher(number).matches()) {
            throw new ApiError(RetCode.INVALID_CARD_NUMBER, path + ".number must be 12 to 19 digits");
        }
        plain(decrypted, path + (card != null ? ".payer_name" : ".name"));
        String idType = JsonFields.optionalText(holder, "citizen_id_type", path + ".citizen_id_type");
        if (idType != null && !idType.isEmpty() && !"IDENTITY_CARD".equals(idType)) {
            throw ApiError.pattern(path + ".citizen_id_type", "must be IDENTITY_CARD");
        }
        if (!CITIZEN_ID.matcher(plain(decrypted, path + ".citizen_id_number")).matches()) {
            throw new ApiError(RetCode.INVALID_ID_NUMBER, path + ".citizen_id_number must be 15 or 18 characters");
        }
        optionalFormat(decrypted, path + ".valid_date", VALID_DATE, RetCode.INVALID_VALID_DATE, "must be YYMM");
        optionalFormat(decrypted, path + ".cvv2", CVV2, RetCode.REGEX_MISMATCH, "must be 3 or 4 digits");
        String phone = JsonFields.text(holder, "phone", path + ".phone");
        if (!PaymentCreateRules.PHONE.matcher(phone).matches()) {
            throw new ApiError(RetCode.INVALID_PHONE, path + ".phone must be a mobile number of 11 digits");
        }
        String code = null;
        if (contract) {
            code = JsonFields.text(holder, "verify_code", path + ".verify_code");
            if (!VERIFY_CODE.matcher(code).matches()) {
                throw ApiError.pattern(path + ".verify_code", "must be 4 to 8 digits");
            }
        }
        return new BindRequest(customer, number, phone, code);
    }

    private static String plain(Map<String, String> decrypted, String path) {
        String value = decrypted.get(path);
        if (value == null || value.isEmpty()) {
            throw ApiError.invalid(path, "is required");
        }
        return value;
    }

    private static void optionalFormat(Map<String, String> decrypted, String path, Pattern pattern, RetCode code,
                                       String rule) {
        String value = decrypted.get(path);
        if (value != null && !value.isEmpty() && !pattern.matcher(value).matches()) {
            throw new ApiError(code, path + " " + rule);
        }
    }
}
