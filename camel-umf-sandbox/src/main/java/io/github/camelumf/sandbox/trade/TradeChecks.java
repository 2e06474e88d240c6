package io.github.camelumf.sandbox.trade;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.camelumf.sandbox.rules.ApiError;
import io.github.camelumf.sandbox.rules.JsonFields;

/** The field checks the remittance, tuition and B2B bodies share (sections 9, 10, 11). */
final class TradeChecks {

    static final Pattern AMOUNT = Pattern.compile("\\d{1,13}(\\.\\d{1,2})?");
    static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");
    static final Pattern COUNTRY = Pattern.compile("[A-Z]{3}");
    static final Pattern BUSINESS_CODE = Pattern.compile("\\d{8}");
    static final Pattern MOBILE = Pattern.compile("1\\d{10}");
    static final Pattern VALUATION = Pattern.compile("CNY_VALUATION|FOREIGN_VALUATION");
    static final Pattern COST_WAY = Pattern.compile("FULL_AMOUNT|UN_FULL_AMOUNT");
    private static final Pattern ID_CARD = Pattern.compile("\\d{17}[0-9X]");
    private static final int[] ID_WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String ID_CHECKS = "10X98765432";
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final DateTimeFormatter DATE = DateTimeFormatter.BASIC_ISO_DATE;

    private TradeChecks() {
    }

    static String text(JsonNode body, String name) {
        return JsonFields.text(body, name, name);
    }

    static String matching(JsonNode body, String name, Pattern pattern, String rule) {
        return JsonFields.matching(body, name, name, pattern, rule);
    }

    /** A positive amount with at most two decimals. */
    static BigDecimal amount(JsonNode body, String name) {
        BigDecimal amount = new BigDecimal(matching(body, name, AMOUNT, "must be an amount with at most 2 decimals"));
        if (amount.signum() <= 0) {
            throw ApiError.pattern(name, "must be greater than zero");
        }
        return amount;
    }

    /** The plaintext of a required *enc* field. */
    static String plain(Map<String, String> decrypted, String name) {
        String value = decrypted.get(name);
        if (value == null || value.isBlank()) {
            throw ApiError.invalid(name, "is required (encrypted)");
        }
        return value;
    }

    /** An 18-character resident identity number with a valid check character (GB 11643). */
    static boolean validIdCard(String value) {
        if (!ID_CARD.matcher(value).matches()) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (value.charAt(i) - '0') * ID_WEIGHTS[i];
        }
        return ID_CHECKS.charAt(sum % 11) == value.charAt(17);
    }

    static LocalDateTime dateTime(JsonNode body, String name) {
        String value = text(body, name);
        try {
            return LocalDateTime.parse(value, DATE_TIME);
        } catch (DateTimeParseException e) {
            throw ApiError.pattern(name, "must be yyyy-MM-dd HH:mm:ss");
        }
    }

    static void date(JsonNode body, String name) {
        String value = text(body, name);
        try {
            LocalDate.parse(value, DATE);
        } catch (DateTimeParseException e) {
            throw ApiError.pattern(name, "must be yyyyMMdd and a real date");
        }
    }
}
