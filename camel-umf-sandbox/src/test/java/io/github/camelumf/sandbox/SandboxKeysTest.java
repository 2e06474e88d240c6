package io.github.camelumf.sandbox;

import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.openssl.PEMKeyPair;
import org.bouncycastle.openssl.PEMParser;
import org.bouncycastle.openssl.jcajce.JcaPEMKeyConverter;
import org.bouncycastle.openssl.jcajce.JceOpenSSLPKCS8DecryptorProviderBuilder;
import org.bouncycastle.pkcs.PKCS8EncryptedPrivateKeyInfo;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.cert.X509Certificate;
import java.security.interfaces.RSAPublicKey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SandboxKeysTest {

    private static final SandboxKeys KEYS = UmfSandbox.builder().build().keys();

    private static Object parse(String pem) throws Exception {
        try (PEMParser parser = new PEMParser(new StringReader(pem))) {
            return parser.readObject();
        }
    }

    private static boolean pairs(PrivateKey privateKey, PublicKey publicKey) throws Exception {
        byte[] data = "pairing".getBytes(StandardCharsets.UTF_8);
        Signature signer = Signature.getInstance("SHA256withRSA");
        signer.initSign(privateKey);
        signer.update(data);
        byte[] signature = signer.sign();
        Signature verifier = Signature.getInstance("SHA256withRSA");
        verifier.initVerify(publicKey);
        verifier.update(data);
        return verifier.verify(signature);
    }

    @Test
    void merchantPrivateKeyIsWrittenAsPkcs1Pkcs8AndEncryptedPkcs8() throws Exception {
        JcaPEMKeyConverter converter = new JcaPEMKeyConverter();
        String pkcs1 = KEYS.merchantPrivateKeyPkcs1Pem();
        String pkcs8 = KEYS.merchantPrivateKeyPkcs8Pem();
        String encrypted = KEYS.merchantPrivateKeyEncryptedPkcs8Pem("s3cret".toCharArray());

        assertThat(pkcs1).startsWith("-----BEGIN RSA PRIVATE KEY-----");
        assertThat(pkcs8).startsWith("-----BEGIN PRIVATE KEY-----");
        assertThat(encrypted).startsWith("-----BEGIN ENCRYPTED PRIVATE KEY-----");
        PrivateKey fromPkcs1 = converter.getKeyPair((PEMKeyPair) parse(pkcs1)).getPrivate();
        PrivateKey fromPkcs8 = converter.getPrivateKey((PrivateKeyInfo) parse(pkcs8));
        PrivateKeyInfo decrypted = ((PKCS8EncryptedPrivateKeyInfo) parse(encrypted)).decryptPrivateKeyInfo(
                new JceOpenSSLPKCS8DecryptorProviderBuilder().setProvider(new org.bouncycastle.jce.provider.BouncyCastleProvider())
                        .build("s3cret".toCharArray()));
        PrivateKey fromEncrypted = converter.getPrivateKey(decrypted);
        assertThat(pairs(fromPkcs1, KEYS.merchantPublicKey())).isTrue();
        assertThat(pairs(fromPkcs8, KEYS.merchantPublicKey())).isTrue();
        assertThat(pairs(fromEncrypted, KEYS.merchantPublicKey())).isTrue();
        assertThat(((RSAPublicKey) KEYS.merchantPublicKey()).getModulus().bitLength()).isEqualTo(2048);
    }

    @Test
    void umfPublicKeyAndSelfSignedCertificateMatchTheUmfKeyPair() throws Exception {
        String publicPem = KEYS.umfPublicKeyPem();
        String certificatePem = KEYS.umfCertificatePem();

        assertThat(publicPem).startsWith("-----BEGIN PUBLIC KEY-----");
        assertThat(certificatePem).startsWith("-----BEGIN CERTIFICATE-----");
        PublicKey parsed = new JcaPEMKeyConverter().getPublicKey((SubjectPublicKeyInfo) parse(publicPem));
        X509Certificate certificate = new JcaX509CertificateConverter()
                .getCertificate((X509CertificateHolder) parse(certificatePem));
        assertThat(parsed).isEqualTo(KEYS.umfPublicKey());
        assertThat(certificate.getPublicKey()).isEqualTo(KEYS.umfPublicKey());
        certificate.verify(KEYS.umfPublicKey());
        certificate.checkValidity();
        assertThat(pairs(KEYS.umfPrivateKey(), KEYS.umfPublicKey())).isTrue();
        assertThat(pairs(KEYS.umfPrivateKey(), KEYS.merchantPublicKey())).isFalse();
    }

    @Test
    void givenMerchantPublicKeyIsUsedAndThePrivateKeyIsUnknown() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        PublicKey merchant = generator.generateKeyPair().getPublic();

        SandboxKeys keys = UmfSandbox.builder().merchantPublicKey(merchant).build().keys();

        assertThat(keys.merchantPublicKey()).isEqualTo(merchant);
        assertThat(keys.hasMerchantPrivateKey()).isFalse();
        assertThatThrownBy(keys::merchantPrivateKeyPkcs8Pem).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void toStringShowsNoKeyMaterial() {
        String base64Start = KEYS.merchantPrivateKeyPkcs8Pem().split("\n")[1].substring(0, 20);

        assertThat(KEYS.toString()).doesNotContain(base64Start).doesNotContain("BEGIN");
    }
}
