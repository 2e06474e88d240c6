package io.github.camelumf.security;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.Provider;
import java.security.Security;
import java.security.Signature;

import javax.crypto.Cipher;

/**
 * Obtains RSA engines from the JDK's own providers ({@code SunRsaSign}, {@code SunJCE}) even when another provider,
 * such as Bouncy Castle, has been installed ahead of them; falls back to the ordinary provider lookup on JVMs without
 * them.
 */
final class JdkRsa {

    static final String SIGNATURE_ALGORITHM = "SHA256withRSA";
    static final String CIPHER_TRANSFORMATION = "RSA/ECB/PKCS1Padding";

    private JdkRsa() {
    }

    static KeyFactory keyFactory() throws GeneralSecurityException {
        Provider p = Security.getProvider("SunRsaSign");
        return p != null ? KeyFactory.getInstance("RSA", p) : KeyFactory.getInstance("RSA");
    }

    static Signature signature() throws GeneralSecurityException {
        Provider p = Security.getProvider("SunRsaSign");
        return p != null ? Signature.getInstance(SIGNATURE_ALGORITHM, p) : Signature.getInstance(SIGNATURE_ALGORITHM);
    }

    static Cipher cipher() throws GeneralSecurityException {
        Provider p = Security.getProvider("SunJCE");
        return p != null ? Cipher.getInstance(CIPHER_TRANSFORMATION, p) : Cipher.getInstance(CIPHER_TRANSFORMATION);
    }
}
