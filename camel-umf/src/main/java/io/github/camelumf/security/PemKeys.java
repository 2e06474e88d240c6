package io.github.camelumf.security;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.Provider;
import java.security.PublicKey;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Objects;

import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.ASN1Sequence;
import org.bouncycastle.asn1.ASN1BitString;
import org.bouncycastle.asn1.DERNull;
import org.bouncycastle.asn1.pkcs.EncryptedPrivateKeyInfo;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.Certificate;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.openssl.PEMEncryptedKeyPair;
import org.bouncycastle.openssl.PEMKeyPair;
import org.bouncycastle.openssl.PEMParser;
import org.bouncycastle.openssl.jcajce.JceOpenSSLPKCS8DecryptorProviderBuilder;
import org.bouncycastle.openssl.jcajce.JcePEMDecryptorProviderBuilder;
import org.bouncycastle.pkcs.PKCS8EncryptedPrivateKeyInfo;
import org.bouncycastle.util.io.pem.PemObject;
import org.bouncycastle.util.io.pem.PemReader;

/**
 * Loads RSA keys from the text forms UMF and OpenSSL produce, and returns them as JDK keys ({@link RSAPrivateCrtKey},
 * {@link RSAPublicKey} from the JDK's own {@code KeyFactory}) so that signing and encryption run on the JDK provider.
 * <p>
 * Private keys: PKCS#1 ({@code BEGIN RSA PRIVATE KEY}, also legacy-encrypted with {@code Proc-Type}/{@code DEK-Info}),
 * PKCS#8 ({@code BEGIN PRIVATE KEY}) and encrypted PKCS#8 ({@code BEGIN ENCRYPTED PRIVATE KEY}). Public keys: X.509
 * certificates ({@code BEGIN CERTIFICATE}; validity dates are not checked), SubjectPublicKeyInfo ({@code BEGIN PUBLIC
 * KEY}) and PKCS#1 ({@code BEGIN RSA PUBLIC KEY}). Each form is also accepted as bare base64 DER without armour (one
 * line or several), the way UMF often ships keys. Literal {@code \n} sequences in armoured text (keys pasted into a
 * properties file) are read as line breaks.
 * <p>
 * Bouncy Castle is used for parsing and for decrypting encrypted keys only; it is not installed as a JCA provider.
 * Failures are {@link IllegalArgumentException}s whose message says what was wrong and never contains key material or
 * the password; no cause is attached, because parser messages may echo parts of the input.
 */
public final class PemKeys {

    static final String NOT_A_PRIVATE_KEY = "not a PEM private key";
    static final String NOT_A_PUBLIC_KEY = "not a PEM public key or certificate";
    static final String NEEDS_PASSWORD = "encrypted key needs a password";
    static final String WRONG_PASSWORD = "wrong password or corrupt key";
    static final String NOT_RSA = "not an RSA key";
    static final String PUBLIC_GIVEN = "a public key/certificate was given where a private key is expected";
    static final String PRIVATE_GIVEN = "a private key was given where a public key/certificate is expected";

    private static final AlgorithmIdentifier RSA_ALGORITHM
            = new AlgorithmIdentifier(PKCSObjectIdentifiers.rsaEncryption, DERNull.INSTANCE);

    private PemKeys() {
    }

    /**
     * Reads an RSA private key.
     *
     * @param  text                     the key as PEM (PKCS#1, PKCS#8 or encrypted PKCS#8) or bare base64 DER
     * @param  passwordOrNull           the password of an encrypted key; {@code null} when the key is not encrypted
     *                                  (it is ignored for unencrypted keys). The array is not modified or kept.
     * @return                          the JDK private key ({@link RSAPrivateCrtKey} for keys with CRT parameters)
     * @throws IllegalArgumentException if the text is not a private key, not RSA, encrypted without a password given,
     *                                  or the password is wrong
     */
    public static PrivateKey privateKey(String text, char[] passwordOrNull) {
        String s = normalise(text, NOT_A_PRIVATE_KEY);
        if (isArmoured(s)) {
            return privateKeyFromPem(s, passwordOrNull);
        }
        ASN1Sequence seq = bareDer(s, NOT_A_PRIVATE_KEY);
        switch (DerKind.of(seq)) {
            case PKCS1_PRIVATE:
                return toJdkPrivate(pkcs1ToPrivateKeyInfo(seq));
            case PKCS8:
                return toJdkPrivate(parse(() -> PrivateKeyInfo.getInstance(seq), NOT_A_PRIVATE_KEY));
            case ENCRYPTED_PKCS8:
                return toJdkPrivate(decrypt(new PKCS8EncryptedPrivateKeyInfo(
                        parse(() -> EncryptedPrivateKeyInfo.getInstance(seq), NOT_A_PRIVATE_KEY)), passwordOrNull));
            case SPKI:
            case PKCS1_PUBLIC:
            case CERTIFICATE:
                throw new IllegalArgumentException(PUBLIC_GIVEN);
            default:
                throw new IllegalArgumentException(NOT_A_PRIVATE_KEY + " (not a known DER key structure)");
        }
    }

    /**
     * Reads an RSA public key.
     *
     * @param  text                     an X.509 certificate, SubjectPublicKeyInfo or PKCS#1 public key as PEM or as bare
     *                                  base64 DER
     * @return                          the JDK {@link RSAPublicKey}
     * @throws IllegalArgumentException if the text is not a public key or certificate, or not RSA
     */
    public static PublicKey publicKey(String text) {
        String s = normalise(text, NOT_A_PUBLIC_KEY);
        if (isArmoured(s)) {
            return publicKeyFromPem(s);
        }
        ASN1Sequence seq = bareDer(s, NOT_A_PUBLIC_KEY);
        switch (DerKind.of(seq)) {
            case SPKI:
                return toJdkPublic(parse(() -> SubjectPublicKeyInfo.getInstance(seq), NOT_A_PUBLIC_KEY));
            case PKCS1_PUBLIC:
                return toJdkPublic(parse(() -> new SubjectPublicKeyInfo(RSA_ALGORITHM, seq), NOT_A_PUBLIC_KEY));
            case CERTIFICATE:
                return toJdkPublic(
                        parse(() -> Certificate.getInstance(seq).getSubjectPublicKeyInfo(), NOT_A_PUBLIC_KEY));
            case PKCS1_PRIVATE:
            case PKCS8:
            case ENCRYPTED_PKCS8:
                throw new IllegalArgumentException(PRIVATE_GIVEN);
            default:
                throw new IllegalArgumentException(NOT_A_PUBLIC_KEY + " (not a known DER key structure)");
        }
    }

    /**
     * Whether the two keys form one RSA key pair: same modulus (and, when the private key carries it, same public
     * exponent). Keys that are not RSA never match.
     */
    public static boolean matches(PrivateKey privateKey, PublicKey publicKey) {
        Objects.requireNonNull(privateKey, "privateKey");
        Objects.requireNonNull(publicKey, "publicKey");
        if (!(privateKey instanceof RSAPrivateKey) || !(publicKey instanceof RSAPublicKey)) {
            return false;
        }
        RSAPublicKey pub = (RSAPublicKey) publicKey;
        if (!((RSAPrivateKey) privateKey).getModulus().equals(pub.getModulus())) {
            return false;
        }
        if (privateKey instanceof RSAPrivateCrtKey) {
            BigInteger e = ((RSAPrivateCrtKey) privateKey).getPublicExponent();
            return e == null || e.signum() == 0 || e.equals(pub.getPublicExponent());
        }
        return true;
    }

    // ---------------------------------------------------------------- PEM

    private static PrivateKey privateKeyFromPem(String s, char[] password) {
        List<Object> objects = readPem(s, NOT_A_PRIVATE_KEY);
        boolean publicSeen = false;
        for (Object o : objects) {
            if (o instanceof PEMKeyPair) {
                PrivateKeyInfo info = ((PEMKeyPair) o).getPrivateKeyInfo();
                if (info != null) {
                    return toJdkPrivate(info);
                }
                publicSeen = true;
            } else if (o instanceof PEMEncryptedKeyPair) {
                return toJdkPrivate(decrypt((PEMEncryptedKeyPair) o, password));
            } else if (o instanceof PrivateKeyInfo) {
                return toJdkPrivate((PrivateKeyInfo) o);
            } else if (o instanceof PKCS8EncryptedPrivateKeyInfo) {
                return toJdkPrivate(decrypt((PKCS8EncryptedPrivateKeyInfo) o, password));
            } else if (o instanceof SubjectPublicKeyInfo || o instanceof X509CertificateHolder) {
                publicSeen = true;
            }
        }
        if (publicSeen) {
            throw new IllegalArgumentException(PUBLIC_GIVEN);
        }
        throw new IllegalArgumentException(NOT_A_PRIVATE_KEY + " (found " + labels(s) + ")");
    }

    private static PublicKey publicKeyFromPem(String s) {
        List<Object> objects = readPem(s, NOT_A_PUBLIC_KEY);
        boolean privateSeen = false;
        for (Object o : objects) {
            if (o instanceof X509CertificateHolder) {
                return toJdkPublic(((X509CertificateHolder) o).getSubjectPublicKeyInfo());
            } else if (o instanceof SubjectPublicKeyInfo) {
                return toJdkPublic((SubjectPublicKeyInfo) o);
            } else if (o instanceof PEMKeyPair || o instanceof PEMEncryptedKeyPair || o instanceof PrivateKeyInfo
                    || o instanceof PKCS8EncryptedPrivateKeyInfo) {
                privateSeen = true;
            }
        }
        if (privateSeen) {
            throw new IllegalArgumentException(PRIVATE_GIVEN);
        }
        throw new IllegalArgumentException(NOT_A_PUBLIC_KEY + " (found " + labels(s) + ")");
    }

    private static List<Object> readPem(String s, String notAKey) {
        List<String> labels = labels(s);
        if (labels.isEmpty()) {
            throw new IllegalArgumentException(notAKey + " (no complete PEM block found)");
        }
        List<Object> objects = new ArrayList<>();
        try (PEMParser parser = new PEMParser(new StringReader(s))) {
            for (Object o = parser.readObject(); o != null; o = parser.readObject()) {
                objects.add(o);
            }
        } catch (IOException | RuntimeException e) {
            throw new IllegalArgumentException(notAKey + " (cannot read PEM block(s) " + labels + ")");
        }
        return objects;
    }

    /** The labels of the PEM blocks ({@code RSA PRIVATE KEY}, ...), sanitised so that they can go into a message. */
    private static List<String> labels(String s) {
        List<String> labels = new ArrayList<>();
        try (PemReader reader = new PemReader(new StringReader(s))) {
            for (PemObject o = reader.readPemObject(); o != null; o = reader.readPemObject()) {
                String type = o.getType();
                boolean plain = type.length() <= 40 && type.chars().allMatch(c -> c == ' ' || c >= 'A' && c <= 'Z');
                labels.add(plain ? type : "<unrecognised label>");
            }
        } catch (IOException | RuntimeException e) {
            labels.add("<malformed PEM block>");
        }
        return labels;
    }

    // ---------------------------------------------------------------- decryption

    private static PrivateKeyInfo decrypt(PKCS8EncryptedPrivateKeyInfo encrypted, char[] password) {
        requirePassword(password);
        try {
            return encrypted.decryptPrivateKeyInfo(
                    new JceOpenSSLPKCS8DecryptorProviderBuilder().setProvider(Bc.PROVIDER).build(password));
        } catch (Exception e) {
            throw new IllegalArgumentException(WRONG_PASSWORD);
        }
    }

    private static PrivateKeyInfo decrypt(PEMEncryptedKeyPair encrypted, char[] password) {
        requirePassword(password);
        try {
            PrivateKeyInfo info = encrypted
                    .decryptKeyPair(new JcePEMDecryptorProviderBuilder().setProvider(Bc.PROVIDER).build(password))
                    .getPrivateKeyInfo();
            if (info == null) {
                throw new IllegalStateException("no private key");
            }
            return info;
        } catch (Exception e) {
            throw new IllegalArgumentException(WRONG_PASSWORD);
        }
    }

    private static void requirePassword(char[] password) {
        if (password == null) {
            throw new IllegalArgumentException(NEEDS_PASSWORD);
        }
    }

    // ---------------------------------------------------------------- conversion to JDK keys

    private static PrivateKey toJdkPrivate(PrivateKeyInfo info) {
        if (!PKCSObjectIdentifiers.rsaEncryption.equals(info.getPrivateKeyAlgorithm().getAlgorithm())) {
            throw new IllegalArgumentException(NOT_RSA);
        }
        try {
            return JdkRsa.keyFactory().generatePrivate(new PKCS8EncodedKeySpec(info.getEncoded()));
        } catch (GeneralSecurityException | IOException | RuntimeException e) {
            throw new IllegalArgumentException("corrupt RSA private key");
        }
    }

    private static PublicKey toJdkPublic(SubjectPublicKeyInfo info) {
        if (!PKCSObjectIdentifiers.rsaEncryption.equals(info.getAlgorithm().getAlgorithm())) {
            throw new IllegalArgumentException(NOT_RSA);
        }
        try {
            return JdkRsa.keyFactory().generatePublic(new X509EncodedKeySpec(info.getEncoded()));
        } catch (GeneralSecurityException | IOException | RuntimeException e) {
            throw new IllegalArgumentException("corrupt RSA public key");
        }
    }

    private static PrivateKeyInfo pkcs1ToPrivateKeyInfo(ASN1Sequence seq) {
        return parse(() -> new PrivateKeyInfo(RSA_ALGORITHM,
                org.bouncycastle.asn1.pkcs.RSAPrivateKey.getInstance(seq)), NOT_A_PRIVATE_KEY);
    }

    // ---------------------------------------------------------------- bare DER

    private static ASN1Sequence bareDer(String s, String notAKey) {
        byte[] der;
        try {
            der = Base64.getDecoder().decode(s.replaceAll("\\s+", ""));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(notAKey + " (neither PEM armour nor base64 DER)");
        }
        ASN1Primitive primitive;
        try {
            primitive = ASN1Primitive.fromByteArray(der);
        } catch (IOException | RuntimeException e) {
            primitive = null;
        }
        if (!(primitive instanceof ASN1Sequence)) {
            throw new IllegalArgumentException(notAKey + " (the base64 text is not a DER key structure)");
        }
        return (ASN1Sequence) primitive;
    }

    /** The key structures told apart by the shape of their outer DER sequence. */
    private enum DerKind {
        PKCS1_PRIVATE,
        PKCS8,
        ENCRYPTED_PKCS8,
        SPKI,
        PKCS1_PUBLIC,
        CERTIFICATE,
        UNKNOWN;

        static DerKind of(ASN1Sequence seq) {
            ASN1Encodable[] e = seq.toArray();
            if (e.length >= 9 && allIntegers(e)) {
                return PKCS1_PRIVATE;
            }
            if (e.length == 2 && allIntegers(e)) {
                return PKCS1_PUBLIC;
            }
            if (e.length >= 3 && e.length <= 5 && e[0] instanceof ASN1Integer && e[1] instanceof ASN1Sequence
                    && e[2] instanceof ASN1OctetString) {
                return PKCS8;
            }
            if (e.length == 2 && e[0] instanceof ASN1Sequence && e[1] instanceof ASN1OctetString) {
                return ENCRYPTED_PKCS8;
            }
            if (e.length == 2 && e[0] instanceof ASN1Sequence && e[1] instanceof ASN1BitString) {
                return SPKI;
            }
            if (e.length == 3 && e[0] instanceof ASN1Sequence && e[1] instanceof ASN1Sequence
                    && e[2] instanceof ASN1BitString) {
                return CERTIFICATE;
            }
            return UNKNOWN;
        }

        private static boolean allIntegers(ASN1Encodable[] e) {
            for (ASN1Encodable x : e) {
                if (!(x instanceof ASN1Integer)) {
                    return false;
                }
            }
            return true;
        }
    }

    // ---------------------------------------------------------------- helpers

    private static String normalise(String text, String notAKey) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException(notAKey + " (the text is empty)");
        }
        String s = text.strip();
        if (s.charAt(0) == '\uFEFF') {
            s = s.substring(1).strip();
        }
        if (isArmoured(s)) {
            s = s.replace("\\r", "").replace("\\n", "\n");
        }
        return s;
    }

    private static boolean isArmoured(String s) {
        return s.contains("-----BEGIN ");
    }

    private static <T> T parse(ParseStep<T> step, String notAKey) {
        try {
            return step.run();
        } catch (Exception e) {
            throw new IllegalArgumentException(notAKey + " (corrupt DER key structure)");
        }
    }

    @FunctionalInterface
    private interface ParseStep<T> {
        T run() throws Exception;
    }

    /** A Bouncy Castle provider instance for decrypting keys, created on first use and never installed. */
    private static final class Bc {
        static final Provider PROVIDER = new BouncyCastleProvider();
    }
}
