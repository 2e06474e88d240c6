package io.github.camelumf.security;

/**
 * The outcome of checking a signature, fine-grained enough for a caller to say why a response or notification was
 * refused.
 */
public enum VerificationResult {

    /** The signature was made over these bytes by the holder of the private key. */
    VALID,
    /** A well-formed signature that does not match these bytes under this key. */
    INVALID,
    /** The signature is not base64, or does not have the length of a signature under this key. */
    MALFORMED,
    /** No signature was given ({@code null} or blank). */
    MISSING;

    /** Whether this is {@link #VALID}. */
    public boolean isValid() {
        return this == VALID;
    }
}
