package io.github.camelumf.sandbox.rules;

/**
 * A refusal the sandbox answers instead of a result: a {@link RetCode}, a detail naming the field and the rule
 * (never a value), and the HTTP status: 0 (the usual case) lets {@code RefusalStatuses} pick the status of the
 * code's class, as set by {@code SandboxBehaviour}.
 */
public final class ApiError extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String retCode;
    private final int httpStatus;

    public ApiError(RetCode code, String detail) {
        this(code.code(), detail == null ? code.message() : code.message() + " " + detail, 0);
    }

    public ApiError(String retCode, String retMsg, int httpStatus) {
        super(retMsg, null, false, false);
        this.retCode = retCode;
        this.httpStatus = httpStatus;
    }

    /** Missing or structurally wrong member: {@code 00060700}. */
    public static ApiError invalid(String field, String rule) {
        return new ApiError(RetCode.DATA_VALIDATION, field + " " + rule);
    }

    /** A value that does not match its pattern: {@code 00280702}. */
    public static ApiError pattern(String field, String rule) {
        return new ApiError(RetCode.REGEX_MISMATCH, field + " " + rule);
    }

    public ApiError withStatus(int status) {
        return new ApiError(retCode, getMessage(), status);
    }

    public String retCode() {
        return retCode;
    }

    public String retMsg() {
        return getMessage();
    }

    /** The status fixed for this refusal, or 0 for the status of its code's class. */
    public int httpStatus() {
        return httpStatus;
    }
}
