package io.github.camelumf.security;

import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.interfaces.RSAPrivateKey;
import java.util.Base64;
import java.util.Objects;

import io.github.camelumf.error.UmfSignatureException;

/**
 * SHA256withRSA (PKCS#1 v1.5) signatures on the JDK provider, as section 1.6 of the UMF reference asks for requests.
 * One initialised {@link Signature} is kept per thread, so the key is bound once per thread and never per call.
 */
public final class RsaSha256Signer implements Signer {

    private final ThreadLocal<Signature> signatures;

    /**
     * @param  privateKey               the merchant's RSA private key (see {@link PemKeys#privateKey(String, char[])})
     * @throws IllegalArgumentException if the key is not an RSA private key or the JDK refuses it
     */
    public RsaSha256Signer(PrivateKey privateKey) {
        Objects.requireNonNull(privateKey, "privateKey");
        if (!(privateKey instanceof RSAPrivateKey)) {
            throw new IllegalArgumentException(PemKeys.NOT_RSA);
        }
        newSignature(privateKey); // fail now, not on the first request
        this.signatures = ThreadLocal.withInitial(() -> newSignature(privateKey));
    }

    @Override
    public String sign(byte[] data) {
        Objects.requireNonNull(data, "data");
        Signature signature = signatures.get();
        try {
            signature.update(data);
            return Base64.getEncoder().encodeToString(signature.sign());
        } catch (GeneralSecurityException | RuntimeException e) {
            signatures.remove(); // its state is unknown now
            throw new UmfSignatureException("Cannot sign the request with " + JdkRsa.SIGNATURE_ALGORITHM, e);
        }
    }

    /** Signs the stream's content in chunks of 64 KiB: nothing of it is held in memory. */
    @Override
    public String sign(java.io.InputStream data) throws java.io.IOException {
        Objects.requireNonNull(data, "data");
        Signature signature = signatures.get();
        byte[] buffer = new byte[65_536];
        try {
            for (int read = data.read(buffer); read >= 0; read = data.read(buffer)) {
                signature.update(buffer, 0, read);
            }
            return Base64.getEncoder().encodeToString(signature.sign());
        } catch (GeneralSecurityException | RuntimeException | java.io.IOException e) {
            signatures.remove(); // its state is unknown now
            if (e instanceof java.io.IOException io) {
                throw io;
            }
            throw new UmfSignatureException("Cannot sign the upload with " + JdkRsa.SIGNATURE_ALGORITHM, e);
        }
    }

    private static Signature newSignature(PrivateKey key) {
        try {
            Signature signature = JdkRsa.signature();
            signature.initSign(key);
            return signature;
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("the private key cannot be used for " + JdkRsa.SIGNATURE_ALGORITHM);
        }
    }

    @Override
    public String toString() {
        return "RsaSha256Signer";
    }
}
