package io.github.camelumf.sandbox.declaration;

/**
 * Declaration states (section 5, customs_declaration.state): ACCEPTED by UMF, SUBMITTED to customs again after a
 * resend, then SUCCESS or FAIL. Queries answer 0000 only for SUCCESS; otherwise the 3.17 status codes.
 */
public enum DeclarationState {
    ACCEPTED, SUBMITTED, SUCCESS, FAIL;

    /** Whether customs (or CIQ) is still treating it. */
    public boolean inProgress() {
        return this == ACCEPTED || this == SUBMITTED;
    }
}
