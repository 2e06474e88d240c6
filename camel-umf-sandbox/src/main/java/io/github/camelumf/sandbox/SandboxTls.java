package io.github.camelumf.sandbox;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.HexFormat;

/**
 * The sandbox's HTTPS identity (section 1.2: every call is made over HTTPS): an RSA-2048 key and a self-signed
 * server certificate for {@code 127.0.0.1} and {@code localhost}, generated when an HTTPS sandbox is built, and the
 * trust store clients need to trust it (PKCS#12 holding only that certificate). {@link #toString()} shows no key
 * material.
 */
public final class SandboxTls {

    /** The alias of the certificate in the key and trust stores. */
    public static final String ALIAS = "umf-sandbox";

    private final X509Certificate certificate;
    private final KeyStore keyStore;
    private final char[] keyStorePassword;
    private final String trustStorePassword;

    private SandboxTls(X509Certificate certificate, KeyStore keyStore, char[] keyStorePassword,
                       String trustStorePassword) {
        this.certificate = certificate;
        this.keyStore = keyStore;
        this.keyStorePassword = keyStorePassword;
        this.trustStorePassword = trustStorePassword;
    }

    /** A new RSA-2048 key and self-signed certificate for 127.0.0.1 and localhost. */
    public static SandboxTls generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048, new SecureRandom());
            KeyPair pair = generator.generateKeyPair();
            X509Certificate certificate = certificate(pair);
            char[] password = HexFormat.of().formatHex(new SecureRandom().generateSeed(12)).toCharArray();
            KeyStore keys = KeyStore.getInstance("PKCS12");
            keys.load(null, null);
            keys.setKeyEntry(ALIAS, pair.getPrivate(), password, new Certificate[] {certificate});
            String trustPassword = HexFormat.of().formatHex(new SecureRandom().generateSeed(8));
            return new SandboxTls(certificate, keys, password, trustPassword);
        } catch (GeneralSecurityException | IOException | OperatorCreationException e) {
            throw new IllegalStateException("cannot generate the sandbox TLS certificate", e);
        }
    }

    private static X509Certificate certificate(KeyPair pair) throws GeneralSecurityException, OperatorCreationException,
            IOException {
        X500Name name = new X500Name("CN=127.0.0.1, O=camel-umf sandbox");
        Instant now = Instant.now();
        X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(name, BigInteger.valueOf(now.toEpochMilli()),
                Date.from(now.minus(Duration.ofDays(1))), Date.from(now.plus(Duration.ofDays(3650))), name,
                pair.getPublic());
        builder.addExtension(Extension.subjectAlternativeName, false, new GeneralNames(new GeneralName[] {
            new GeneralName(GeneralName.iPAddress, "127.0.0.1"), new GeneralName(GeneralName.dNSName, "localhost")}));
        builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
        builder.addExtension(Extension.extendedKeyUsage, false, new ExtendedKeyUsage(KeyPurposeId.id_kp_serverAuth));
        return new JcaX509CertificateConverter().getCertificate(
                builder.build(new JcaContentSignerBuilder("SHA256withRSA").build(pair.getPrivate())));
    }

    /** The server's SSL context (used by the sandbox's HTTPS server). */
    public SSLContext serverContext() {
        try {
            KeyManagerFactory keyManagers = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            keyManagers.init(keyStore, keyStorePassword);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(keyManagers.getKeyManagers(), null, new SecureRandom());
            return context;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot build the sandbox's SSL context", e);
        }
    }

    /** The self-signed server certificate (subject alternative names IP 127.0.0.1 and DNS localhost). */
    public X509Certificate certificate() {
        return certificate;
    }

    /** The server certificate as PEM ({@code BEGIN CERTIFICATE}). */
    public String certificatePem() {
        try {
            return "-----BEGIN CERTIFICATE-----\n"
                    + Base64.getMimeEncoder(64, "\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII))
                            .encodeToString(certificate.getEncoded())
                    + "\n-----END CERTIFICATE-----\n";
        } catch (java.security.cert.CertificateEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A PKCS#12 trust store holding only the server certificate (alias {@value #ALIAS}). */
    public KeyStore trustStore() {
        try {
            KeyStore trust = KeyStore.getInstance("PKCS12");
            trust.load(null, null);
            trust.setCertificateEntry(ALIAS, certificate);
            return trust;
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException("cannot build the sandbox trust store", e);
        }
    }

    /** The password of the trust store files written by {@link #writeTrustStore(Path)}. */
    public String trustStorePassword() {
        return trustStorePassword;
    }

    /** Writes the trust store as a PKCS#12 file protected by {@link #trustStorePassword()}; returns {@code file}. */
    public Path writeTrustStore(Path file) {
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write(trustStoreBytes());
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the trust store to " + file, e);
        }
    }

    /** The trust store as PKCS#12 bytes protected by {@link #trustStorePassword()}. */
    public byte[] trustStoreBytes() {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            trustStore().store(bytes, trustStorePassword.toCharArray());
            return bytes.toByteArray();
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException("cannot write the sandbox trust store", e);
        }
    }

    /** A client SSL context that trusts exactly the sandbox's certificate (for tests using the JDK HTTP client). */
    public SSLContext clientContext() {
        try {
            TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            trust.init(trustStore());
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, trust.getTrustManagers(), new SecureRandom());
            return context;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot build a client SSL context for the sandbox", e);
        }
    }

    @Override
    public String toString() {
        return "SandboxTls[" + certificate.getSubjectX500Principal().getName() + "]";
    }
}
