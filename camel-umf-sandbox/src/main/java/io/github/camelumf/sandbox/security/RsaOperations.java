package io.github.camelumf.sandbox.security;

import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.util.Base64;
import javax.crypto.Cipher;

/**
 * SHA256withRSA signing and verification and RSA/ECB/PKCS1Padding decryption with the JDK provider, one
 * {@link Signature} and one {@link Cipher} per thread.
 */
public final class RsaOperations {

    private static final ThreadLocal<Signature> SIGNATURE = ThreadLocal.withInitial(() -> {
        try {
            return Signature.getInstance("SHA256withRSA");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA256withRSA is not available", e);
        }
    });
    private static final ThreadLocal<Cipher> CIPHER = ThreadLocal.withInitial(() -> {
        try {
            return Cipher.getInstance("RSA/ECB/PKCS1Padding");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("RSA/ECB/PKCS1Padding is not available", e);
        }
    });

    private RsaOperations() {
    }

    /** base64(SHA256withRSA(key, data)). */
    public static String sign(PrivateKey key, byte[] data) {
        try {
            Signature signature = SIGNATURE.get();
            signature.initSign(key);
            signature.update(data);
            return Base64.getEncoder().encodeToString(signature.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("signing failed", e);
        }
    }

    /** Whether {@code base64Signature} is a SHA256withRSA signature of exactly {@code data} by {@code key}. */
    public static boolean verify(PublicKey key, byte[] data, String base64Signature) {
        if (base64Signature == null || base64Signature.isBlank()) {
            return false;
        }
        try {
            byte[] raw = Base64.getDecoder().decode(base64Signature.trim());
            Signature signature = SIGNATURE.get();
            signature.initVerify(key);
            signature.update(data);
            return signature.verify(raw);
        } catch (IllegalArgumentException | GeneralSecurityException e) {
            return false;
        }
    }

    /** RSA/ECB/PKCS1Padding decryption; throws {@link GeneralSecurityException} when it is no such ciphertext. */
    public static byte[] decrypt(PrivateKey key, byte[] ciphertext) throws GeneralSecurityException {
        Cipher cipher = CIPHER.get();
        cipher.init(Cipher.DECRYPT_MODE, key);
        return cipher.doFinal(ciphertext);
    }
}
