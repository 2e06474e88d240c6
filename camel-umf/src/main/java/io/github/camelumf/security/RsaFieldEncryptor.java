package io.github.camelumf.security;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.security.interfaces.RSAPublicKey;
import java.util.Base64;
import java.util.Objects;

import javax.crypto.Cipher;

import io.github.camelumf.error.UmfException;

/**
 * RSA/ECB/PKCS1Padding encryption of UTF-8 values with UMF's public key on the JDK provider, base64-encoded. A
 * PKCS#1 v1.5 block holds at most the modulus length minus 11 bytes (245 bytes for a 2048-bit key). A value counts as
 * ciphertext when it is strict base64 of exactly the modulus length (256 bytes, 344 characters, for a 2048-bit key).
 * One initialised {@link Cipher} is kept per thread.
 */
public final class RsaFieldEncryptor implements FieldEncryptor {

    private static final int PKCS1_OVERHEAD = 11;

    private final ThreadLocal<Cipher> ciphers;
    private final int modulusBytes;
    private final int modulusBits;

    /**
     * @param  publicKey                UMF's RSA public key (see {@link PemKeys#publicKey(String)})
     * @throws IllegalArgumentException if the key is not an RSA public key or the JDK refuses it
     */
    public RsaFieldEncryptor(PublicKey publicKey) {
        Objects.requireNonNull(publicKey, "publicKey");
        if (!(publicKey instanceof RSAPublicKey)) {
            throw new IllegalArgumentException(PemKeys.NOT_RSA);
        }
        this.modulusBits = ((RSAPublicKey) publicKey).getModulus().bitLength();
        this.modulusBytes = (modulusBits + 7) / 8;
        newCipher(publicKey); // fail now, not on the first request
        this.ciphers = ThreadLocal.withInitial(() -> newCipher(publicKey));
    }

    /** The longest value, in UTF-8 bytes, that one RSA block can hold with this key. */
    public int maxPlaintextBytes() {
        return modulusBytes - PKCS1_OVERHEAD;
    }

    @Override
    public String encrypt(String plaintext) {
        Objects.requireNonNull(plaintext, "plaintext");
        byte[] bytes = plaintext.getBytes(StandardCharsets.UTF_8);
        if (bytes.length > maxPlaintextBytes()) {
            throw new IllegalArgumentException("value is " + bytes.length + " bytes in UTF-8, but "
                    + JdkRsa.CIPHER_TRANSFORMATION + " with a " + modulusBits + "-bit key encrypts at most "
                    + maxPlaintextBytes() + " bytes");
        }
        Cipher cipher = ciphers.get();
        try {
            return Base64.getEncoder().encodeToString(cipher.doFinal(bytes));
        } catch (GeneralSecurityException | RuntimeException e) {
            ciphers.remove(); // its state is unknown now
            throw new UmfException("Cannot encrypt a sensitive field with " + JdkRsa.CIPHER_TRANSFORMATION, e);
        }
    }

    @Override
    public boolean isCiphertext(String value) {
        if (value == null || value.length() != base64Length(modulusBytes)) {
            return false;
        }
        try {
            return Base64.getDecoder().decode(value).length == modulusBytes;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static int base64Length(int bytes) {
        return (bytes + 2) / 3 * 4;
    }

    private static Cipher newCipher(PublicKey key) {
        try {
            Cipher cipher = JdkRsa.cipher();
            cipher.init(Cipher.ENCRYPT_MODE, key);
            return cipher;
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("the public key cannot be used for " + JdkRsa.CIPHER_TRANSFORMATION);
        }
    }

    @Override
    public String toString() {
        return "RsaFieldEncryptor[" + modulusBits + "-bit]";
    }
}
