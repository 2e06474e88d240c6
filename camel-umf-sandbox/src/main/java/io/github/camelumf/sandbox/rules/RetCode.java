package io.github.camelumf.sandbox.rules;

/**
 * The UMF return codes the sandbox answers with (reference appendix 8 and the error table of 3.6). Each constant
 * carries the reference's description, used as {@code ret_msg}.
 */
public enum RetCode {
    SUCCESS("0000", "successful transaction"),
    SYSTEM_ERROR("00060999", "System error."),
    DATA_VALIDATION("00060700", "Data validation failure."),
    SIGNATURE_INVALID("00060710", "Merchant signature validation failure."),
    REGEX_MISMATCH("00280702", "Input data doesn't meet regular expressions."),
    TOKEN_INVALID("00280703", "Data Token is expired checksum does not pass."),
    AUTHENTICATION_FAILED("00284001", "Authentication failed."),
    DUPLICATE_ORDER("00202022", "Duplicate order, information in sub-order and original order not match."),
    DUPLICATE_REFUND("00200096", "Refund is processed and not accept duplicate application."),
    /** 10.4: the tuition transfer's duplicate order (also answered for a registered enterprise id). */
    DUPLICATE_TUITION_ORDER("00131074", "Duplicate order."),
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
    SMS_TOO_OFTEN("00080706", "Acquire verification codes too many times within one minute."),
    SMS_TOO_MANY_FOR_ORDER("00080707",
            "The number of verification code requests for the order exceeds the maximum."),
    BANK_FAILURE("00080557", "Return of bank failure."),
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
    ORDER_STATUS_MISMATCH("00230006", "Order status mismatch."),

    // customs and CIQ declarations (appendix 8 and the 3.17 customs status codes)
    ORDER_NOT_PAID("00060764", "Orders have not been paid, please continue to pay."),
    DECLARED_TO_CUSTOMS("00280043", "The order has been declared to the customs."),
    DECLARATION_NOT_SENT("00280045", "The order has not been sent."),
    DECLARATION_IN_TREATMENT("00280046", "The order has been sent to be treated."),
    DECLARATION_FAILED("00280047", "The order failed to declaration custom."),
    CIQ_GOODS_ONLY("00280048", "Only goods suborder type support CIQ applying."),
    CIQ_IN_PROCESS("00280049", "The order has been sent to and processing by CIQ."),
    CIQ_ALREADY_SUCCESSFUL("00280050", "The order has applied for CIQ successfully, no need for another application."),
    CIQ_WITHOUT_CUSTOMS("00280064",
            "The submitted customs data doesn't exist and is not allowed to be submitted to CIQ."),
    NO_GOODS_INFORMATION("00282016", "No corresponding goods information."),

    // card binding and agreements (3.14, 3.15, 3.55-3.57)
    AGREEMENT_NOT_FOUND("00060072", "Agreement does not exist."),
    CUSTOMER_OR_AGREEMENT_REQUIRED("00280040",
            "The field \u201cmer_cust_id\u201d and \u201cusr_busi_agreement_id\u201d at least one is required."),
    AGREEMENT_CUSTOMER_MISMATCH("00280042", "The field \u201cuser business agreement number\u201d and"
            + " \u201cmerchant-user identification\u201d don\u2019t match."),
    CARD_ALREADY_SIGNED("00160108", "This bankcard has been signed."),

    // outward remittance, tuition transfer and B2B payment (9.6, 10.4)
    DATABASE_ERROR("00020000", "Database error."),
    PAYEE_NOT_RECEIVED("00280070", "The receiver failed to receive the message"),
    PAYEE_EXISTS("00280071", "The recipient information already exists"),
    ORDER_DETAILS_FAILED("00280073", "Input order details failed"),
    ORDER_DETAILS_EXIST("00280074", "The order details already exist"),
    PAYMENT_BEING_PROCESSED("00280076", "Please be patient while the payment is being processed"),
    ORDER_DETAILS_NOT_FOUND("00280077", "Payment failed - the order details corresponding to this batch could not be"
            + " found. Please input the order details first before payment"),
    BATCH_PAYEE_NOT_FOUND("00280078", "Payment failed - the payee information corresponding to this batch cannot be"
            + " found. Please send the payee data first before payment"),
    BATCH_AMOUNT_INCONSISTENT("00280079", "Payment failed - the payment amount for this batch is not consistent with"
            + " the accumulated amount of the corresponding order details"),
    BALANCE_INSUFFICIENT("00280080", "Payment failed - payment failed and the balance is insufficient. Please confirm"
            + " that the amount of U payment account is sufficient"),
    BANK_VERIFICATION_FAILED("00280081", "Payment failed - the bank verification data failed, please contact the"
            + " operation personnel to check the payment information"),
    RATE_QUERY_FAILED("00280083", "Exchange rate inquiry failed"),
    PAYEE_NOT_EXISTS("00280084", "Recipient information does not exist"),
    PAYMENT_ORDER_NOT_FOUND("00280085", "Corresponding payment order was not found"),
    PAYMENT_IN_PROGRESS("00280086", "The order payment is in progress"),
    PAYEE_NOT_UNIQUE("00280087", "The result of recipient information query is not unique");

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
