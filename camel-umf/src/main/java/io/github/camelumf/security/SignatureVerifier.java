package io.github.camelumf.security;

/**
 * Checks a signature UMF made (over a response's result or a notification body) against the exact bytes received.
 * Implementations are thread-safe and never throw for a bad signature: that is a result, not an error.
 */
@FunctionalInterface
public interface SignatureVerifier {

    /**
     * @param  data            the bytes as received
     * @param  base64Signature the signature in standard base64, possibly {@code null}
     * @return                 whether the signature is valid, invalid, malformed or missing
     */
    VerificationResult check(byte[] data, String base64Signature);

    /** Whether {@link #check(byte[], String)} says {@link VerificationResult#VALID}. */
    default boolean verify(byte[] data, String base64Signature) {
        return check(data, base64Signature).isValid();
    }

    /**
     * Starts a check of {@code base64Signature} over bytes that arrive in parts, for streamed downloads; {@code null}
     * when this verifier can only check whole byte arrays.
     */
    default IncrementalVerification incremental(String base64Signature) {
        return null;
    }
}
