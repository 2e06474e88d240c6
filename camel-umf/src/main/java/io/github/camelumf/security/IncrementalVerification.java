package io.github.camelumf.security;

/**
 * A signature check over bytes that arrive in parts (a streamed statement file): {@link #update} with each part,
 * then {@link #finish()} once. Not thread-safe: one per stream.
 */
public interface IncrementalVerification {

    /** Adds the next bytes received. */
    void update(byte[] bytes, int offset, int length);

    /** Whether the signature verifies over all the bytes added. */
    VerificationResult finish();
}
