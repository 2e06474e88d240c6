package io.github.camelumf.security;

/**
 * Encrypts one sensitive value (card number, CVV2, validity date, holder name, ID number) with UMF's public key, as
 * section 1.7 of the UMF reference asks. Implementations are thread-safe.
 */
public interface FieldEncryptor {

    /**
     * @param  plaintext                the value, encrypted as its UTF-8 bytes
     * @return                          the ciphertext, standard base64
     * @throws IllegalArgumentException if the value is too long for the key; the message names the limit, never the
     *                                  value
     */
    String encrypt(String plaintext);

    /**
     * Whether the value already is a ciphertext of this encryptor (so that encrypting a body twice is harmless).
     * {@code null} is not a ciphertext.
     */
    boolean isCiphertext(String value);
}
