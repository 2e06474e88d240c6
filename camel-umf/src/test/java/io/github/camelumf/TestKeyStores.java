package io.github.camelumf;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * Real PKCS12 key stores for the tests, built as a merchant would with {@code keytool} or {@code openssl pkcs12}: each
 * private key entry with a self-signed certificate, written to bytes and loaded back.
 */
public final class TestKeyStores {

    private TestKeyStores() {
    }

    /** An empty, loaded PKCS12 key store. */
    public static KeyStore emptyPkcs12() {
        try {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            return store;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Adds a private key entry, protected by {@code password}, with a self-signed certificate over its public key. */
    public static void addKey(KeyStore store, String alias, PrivateKey privateKey, PublicKey publicKey,
                              String password) {
        try {
            store.setKeyEntry(alias, privateKey, password.toCharArray(),
                    new Certificate[] { selfSigned(privateKey, publicKey) });
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The store written as a PKCS12 file with {@code storePassword} and loaded again, as an application loads it. */
    public static KeyStore roundTrip(KeyStore store, String storePassword) {
        try {
            ByteArrayOutputStream file = new ByteArrayOutputStream();
            store.store(file, storePassword.toCharArray());
            KeyStore loaded = KeyStore.getInstance("PKCS12");
            loaded.load(new ByteArrayInputStream(file.toByteArray()), storePassword.toCharArray());
            return loaded;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static Certificate selfSigned(PrivateKey privateKey, PublicKey publicKey) {
        try {
            Instant now = Instant.now();
            X500Name name = new X500Name("CN=merchant");
            String algorithm = "RSA".equals(privateKey.getAlgorithm()) ? "SHA256withRSA" : "SHA256withECDSA";
            byte[] der = new JcaX509v3CertificateBuilder(name, BigInteger.valueOf(now.toEpochMilli()),
                    Date.from(now.minus(1, ChronoUnit.DAYS)), Date.from(now.plus(365, ChronoUnit.DAYS)), name, publicKey)
                    .build(new JcaContentSignerBuilder(algorithm).build(privateKey)).getEncoded();
            return CertificateFactory.getInstance("X.509").generateCertificate(new ByteArrayInputStream(der));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
