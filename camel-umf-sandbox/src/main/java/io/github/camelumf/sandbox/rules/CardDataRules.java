package io.github.camelumf.sandbox.rules;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.Map;
import java.util.regex.Pattern;

/**
 * The rules of the card data sent with SMS verification (3.6) and execution (3.7), applied to the decrypted values.
 * Refusals name the field, never its value.
 */
public final class CardDataRules {

    /** The path prefix of the bank card's encrypted members. */
    public static final String BANK_CARD = "payer.payer_info.bank_card";

    private static final Pattern CARD_NUMBER = Pattern.compile("\\d{12,19}");
    private static final Pattern VALID_DATE = Pattern.compile("\\d{2}(0[1-9]|1[0-2])");
    private static final Pattern CVV2 = Pattern.compile("\\d{3,4}");
    private static final Pattern CITIZEN_ID = Pattern.compile("\\d{15}|\\d{17}[0-9Xx]");
    private static final Pattern VERIFY_CODE = Pattern.compile("\\d{4,8}");

    /** What the payer of a verify/execute request identifies the card with. */
    public record CardData(String cardNumber, String agreementId, String phone, String verifyCode) {
    }

    private CardDataRules() {
    }

    /**
     * Checks the payer of an SMS verification request: a bank card (number and phone; valid date and CVV2 for a
     * credit card) or a payer agreement.
     */
    public static CardData checkForVerify(ObjectNode body, String paymentMethod, Map<String, String> decrypted) {
        ObjectNode payer = JsonFields.object(body, "payer", "payer");
        checkMethod(payer, paymentMethod);
        ObjectNode info = JsonFields.object(payer, "payer_info", "payer.payer_info");
        ObjectNode card = JsonFields.optionalObject(info, "bank_card", BANK_CARD);
        String agreementId = agreementId(info);
        if (card == null && agreementId == null) {
            throw ApiError.invalid(BANK_CARD, "is required (or payer.payer_info.payer_agreement.usr_pay_agreement_id)");
        }
        String number = null;
        String phone = null;
        if (card != null) {
            number = decrypted.get(BANK_CARD + ".number");
            if (number == null || number.isEmpty()) {
                if (agreementId == null) {
                    throw ApiError.invalid(BANK_CARD + ".number", "is required");
                }
            } else {
                checkCardValues(decrypted, paymentMethod);
            }
            phone = JsonFields.optionalText(card, "phone", BANK_CARD + ".phone");
            if (phone == null || phone.isEmpty()) {
                phone = JsonFields.optionalText(info, "phone", "payer.payer_info.phone");
            }
            if (phone == null || phone.isEmpty()) {
                throw ApiError.invalid(BANK_CARD + ".phone", "is required to send the SMS");
            }
            if (!PaymentCreateRules.PHONE.matcher(phone).matches()) {
                throw new ApiError(RetCode.INVALID_PHONE, BANK_CARD + ".phone must be a mobile number of 11 digits");
            }
        }
        return new CardData(number == null || number.isEmpty() ? null : number, agreementId, phone, null);
    }

    /** Checks the payer of an execution request: the SMS verify code, and the card data when sent again. */
    public static CardData checkForExecute(ObjectNode body, String paymentMethod, Map<String, String> decrypted) {
        ObjectNode payer = JsonFields.object(body, "payer", "payer");
        checkMethod(payer, paymentMethod);
        ObjectNode info = JsonFields.object(payer, "payer_info", "payer.payer_info");
        ObjectNode card = JsonFields.optionalObject(info, "bank_card", BANK_CARD);
        ObjectNode agreement = JsonFields.optionalObject(info, "payer_agreement", "payer.payer_info.payer_agreement");
        String code = card == null ? null : JsonFields.optionalText(card, "verify_code", BANK_CARD + ".verify_code");
        String codePath = BANK_CARD + ".verify_code";
        if ((code == null || code.isEmpty()) && agreement != null) {
            codePath = "payer.payer_info.payer_agreement.verify_code";
            code = JsonFields.optionalText(agreement, "verify_code", codePath);
        }
        if (code == null || code.isEmpty()) {
            throw ApiError.invalid(BANK_CARD + ".verify_code", "is required");
        }
        if (!VERIFY_CODE.matcher(code).matches()) {
            throw ApiError.pattern(codePath, "must be 4 to 8 digits");
        }
        String number = decrypted.get(BANK_CARD + ".number");
        if (number != null && !number.isEmpty()) {
            checkCardValues(decrypted, paymentMethod);
        } else {
            number = null;
        }
        return new CardData(number, agreementId(info), null, code);
    }

    private static void checkMethod(JsonNode payer, String paymentMethod) {
        String method = JsonFields.optionalText(payer, "payment_method", "payer.payment_method");
        if (method != null && !method.isEmpty() && !method.equals(paymentMethod)) {
            throw new ApiError(RetCode.INCORRECT_PAYMENT_METHOD,
                    "payer.payment_method must be the payment method of the created payment");
        }
    }

    private static String agreementId(ObjectNode info) {
        ObjectNode agreement = JsonFields.optionalObject(info, "payer_agreement", "payer.payer_info.payer_agreement");
        String id = agreement == null ? null : JsonFields.optionalText(agreement, "usr_pay_agreement_id",
                "payer.payer_info.payer_agreement.usr_pay_agreement_id");
        return id == null || id.isEmpty() ? null : id;
    }

    private static void checkCardValues(Map<String, String> decrypted, String paymentMethod) {
        if (!CARD_NUMBER.matcher(decrypted.get(BANK_CARD + ".number")).matches()) {
            throw new ApiError(RetCode.INVALID_CARD_NUMBER, BANK_CARD + ".number must be 12 to 19 digits");
        }
        String validDate = decrypted.get(BANK_CARD + ".valid_date");
        String cvv2 = decrypted.get(BANK_CARD + ".cvv2");
        if ("CREDIT_CARD".equals(paymentMethod)) {
            if (validDate == null || validDate.isEmpty()) {
                throw ApiError.invalid(BANK_CARD + ".valid_date", "is required for CREDIT_CARD");
            }
            if (cvv2 == null || cvv2.isEmpty()) {
                throw ApiError.invalid(BANK_CARD + ".cvv2", "is required for CREDIT_CARD");
            }
        }
        if (validDate != null && !validDate.isEmpty() && !VALID_DATE.matcher(validDate).matches()) {
            throw new ApiError(RetCode.INVALID_VALID_DATE, BANK_CARD + ".valid_date must be YYMM");
        }
        if (cvv2 != null && !cvv2.isEmpty() && !CVV2.matcher(cvv2).matches()) {
            throw ApiError.pattern(BANK_CARD + ".cvv2", "must be 3 or 4 digits");
        }
        String citizenId = decrypted.get(BANK_CARD + ".citizen_id_number");
        if (citizenId != null && !citizenId.isEmpty() && !CITIZEN_ID.matcher(citizenId).matches()) {
            throw new ApiError(RetCode.INVALID_ID_NUMBER, BANK_CARD + ".citizen_id_number must be 15 or 18 characters");
        }
    }
}
