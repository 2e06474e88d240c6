package io.github.camelumf.error;

import java.util.Locale;

/**
 * UMF answered and refused the call: the response carried a {@code ret_code} other than {@code 0000}, or an HTTP error
 * status without a UMF answer. Carries the operation, the HTTP status, the return code and message, and the
 * {@link ErrorCategory} and description from the {@link ErrorCatalog}.
 * <p>
 * Create instances with {@link #of(String, int, String, String)} or {@link #ofHttpStatus(String, int, String)}; they
 * return the subclass that says what happened:
 * <ul>
 * <li>{@link UmfAuthenticationException}: token expired or refused, or client credentials refused;</li>
 * <li>{@link UmfSignatureRejectedException}: UMF could not verify the request signature ({@code 00060710});</li>
 * <li>{@link UmfDuplicateOrderException}: the payment, refund or data already exists ({@code 00202022},
 * {@code 00200096}, {@code 00131074}, ...; HTTP 200 or 409);</li>
 * <li>{@link UmfPendingOutcomeException}: UMF is still processing or does not know the result; query it;</li>
 * <li>{@link UmfDeclinedException}: the payer's card, code, funds, bank, risk control or a limit refused it;</li>
 * <li>{@code UmfApiException} itself for the rest (validation, order state, refund, merchant configuration, customs,
 * remittance, rate limiting, system, unknown).</li>
 * </ul>
 * The message names the operation, code, description, category and HTTP status, for example
 * {@code payment/create refused by UMF: 00060774 Accumulated refund amount larger than the payment amount (REFUND,
 * HTTP 200)}. It never contains request data. UMF's own {@code ret_msg} is appended when it adds something; it is
 * untrusted text, so control characters are removed, long digit runs masked and its length capped.
 */
public class UmfApiException extends UmfException {

    private static final long serialVersionUID = 1L;

    /** Operation name of the token call ({@code POST /oauth/authorize}); refusals of it are authentication failures. */
    public static final String TOKEN_OPERATION = "oauth/authorize";

    private final String operation;
    private final int httpStatus;
    private final String retCode;
    private final String retMsg;
    private final ErrorCategory category;
    private final String description;

    /**
     * For subclasses; use the factories. {@code message} must already be free of request data.
     */
    protected UmfApiException(String message, String operation, int httpStatus, String retCode, String retMsg,
                              ErrorCategory category, String description) {
        super(message);
        this.operation = operation;
        this.httpStatus = httpStatus;
        this.retCode = retCode;
        this.retMsg = retMsg;
        this.category = category;
        this.description = description;
    }

    /**
     * The exception for a UMF answer whose {@code meta.ret_code} is not {@code 0000}.
     * <p>
     * The category is the catalog's category for {@code retCode}, whether UMF answered it with HTTP 200 or with the
     * status of section 1.4 (400, 402, 404, 409, ...), except: HTTP 401 is always
     * {@link ErrorCategory#AUTHENTICATION} and HTTP 429 is {@link ErrorCategory#RATE_LIMITED} unless the code says the
     * payer asked too often ({@link ErrorCategory#VERIFICATION_CODE} such as {@code 00080706}, or
     * {@link ErrorCategory#LIMIT_EXCEEDED}), which keeps its category; a code the catalog
     * does not know (or {@code 0000} with an error status) takes the category of the HTTP status
     * ({@link HttpStatusClassifier}); on the {@link #TOKEN_OPERATION token call} every refusal other than a system
     * error or rate limit is an authentication failure (the client credentials were refused).
     *
     * @param operation  the endpoint operation, for example {@code payment/create}
     * @param httpStatus the HTTP status of the response
     * @param rawRetCode {@code meta.ret_code} as received (cleaned with {@link #cleanRetCode}); null or blank is
     *                   treated like {@link #ofHttpStatus}
     * @param retMsg     {@code meta.ret_msg}, untrusted, may be null
     */
    public static UmfApiException of(String operation, int httpStatus, String rawRetCode, String retMsg) {
        String op = operationName(operation);
        if (rawRetCode == null || rawRetCode.isBlank()) {
            return ofHttpStatus(op, httpStatus, retMsg);
        }
        String retCode = cleanRetCode(rawRetCode);
        ErrorCode code = ErrorCatalog.get().describe(retCode);
        ErrorCategory category = code.category();
        if (httpStatus == 401) {
            category = ErrorCategory.AUTHENTICATION;
        } else if (httpStatus == 429 && !isPayerThrottle(category)) {
            category = ErrorCategory.RATE_LIMITED;
        } else if (category == ErrorCategory.UNKNOWN || category == ErrorCategory.SUCCESS) {
            category = HttpStatusClassifier.categoryOf(httpStatus);
        }
        category = forOperation(op, category);

        StringBuilder message = new StringBuilder(160)
                .append(op).append(" refused by UMF: ").append(code.code()).append(' ').append(code.description())
                .append(" (").append(category).append(", HTTP ").append(httpStatus).append(')');
        String cleanMsg = UntrustedText.clean(retMsg);
        if (addsInformation(cleanMsg, code)) {
            message.append("; UMF message: \"").append(cleanMsg).append('"');
        }
        return create(message.toString(), op, httpStatus, code.code(), retMsg, category, code.description());
    }

    /**
     * A {@code ret_code} as received, made safe for messages, headers and logs: ASCII letters and digits are kept,
     * anything else becomes {@code ?} (so a line break cannot forge a log line), at most 32 characters.
     */
    public static String cleanRetCode(String retCode) {
        return UntrustedText.code(retCode);
    }

    /**
     * The exception for an HTTP error response without a UMF return code (an empty or non-JSON body, for example a 502
     * page from a proxy). {@link #getRetCode()} is null and the category comes from {@link HttpStatusClassifier}.
     *
     * @param operation   the endpoint operation, for example {@code payment/create}
     * @param httpStatus  the HTTP status
     * @param shortReason what little the response said (reason phrase or start of the body), untrusted, may be null
     */
    public static UmfApiException ofHttpStatus(String operation, int httpStatus, String shortReason) {
        String op = operationName(operation);
        ErrorCategory category = forOperation(op, HttpStatusClassifier.categoryOf(httpStatus));
        String description = HttpStatusClassifier.describe(httpStatus);
        StringBuilder message = new StringBuilder(160)
                .append(op).append(" failed without a UMF return code: ").append(description)
                .append(" (").append(category).append(", HTTP ").append(httpStatus).append(')');
        String reason = UntrustedText.clean(shortReason);
        if (!reason.isEmpty()) {
            message.append("; response: \"").append(reason).append('"');
        }
        return create(message.toString(), op, httpStatus, null, shortReason, category, description);
    }

    private static UmfApiException create(String message, String operation, int httpStatus, String retCode,
                                          String retMsg, ErrorCategory category, String description) {
        if (category == ErrorCategory.AUTHENTICATION) {
            return new UmfAuthenticationException(message, operation, httpStatus, retCode, retMsg, description);
        }
        if (category == ErrorCategory.SIGNATURE) {
            return new UmfSignatureRejectedException(message, operation, httpStatus, retCode, retMsg, description);
        }
        if (category == ErrorCategory.DUPLICATE) {
            return new UmfDuplicateOrderException(message, operation, httpStatus, retCode, retMsg, description);
        }
        if (category.isOutcomeInDoubt()) {
            return new UmfPendingOutcomeException(message, operation, httpStatus, retCode, retMsg, category,
                    description);
        }
        if (category.isDecline()) {
            return new UmfDeclinedException(message, operation, httpStatus, retCode, retMsg, category, description);
        }
        return new UmfApiException(message, operation, httpStatus, retCode, retMsg, category, description);
    }

    /**
     * Whether a code's category is the payer's own throttle (SMS codes requested too often, a limit reached): UMF may
     * answer it with HTTP 429, and it means the same as with HTTP 200.
     */
    private static boolean isPayerThrottle(ErrorCategory category) {
        return category == ErrorCategory.VERIFICATION_CODE || category == ErrorCategory.LIMIT_EXCEEDED;
    }

    /** A token call is safe to repeat and has no order: what is not transient means the credentials were refused. */
    private static ErrorCategory forOperation(String operation, ErrorCategory category) {
        if (!TOKEN_OPERATION.equals(operation)) {
            return category;
        }
        return switch (category) {
            case SYSTEM, RATE_LIMITED -> category;
            case PROCESSING, OUTCOME_UNKNOWN -> ErrorCategory.SYSTEM;
            default -> ErrorCategory.AUTHENTICATION;
        };
    }

    private static String operationName(String operation) {
        return operation == null || operation.isBlank() ? "UMF call" : operation.strip();
    }

    /** Whether UMF's message says more than the catalog (it is often the same text, or the Chinese of it). */
    private static boolean addsInformation(String retMsg, ErrorCode code) {
        if (retMsg.isEmpty()) {
            return false;
        }
        String msg = comparable(retMsg);
        if (msg.equals(comparable(code.description())) || msg.equals(comparable(code.descriptionZh()))) {
            return false;
        }
        return code.alternatives().stream().noneMatch(alternative -> msg.equals(comparable(alternative)));
    }

    private static String comparable(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[\\p{Punct}\\s\u2018\u2019\u201c\u201d\u3002\uff0c]+", "");
    }

    /** The endpoint operation, for example {@code payment/create}. */
    public String getOperation() {
        return operation;
    }

    /** The HTTP status of the response (UMF usually answers refusals with 200). */
    public int getHttpStatus() {
        return httpStatus;
    }

    /** UMF's {@code meta.ret_code}, or null when the response carried none. */
    public String getRetCode() {
        return retCode;
    }

    /**
     * UMF's {@code meta.ret_msg} (or the short reason given to {@link #ofHttpStatus}) exactly as received, or null.
     * Untrusted text: do not render it as HTML or log it without care; the exception message holds a cleaned copy.
     */
    public String getRetMsg() {
        return retMsg;
    }

    /** What the caller should do about the refusal. */
    public ErrorCategory getCategory() {
        return category;
    }

    /** The catalog's English description of the return code, or the meaning of the HTTP status when there is none. */
    public String getDescription() {
        return description;
    }
}
