package io.github.camelumf.sandbox;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.openssl.PKCS8Generator;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.openssl.jcajce.JcaPKCS8Generator;
import org.bouncycastle.openssl.jcajce.JceOpenSSLPKCS8EncryptorBuilder;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.util.io.pem.PemObjectGenerator;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;

/**
 * The sandbox's key material, real RSA-2048 keys generated when the sandbox is built: the UMF key pair (the sandbox
 * signs responses and decrypts *enc* fields with its private key) with a self-signed certificate, and the merchant
 * key pair (the sandbox verifies request signatures with its public key). When the merchant public key was given to
 * the builder, the merchant private key is not known and its PEM methods throw {@link IllegalStateException}.
 * {@link #toString()} shows no key material.
 */
public final class SandboxKeys {

    private final KeyPair umf;
    private final X509Certificate umfCertificate;
    private final PublicKey merchantPublicKey;
    private final PrivateKey merchantPrivateKey;

    private SandboxKeys(KeyPair umf, X509Certificate umfCertificate, PublicKey merchantPublicKey,
                        PrivateKey merchantPrivateKey) {
        this.umf = umf;
        this.umfCertificate = umfCertificate;
        this.merchantPublicKey = merchantPublicKey;
        this.merchantPrivateKey = merchantPrivateKey;
    }

    /** Generates the UMF key pair and certificate, and the merchant key pair unless its public key is given. */
    static SandboxKeys generate(PublicKey givenMerchantPublicKey) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048, new SecureRandom());
            KeyPair umf = generator.generateKeyPair();
            X509Certificate certificate = selfSigned(umf);
            if (givenMerchantPublicKey != null) {
                if (!"RSA".equals(givenMerchantPublicKey.getAlgorithm())) {
                    throw new IllegalArgumentException("the merchant public key must be an RSA key");
                }
                return new SandboxKeys(umf, certificate, givenMerchantPublicKey, null);
            }
            KeyPair merchant = generator.generateKeyPair();
            return new SandboxKeys(umf, certificate, merchant.getPublic(), merchant.getPrivate());
        } catch (GeneralSecurityException | OperatorCreationException e) {
            throw new IllegalStateException("cannot generate the sandbox keys", e);
        }
    }

    private static X509Certificate selfSigned(KeyPair pair) throws GeneralSecurityException, OperatorCreationException {
        X500Name name = new X500Name("CN=UMF Sandbox, O=camel-umf sandbox");
        Instant now = Instant.now();
        X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(name,
                BigInteger.valueOf(now.toEpochMilli()), Date.from(now.minus(Duration.ofDays(1))),
                Date.from(now.plus(Duration.ofDays(3650))), name, pair.getPublic());
        return new JcaX509CertificateConverter().getCertificate(
                builder.build(new JcaContentSignerBuilder("SHA256withRSA").build(pair.getPrivate())));
    }

    /** The merchant private key as PKCS#1 PEM ({@code BEGIN RSA PRIVATE KEY}). */
    public String merchantPrivateKeyPkcs1Pem() {
        return pem(requireMerchantPrivateKey());
    }

    /** The merchant private key as PKCS#8 PEM ({@code BEGIN PRIVATE KEY}). */
    public String merchantPrivateKeyPkcs8Pem() {
        try {
            return pem(new JcaPKCS8Generator(requireMerchantPrivateKey(), null));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The merchant private key as encrypted PKCS#8 PEM ({@code BEGIN ENCRYPTED PRIVATE KEY}, AES-256-CBC). */
    public String merchantPrivateKeyEncryptedPkcs8Pem(char[] password) {
        try {
            return pem(new JcaPKCS8Generator(requireMerchantPrivateKey(),
                    new JceOpenSSLPKCS8EncryptorBuilder(PKCS8Generator.AES_256_CBC)
                            .setProvider(new BouncyCastleProvider()).setPassword(password).build()));
        } catch (IOException | OperatorCreationException e) {
            throw new IllegalStateException("cannot encrypt the merchant private key", e);
        }
    }

    /** The merchant private key (for tests that sign requests themselves). */
    public PrivateKey merchantPrivateKey() {
        return requireMerchantPrivateKey();
    }

    /** The merchant public key the sandbox verifies request signatures with. */
    public PublicKey merchantPublicKey() {
        return merchantPublicKey;
    }

    /** The merchant public key as SubjectPublicKeyInfo PEM ({@code BEGIN PUBLIC KEY}). */
    public String merchantPublicKeyPem() {
        return pem(merchantPublicKey);
    }

    /** The UMF public key: merchants encrypt *enc* fields and verify response signatures with it. */
    public PublicKey umfPublicKey() {
        return umf.getPublic();
    }

    /** The UMF public key as SubjectPublicKeyInfo PEM ({@code BEGIN PUBLIC KEY}). */
    public String umfPublicKeyPem() {
        return pem(umf.getPublic());
    }

    /** A self-signed X.509 certificate of the UMF public key. */
    public X509Certificate umfCertificate() {
        return umfCertificate;
    }

    /** The UMF certificate as PEM ({@code BEGIN CERTIFICATE}). */
    public String umfCertificatePem() {
        return pem(umfCertificate);
    }

    /** The UMF private key, for tests that simulate UMF (e.g. sign a notification as UMF would). */
    public PrivateKey umfPrivateKey() {
        return umf.getPrivate();
    }

    /** Whether the sandbox generated the merchant key pair (and so knows the merchant private key). */
    public boolean hasMerchantPrivateKey() {
        return merchantPrivateKey != null;
    }

    private PrivateKey requireMerchantPrivateKey() {
        if (merchantPrivateKey == null) {
            throw new IllegalStateException(
                    "the merchant public key was given to the sandbox: it does not know the merchant private key");
        }
        return merchantPrivateKey;
    }

    private static String pem(Object object) {
        StringWriter out = new StringWriter();
        try (JcaPEMWriter writer = new JcaPEMWriter(out)) {
            if (object instanceof PemObjectGenerator) {
                writer.writeObject((PemObjectGenerator) object);
            } else {
                writer.writeObject(object);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    @Override
    public String toString() {
        return "SandboxKeys[RSA-2048 UMF key pair, merchant "
                + (merchantPrivateKey == null ? "public key given" : "key pair generated") + "]";
    }
}
