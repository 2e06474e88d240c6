package io.github.camelumf.sandbox.rules;

/**
 * The UMF return codes the sandbox answers with (reference appendix 8, plus {@code 00131074} for a duplicate order
 * as fixed by the operation catalog). Each constant carries the appendix description, used as {@code ret_msg}.
 */
public enum RetCode {
    SUCCESS("0000", "successful transaction"),
    SYSTEM_ERROR("00060999", "System error."),
    DATA_VALIDATION("00060700", "Data validation failure."),
    SIGNATURE_INVALID("00060710", "Merchant signature validation failure."),
    REGEX_MISMATCH("00280702", "Input data doesn't meet regular expressions."),
    TOKEN_INVALID("00280703", "Data Token is expired checksum does not pass."),
    AUTHENTICATION_FAILED("00284001", "Authentication failed."),
    DUPLICATE_ORDER("00131074", "Duplicate order."),
    PAYMENT_NOT_EXISTS("00060760", "Payment not exists."),
    ORDER_EXPIRED("00060762", "Order expired, please order again."),
    ALREADY_PAID("00060780", "Payment success. No need to pay again."),
    PAYMENT_FAILURE("00060750", "Payment failure"),
    REFUND_UNAVAILABLE("00060766", "Refund unavailable."),
    OVER_REFUND("00060774", "Accumulated refund amount larger than the payment amount."),
    REFUND_NOT_FOUND("00060778", "Refund record not found."),
    SMS_CODE_NOT_FOUND("00200005", "SMS verification code not found."),
    SMS_CODE_INCORRECT("00200083", "Validation code incorrect."),
    SMS_CODE_TOO_MANY_ERRORS("00200084", "Exceed the limitation times of incorrect validation code."),
    SMS_CODE_EXPIRED("00080722", "Verification code expired"),
    INVALID_CARD_NUMBER("00060305", "Invalid card number."),
    CARD_BIN_UNKNOWN("00060875", "Failed to validate the card bin."),
    INVALID_PHONE("00060720", "Invalid phone number."),
    INVALID_VALID_DATE("00280701", "Data valid_date must fail, check does not pass."),
    INVALID_ID_NUMBER("00202009", "Incorrect Identity number."),
    CARD_MISMATCH("00210028", "Card information mismatch."),
    AMOUNT_NOT_POSITIVE("00202003", "Order amount should be greater than 0."),
    REFUND_AMOUNT_INCONSISTENT("00202010",
            "The refund amount in the refund application is inconsistent with the original order amount."),
    REFUND_CURRENCY_INCONSISTENT("00202011",
            "The currency in the refund application is inconsistent with the original order currency."),
    CARGO_INFORMATION_ABSENT("00202016", "The cross-border cargo information sheet is absent."),
    INCORRECT_PAYMENT_METHOD("00202017", "Incorrect payment method."),
    FILE_NOT_EXIST("00280059", "The file is not exist."),
    SUB_ORDER_ABSENT("00282015", "The sub-order absent."),
    ORDER_STATUS_MISMATCH("00230006", "Order status mismatch.");

    private final String code;
    private final String message;

    RetCode(String code, String message) {
        this.code = code;
        this.message = message;
    }

    /** The wire value of {@code meta.ret_code}. */
    public String code() {
        return code;
    }

    /** The appendix description, the default {@code meta.ret_msg}. */
    public String message() {
        return message;
    }

    /** The constant for a wire code, or {@code null} when the sandbox does not know it. */
    public static RetCode byCode(String code) {
        for (RetCode value : values()) {
            if (value.code.equals(code)) {
                return value;
            }
        }
        return null;
    }
}
