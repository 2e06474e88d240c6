package io.github.camelumf;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.util.Base64;

import io.github.camelumf.error.UmfConfigurationException;
import io.github.camelumf.security.FieldEncryptor;
import io.github.camelumf.security.PemKeys;
import io.github.camelumf.security.RsaFieldEncryptor;
import io.github.camelumf.security.RsaSha256SignatureVerifier;
import io.github.camelumf.security.RsaSha256Signer;
import io.github.camelumf.security.SignatureVerifier;
import io.github.camelumf.security.Signer;
import org.apache.camel.CamelContext;
import org.apache.camel.support.ResourceHelper;

/**
 * The keys of a configuration, loaded once: the merchant private key (signer, found by {@link MerchantKeyLoader}) and
 * the UMF public key (verifier and field encryptor). Options hold PEM text or a resource ({@code file:},
 * {@code classpath:}). A missing, unreadable or wrong key fails with a {@link UmfConfigurationException} naming the
 * option, never the key material.
 */
public record UmfKeys(Signer signer, SignatureVerifier verifier, FieldEncryptor encryptor) {

    public static UmfKeys load(CamelContext camelContext, UmfConfiguration configuration) {
        PrivateKey privateKey = MerchantKeyLoader.load(camelContext, configuration);
        PublicKey umfKey = loadUmfPublicKey(camelContext, configuration);
        return new UmfKeys(new RsaSha256Signer(privateKey), new RsaSha256SignatureVerifier(umfKey),
                new RsaFieldEncryptor(umfKey));
    }

    /** Only the UMF public key's verifier: all the notification consumer needs. */
    public static SignatureVerifier loadVerifier(CamelContext camelContext, UmfConfiguration configuration) {
        return new RsaSha256SignatureVerifier(loadUmfPublicKey(camelContext, configuration));
    }

    private static PublicKey loadUmfPublicKey(CamelContext camelContext, UmfConfiguration configuration) {
        String pem = read(camelContext, "umfPublicKey", configuration.getUmfPublicKey());
        try {
            return PemKeys.publicKey(pem);
        } catch (IllegalArgumentException e) {
            throw new UmfConfigurationException("umfPublicKey",
                    e.getMessage() + pathHint(configuration.getUmfPublicKey()));
        }
    }

    /**
     * The option's key text: the value itself, or the content of the resource it names. A resource holding binary
     * DER (a {@code .der}/{@code .cer} file, {@code openssl ... -outform DER}) is returned as base64, a form the key
     * parser reads.
     */
    static String read(CamelContext camelContext, String option, String value) {
        if (value == null || value.isBlank()) {
            throw new UmfConfigurationException(option, "is required");
        }
        String trimmed = value.trim();
        if (!isResource(trimmed)) {
            return trimmed;
        }
        byte[] content;
        try (InputStream in = ResourceHelper.resolveMandatoryResourceAsInputStream(camelContext, trimmed)) {
            content = in.readAllBytes();
        } catch (IOException | RuntimeException e) {
            throw new UmfConfigurationException(option, "cannot read the resource " + trimmed + " ("
                                                        + e.getClass().getSimpleName() + ")");
        }
        return isBinaryDer(content)
                ? Base64.getEncoder().encodeToString(content)
                : new String(content, StandardCharsets.US_ASCII);
    }

    /** DER starts with a SEQUENCE tag (0x30) followed by a length byte; PEM and base64 text never hold 0x80-0xFF. */
    private static boolean isBinaryDer(byte[] content) {
        if (content.length < 2 || content[0] != 0x30) {
            return false;
        }
        for (byte b : content) {
            if (b < 0x09 || b > 0x7E) { // negative bytes are 0x80-0xFF
                return true;
            }
        }
        return false;
    }

    /** A hint for a value that looks like a file path given without {@code file:}. */
    static String pathHint(String value) {
        String v = value == null ? "" : value.trim();
        boolean looksLikePath = v.length() <= 260 && !v.contains("-----") && !isResource(v)
                                && (v.startsWith("/") || v.startsWith("./") || v.startsWith("../") || v.startsWith("~")
                                    || v.matches("^[A-Za-z]:[\\\\/].*")
                                    || v.matches("(?i).*\\.(pem|der|cer|crt|key|pub|p8|pk8)$"));
        return looksLikePath ? "; did you mean file:" + v + "? (a key given as a path needs the file: prefix)" : "";
    }

    private static boolean isResource(String value) {
        return value.startsWith("file:") || value.startsWith("classpath:") || value.startsWith("ref:")
               || value.startsWith("bean:");
    }

    @Override
    public String toString() {
        return "UmfKeys[loaded]";
    }
}
