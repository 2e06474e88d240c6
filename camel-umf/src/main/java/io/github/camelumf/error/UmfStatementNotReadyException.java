package io.github.camelumf.error;

/**
 * The statement file asked for is not there yet: UMF answered with a JSON refusal such as {@code 00280059} ("The
 * file is not exist.") or with an empty body where a file was expected. Not a failure: ask again later (the
 * scheduled settlement consumer does).
 */
public class UmfStatementNotReadyException extends UmfException {

    private static final long serialVersionUID = 1L;

    private final String retCode;

    public UmfStatementNotReadyException(String message, String retCode) {
        super(message);
        this.retCode = retCode;
    }

    /** UMF's {@code ret_code} when it answered with one, or {@code null} for an empty body. */
    public String getRetCode() {
        return retCode;
    }
}
