package io.github.camelumf.security;

import java.io.IOException;
import java.io.StringWriter;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Provider;
import java.security.PublicKey;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.Date;

import javax.crypto.Cipher;

import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.openssl.jcajce.JcaMiscPEMGenerator;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.openssl.jcajce.JcaPKCS8Generator;
import org.bouncycastle.openssl.jcajce.JceOpenSSLPKCS8EncryptorBuilder;
import org.bouncycastle.openssl.jcajce.JcePEMEncryptorBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.util.io.pem.PemObject;
import org.bouncycastle.util.io.pem.PemWriter;

/** Real RSA-2048 key pairs, generated once per test JVM, and the PEM forms the loader must read. */
final class TestKeys {

    /** The merchant's key pair in the tests. */
    static final KeyPair MERCHANT = generate("RSA", 2048);
    /** An unrelated key pair (UMF's, or a wrong one). */
    static final KeyPair OTHER = generate("RSA", 2048);

    private static final Provider BC = new BouncyCastleProvider();

    private TestKeys() {
    }

    static KeyPair generate(String algorithm, int size) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance(algorithm);
            generator.initialize(size);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    static String pkcs8Pem(PrivateKey key) {
        return pem("PRIVATE KEY", key.getEncoded());
    }

    static String pkcs1Pem(PrivateKey key) {
        try {
            return pem("RSA PRIVATE KEY",
                    PrivateKeyInfo.getInstance(key.getEncoded()).parsePrivateKey().toASN1Primitive().getEncoded());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static String encryptedPkcs8Pem(PrivateKey key, char[] password) {
        try {
            JceOpenSSLPKCS8EncryptorBuilder builder
                    = new JceOpenSSLPKCS8EncryptorBuilder(JcaPKCS8Generator.AES_256_CBC).setProvider(BC);
            builder.setPassword(password);
            return write(new JcaPKCS8Generator(key, builder.build()));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** PKCS#1 with {@code Proc-Type: 4,ENCRYPTED} and {@code DEK-Info}, as {@code openssl rsa -aes256 -traditional}. */
    static String legacyEncryptedPkcs1Pem(PrivateKey key, char[] password) {
        try {
            return write(new JcaMiscPEMGenerator(key,
                    new JcePEMEncryptorBuilder("AES-256-CBC").setProvider(BC).build(password)));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static String spkiPem(PublicKey key) {
        return pem("PUBLIC KEY", key.getEncoded());
    }

    static String pkcs1PublicPem(PublicKey key) {
        try {
            return pem("RSA PUBLIC KEY",
                    SubjectPublicKeyInfo.getInstance(key.getEncoded()).parsePublicKey().getEncoded());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static String certificatePem(KeyPair pair) {
        try {
            Instant now = Instant.now();
            X500Name name = new X500Name("CN=UMF test");
            X509CertificateHolder holder = new JcaX509v3CertificateBuilder(name, BigInteger.valueOf(now.toEpochMilli()),
                    Date.from(now.minus(1, ChronoUnit.DAYS)), Date.from(now.plus(365, ChronoUnit.DAYS)), name,
                    pair.getPublic())
                    .build(new JcaContentSignerBuilder("SHA256withRSA").build(pair.getPrivate()));
            return pem("CERTIFICATE", holder.getEncoded());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The base64 body of a PEM text, on one line: the unarmoured form UMF often ships. */
    static String body(String pem) {
        StringBuilder b = new StringBuilder();
        for (String line : pem.split("\r?\n")) {
            if (!line.startsWith("-----") && !line.contains(":") && !line.isBlank()) {
                b.append(line.strip());
            }
        }
        return b.toString();
    }

    static byte[] decrypt(PrivateKey key, String base64) {
        try {
            Cipher cipher = Cipher.getInstance("RSA/ECB/PKCS1Padding");
            cipher.init(Cipher.DECRYPT_MODE, key);
            return cipher.doFinal(Base64.getDecoder().decode(base64));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String pem(String type, byte[] der) {
        StringWriter out = new StringWriter();
        try (PemWriter writer = new PemWriter(out)) {
            writer.writeObject(new PemObject(type, der));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return out.toString();
    }

    private static String write(Object object) throws IOException {
        StringWriter out = new StringWriter();
        try (JcaPEMWriter writer = new JcaPEMWriter(out)) {
            writer.writeObject(object);
        }
        return out.toString();
    }
}
