package io.github.camelumf.security;

import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.security.Signature;
import java.security.SignatureException;
import java.security.interfaces.RSAPublicKey;
import java.util.Base64;
import java.util.Objects;

import io.github.camelumf.error.UmfSignatureException;

/**
 * Verifies SHA256withRSA (PKCS#1 v1.5) signatures on the JDK provider with UMF's public key. Line breaks and spaces in
 * the base64 text are ignored; anything else that is not standard base64, or decodes to a length other than the key's
 * modulus length, is {@link VerificationResult#MALFORMED}. One initialised {@link Signature} is kept per thread.
 */
public final class RsaSha256SignatureVerifier implements SignatureVerifier {

    private final ThreadLocal<Signature> signatures;
    private final int signatureLength;
    private final PublicKey publicKey;

    /**
     * @param  publicKey                UMF's RSA public key (see {@link PemKeys#publicKey(String)})
     * @throws IllegalArgumentException if the key is not an RSA public key or the JDK refuses it
     */
    public RsaSha256SignatureVerifier(PublicKey publicKey) {
        Objects.requireNonNull(publicKey, "publicKey");
        if (!(publicKey instanceof RSAPublicKey)) {
            throw new IllegalArgumentException(PemKeys.NOT_RSA);
        }
        this.publicKey = publicKey;
        this.signatureLength = (((RSAPublicKey) publicKey).getModulus().bitLength() + 7) / 8;
        newSignature(publicKey); // fail now, not on the first response
        this.signatures = ThreadLocal.withInitial(() -> newSignature(publicKey));
    }

    @Override
    public VerificationResult check(byte[] data, String base64Signature) {
        Objects.requireNonNull(data, "data");
        if (base64Signature == null || base64Signature.isBlank()) {
            return VerificationResult.MISSING;
        }
        byte[] signatureBytes;
        try {
            signatureBytes = Base64.getDecoder().decode(stripWhitespace(base64Signature));
        } catch (IllegalArgumentException e) {
            return VerificationResult.MALFORMED;
        }
        if (signatureBytes.length != signatureLength) {
            return VerificationResult.MALFORMED;
        }
        Signature signature = signatures.get();
        try {
            signature.update(data);
            return signature.verify(signatureBytes) ? VerificationResult.VALID : VerificationResult.INVALID;
        } catch (SignatureException e) {
            signatures.remove(); // its state is unknown now
            return VerificationResult.MALFORMED;
        } catch (RuntimeException e) {
            signatures.remove();
            throw new UmfSignatureException("Cannot verify the signature with " + JdkRsa.SIGNATURE_ALGORITHM, e);
        }
    }

    /** A check over streamed bytes, on a {@link Signature} of its own (the stream may be read on any thread). */
    @Override
    public IncrementalVerification incremental(String base64Signature) {
        byte[] signatureBytes = null;
        if (base64Signature != null && !base64Signature.isBlank()) {
            try {
                signatureBytes = Base64.getDecoder().decode(stripWhitespace(base64Signature));
            } catch (IllegalArgumentException e) {
                signatureBytes = new byte[0];
            }
        }
        byte[] expected = signatureBytes;
        Signature signature = newSignature(publicKey);
        return new IncrementalVerification() {
            @Override
            public void update(byte[] bytes, int offset, int length) {
                try {
                    signature.update(bytes, offset, length);
                } catch (SignatureException e) {
                    throw new UmfSignatureException("Cannot verify the signature with " + JdkRsa.SIGNATURE_ALGORITHM, e);
                }
            }

            @Override
            public VerificationResult finish() {
                if (expected == null) {
                    return VerificationResult.MISSING;
                }
                if (expected.length != signatureLength) {
                    return VerificationResult.MALFORMED;
                }
                try {
                    return signature.verify(expected) ? VerificationResult.VALID : VerificationResult.INVALID;
                } catch (SignatureException e) {
                    return VerificationResult.MALFORMED;
                }
            }
        };
    }

    private static String stripWhitespace(String s) {
        StringBuilder b = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ' ' || c == '\r' || c == '\n' || c == '\t') {
                if (b == null) {
                    b = new StringBuilder(s.length()).append(s, 0, i);
                }
            } else if (b != null) {
                b.append(c);
            }
        }
        return b == null ? s : b.toString();
    }

    private static Signature newSignature(PublicKey key) {
        try {
            Signature signature = JdkRsa.signature();
            signature.initVerify(key);
            return signature;
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("the public key cannot be used for " + JdkRsa.SIGNATURE_ALGORITHM);
        }
    }

    @Override
    public String toString() {
        return "RsaSha256SignatureVerifier";
    }
}
