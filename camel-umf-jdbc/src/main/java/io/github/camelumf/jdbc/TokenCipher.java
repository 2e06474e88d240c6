package io.github.camelumf.jdbc;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;

import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import io.github.camelumf.error.UmfTokenStoreException;

/**
 * Encrypts the access token at rest with AES-GCM and a key the user supplies (16, 24 or 32 bytes), bound to the
 * client id as associated data, so that a row copied to another client id does not decrypt. Stored form:
 * {@code gcm1:} + base64(12-byte IV, ciphertext and 16-byte tag). Values without the prefix are read as plaintext
 * (a store that was not encrypted before) and are encrypted at the next write.
 */
final class TokenCipher {

    static final String PREFIX = "gcm1:";
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SecretKey key;
    private final SecureRandom random = new SecureRandom();

    TokenCipher(byte[] key) {
        if (key == null || key.length != 16 && key.length != 24 && key.length != 32) {
            throw new IllegalArgumentException("the token encryption key must be 16, 24 or 32 bytes (AES-128/192/256)");
        }
        this.key = new SecretKeySpec(key.clone(), "AES");
    }

    /** A key given as base64 text (for example {@code openssl rand -base64 32}). */
    static TokenCipher fromBase64(String base64Key) {
        byte[] raw;
        try {
            raw = Base64.getDecoder().decode(base64Key.trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("the token encryption key is not base64 text");
        }
        return new TokenCipher(raw);
    }

    String encrypt(String value, String clientId) {
        byte[] iv = new byte[IV_BYTES];
        random.nextBytes(iv);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, iv));
            cipher.updateAAD(clientId.getBytes(StandardCharsets.UTF_8));
            byte[] sealed = cipher.doFinal(value.getBytes(StandardCharsets.UTF_8));
            byte[] out = new byte[IV_BYTES + sealed.length];
            System.arraycopy(iv, 0, out, 0, IV_BYTES);
            System.arraycopy(sealed, 0, out, IV_BYTES, sealed.length);
            return PREFIX + Base64.getEncoder().encodeToString(out);
        } catch (GeneralSecurityException e) {
            throw new UmfTokenStoreException("Cannot encrypt the access token: " + e.getClass().getSimpleName());
        }
    }

    String decrypt(String stored, String clientId) {
        if (!stored.startsWith(PREFIX)) {
            return stored;
        }
        try {
            byte[] in = Base64.getDecoder().decode(stored.substring(PREFIX.length()));
            if (in.length <= IV_BYTES) {
                throw new GeneralSecurityException("too short");
            }
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, in, 0, IV_BYTES));
            cipher.updateAAD(clientId.getBytes(StandardCharsets.UTF_8));
            return new String(cipher.doFinal(in, IV_BYTES, in.length - IV_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new UmfTokenStoreException("Cannot decrypt the stored access token: every node must use the same"
                                             + " token encryption key");
        }
    }

    /** Whether a stored value is encrypted (the store then needs a key to read it). */
    static boolean isEncrypted(String stored) {
        return stored.startsWith(PREFIX);
    }
}
