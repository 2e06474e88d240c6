package io.github.camelumf.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPublicKey;
import java.util.Base64;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static io.github.camelumf.security.TestKeys.MERCHANT;
import static io.github.camelumf.security.TestKeys.OTHER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assumptions.assumeThat;

class PemKeysTest {

    private static final char[] PASSWORD = "correct horse battery".toCharArray();
    private static final byte[] DATA = "{\"payment\":{\"amount\":\"10.00\"}}".getBytes(StandardCharsets.UTF_8);

    @Test
    void pkcs1PrivateKeyLoadsAsJdkCrtKeyAndSigns() {
        PrivateKey key = PemKeys.privateKey(TestKeys.pkcs1Pem(MERCHANT.getPrivate()), null);

        assertThat(key).isInstanceOf(RSAPrivateCrtKey.class);
        assertThat(key.getClass().getName()).startsWith("sun.security.rsa.");
        assertSignsForMerchant(key);
    }

    @Test
    void pkcs8PrivateKeyLoadsAndSigns() {
        PrivateKey key = PemKeys.privateKey(TestKeys.pkcs8Pem(MERCHANT.getPrivate()), null);

        assertThat(key).isInstanceOf(RSAPrivateCrtKey.class);
        assertThat(key.getEncoded()).isEqualTo(MERCHANT.getPrivate().getEncoded());
        assertSignsForMerchant(key);
    }

    @Test
    void encryptedPkcs8PrivateKeyLoadsWithItsPassword() {
        PrivateKey key = PemKeys.privateKey(TestKeys.encryptedPkcs8Pem(MERCHANT.getPrivate(), PASSWORD), PASSWORD);

        assertThat(key).isInstanceOf(RSAPrivateCrtKey.class);
        assertSignsForMerchant(key);
    }

    @Test
    void legacyEncryptedPkcs1PrivateKeyLoadsWithItsPassword() {
        String pem = TestKeys.legacyEncryptedPkcs1Pem(MERCHANT.getPrivate(), PASSWORD);
        assertThat(pem).contains("Proc-Type: 4,ENCRYPTED").contains("DEK-Info: AES-256-CBC");

        PrivateKey key = PemKeys.privateKey(pem, PASSWORD);

        assertSignsForMerchant(key);
    }

    @Test
    void bareBase64PrivateKeysLoadInEveryForm() {
        assertSignsForMerchant(PemKeys.privateKey(TestKeys.body(TestKeys.pkcs1Pem(MERCHANT.getPrivate())), null));
        assertSignsForMerchant(PemKeys.privateKey(TestKeys.body(TestKeys.pkcs8Pem(MERCHANT.getPrivate())), null));
        assertSignsForMerchant(PemKeys.privateKey(
                TestKeys.body(TestKeys.encryptedPkcs8Pem(MERCHANT.getPrivate(), PASSWORD)), PASSWORD));
    }

    @Test
    void pemWithEscapedNewlinesFromAPropertiesFileLoads() {
        String escaped = TestKeys.pkcs8Pem(MERCHANT.getPrivate()).replace("\n", "\\n");

        assertSignsForMerchant(PemKeys.privateKey(escaped, null));
    }

    @Test
    void privateKeyAfterOtherPemBlocksInOneFileIsFound() {
        String bundle = TestKeys.certificatePem(MERCHANT) + TestKeys.pkcs8Pem(MERCHANT.getPrivate());

        assertSignsForMerchant(PemKeys.privateKey(bundle, null));
    }

    @Test
    void certificateSpkiAndPkcs1PublicKeysAllLoadAsTheSameJdkKey() {
        PublicKey fromCertificate = PemKeys.publicKey(TestKeys.certificatePem(MERCHANT));
        PublicKey fromSpki = PemKeys.publicKey(TestKeys.spkiPem(MERCHANT.getPublic()));
        PublicKey fromPkcs1 = PemKeys.publicKey(TestKeys.pkcs1PublicPem(MERCHANT.getPublic()));

        for (PublicKey key : new PublicKey[] { fromCertificate, fromSpki, fromPkcs1 }) {
            assertThat(key).isInstanceOf(RSAPublicKey.class);
            assertThat(key.getClass().getName()).startsWith("sun.security.rsa.");
            assertThat(key.getEncoded()).isEqualTo(MERCHANT.getPublic().getEncoded());
            assertVerifiesMerchantSignature(key);
        }
    }

    @Test
    void bareBase64PublicKeysLoadInEveryForm() {
        for (String pem : new String[] {
                TestKeys.certificatePem(MERCHANT), TestKeys.spkiPem(MERCHANT.getPublic()),
                TestKeys.pkcs1PublicPem(MERCHANT.getPublic()) }) {
            PublicKey key = PemKeys.publicKey(TestKeys.body(pem));
            assertThat(key.getEncoded()).isEqualTo(MERCHANT.getPublic().getEncoded());
        }
    }

    @Test
    void matchesTellsAKeyPairFromUnrelatedKeys() {
        PrivateKey privateKey = PemKeys.privateKey(TestKeys.pkcs1Pem(MERCHANT.getPrivate()), null);

        assertThat(PemKeys.matches(privateKey, PemKeys.publicKey(TestKeys.certificatePem(MERCHANT)))).isTrue();
        assertThat(PemKeys.matches(privateKey, OTHER.getPublic())).isFalse();
        assertThat(PemKeys.matches(privateKey, TestKeys.generate("EC", 256).getPublic())).isFalse();
    }

    @Test
    void encryptedKeyWithoutPasswordIsRefusedSayingItNeedsOne() {
        String pkcs8 = TestKeys.encryptedPkcs8Pem(MERCHANT.getPrivate(), PASSWORD);
        String legacy = TestKeys.legacyEncryptedPkcs1Pem(MERCHANT.getPrivate(), PASSWORD);

        assertRefused(() -> PemKeys.privateKey(pkcs8, null), "encrypted key needs a password", pkcs8);
        assertRefused(() -> PemKeys.privateKey(legacy, null), "encrypted key needs a password", legacy);
    }

    @Test
    void wrongPasswordIsRefusedWithoutEchoingPasswordOrKey() {
        char[] wrong = "Tr0ub4dor&3-wrong".toCharArray();
        String pkcs8 = TestKeys.encryptedPkcs8Pem(MERCHANT.getPrivate(), PASSWORD);
        String legacy = TestKeys.legacyEncryptedPkcs1Pem(MERCHANT.getPrivate(), PASSWORD);

        IllegalArgumentException e1 = assertRefused(() -> PemKeys.privateKey(pkcs8, wrong),
                "wrong password or corrupt key", pkcs8);
        IllegalArgumentException e2 = assertRefused(() -> PemKeys.privateKey(legacy, wrong),
                "wrong password or corrupt key", legacy);

        for (IllegalArgumentException e : new IllegalArgumentException[] { e1, e2 }) {
            assertThat(e.getMessage()).doesNotContain(new String(wrong)).doesNotContain(new String(PASSWORD));
        }
        assertThat(wrong).isEqualTo("Tr0ub4dor&3-wrong".toCharArray()); // the caller's array is left alone
    }

    @Test
    void publicKeyOrCertificateGivenAsPrivateKeyIsRefused() {
        for (String pem : new String[] {
                TestKeys.certificatePem(MERCHANT), TestKeys.spkiPem(MERCHANT.getPublic()),
                TestKeys.pkcs1PublicPem(MERCHANT.getPublic()) }) {
            String expected = "a public key/certificate was given where a private key is expected";
            assertRefused(() -> PemKeys.privateKey(pem, null), expected, pem);
            assertRefused(() -> PemKeys.privateKey(TestKeys.body(pem), null), expected, pem);
        }
    }

    @Test
    void privateKeyGivenAsPublicKeyIsRefused() {
        String pem = TestKeys.pkcs1Pem(MERCHANT.getPrivate());

        assertRefused(() -> PemKeys.publicKey(pem), "a private key was given where a public key/certificate is expected",
                pem);
        assertRefused(() -> PemKeys.publicKey(TestKeys.body(pem)),
                "a private key was given where a public key/certificate is expected", pem);
    }

    @Test
    void nonRsaKeysAreRefusedAsNotRsa() {
        KeyPair ec = TestKeys.generate("EC", 256);
        String privatePem = TestKeys.pkcs8Pem(ec.getPrivate());
        String publicPem = TestKeys.spkiPem(ec.getPublic());

        assertRefused(() -> PemKeys.privateKey(privatePem, null), "not an RSA key", privatePem);
        assertRefused(() -> PemKeys.publicKey(publicPem), "not an RSA key", publicPem);
        assertRefused(() -> PemKeys.publicKey(TestKeys.body(publicPem)), "not an RSA key", publicPem);
    }

    @Test
    void garbageIsRefusedAsNotAKey() {
        String pkcs8 = TestKeys.pkcs8Pem(MERCHANT.getPrivate());
        String body = TestKeys.body(pkcs8);
        String corruptBody = "-----BEGIN PRIVATE KEY-----\n" + body.substring(0, 120) + "!!!!"
                             + body.substring(124) + "\n-----END PRIVATE KEY-----\n";
        String truncated = "-----BEGIN PRIVATE KEY-----\n" + body.substring(0, 200) + "\n-----END PRIVATE KEY-----\n";

        assertRefused(() -> PemKeys.privateKey("hello, world", null), "not a PEM private key", pkcs8);
        assertRefused(() -> PemKeys.privateKey("", null), "not a PEM private key", pkcs8);
        assertRefused(() -> PemKeys.privateKey(null, null), "not a PEM private key", pkcs8);
        assertRefused(() -> PemKeys.privateKey(Base64.getEncoder().encodeToString(new byte[300]), null),
                "not a PEM private key", pkcs8);
        assertRefused(() -> PemKeys.privateKey(corruptBody, null), "not a PEM private key", pkcs8);
        assertRefused(() -> PemKeys.privateKey(truncated, null), "not a PEM private key", pkcs8);
        assertRefused(() -> PemKeys.privateKey("-----BEGIN OPENSSH PRIVATE KEY-----\n" + body.substring(0, 64)
                                               + "\n-----END OPENSSH PRIVATE KEY-----\n", null),
                "not a PEM private key (cannot read PEM block(s) [OPENSSH PRIVATE KEY])", pkcs8);
        assertRefused(() -> PemKeys.publicKey("not a key"), "not a PEM public key or certificate", pkcs8);
    }

    @Test
    void keysWrittenByTheOpensslToolLoad(@TempDir Path dir) throws Exception {
        assumeThat(openssl(dir, "version")).as("openssl on PATH").isZero();
        assertThat(openssl(dir, "genrsa", "-traditional", "-out", "traditional.pem", "2048")).isZero();
        assertThat(openssl(dir, "rsa", "-in", "traditional.pem", "-aes256", "-traditional", "-passout",
                "pass:secret", "-out", "legacy.pem")).isZero();
        assertThat(openssl(dir, "pkcs8", "-topk8", "-in", "traditional.pem", "-v2", "aes-256-cbc", "-passout",
                "pass:secret", "-out", "pkcs8-encrypted.pem")).isZero();
        assertThat(openssl(dir, "rsa", "-in", "traditional.pem", "-pubout", "-out", "public.pem")).isZero();
        assertThat(openssl(dir, "rsa", "-in", "traditional.pem", "-RSAPublicKey_out", "-out", "rsa-public.pem"))
                .isZero();
        assertThat(openssl(dir, "req", "-new", "-x509", "-key", "traditional.pem", "-subj", "/CN=UMF", "-days", "2",
                "-out", "cert.pem")).isZero();

        String traditional = Files.readString(dir.resolve("traditional.pem"));
        assertThat(traditional).startsWith("-----BEGIN RSA PRIVATE KEY-----");
        PrivateKey key = PemKeys.privateKey(traditional, null);
        PublicKey publicKey = PemKeys.publicKey(Files.readString(dir.resolve("public.pem")));

        assertThat(PemKeys.matches(key, publicKey)).isTrue();
        assertThat(PemKeys.privateKey(Files.readString(dir.resolve("legacy.pem")), "secret".toCharArray()))
                .isEqualTo(key);
        assertThat(PemKeys.privateKey(Files.readString(dir.resolve("pkcs8-encrypted.pem")), "secret".toCharArray()))
                .isEqualTo(key);
        assertThat(PemKeys.publicKey(Files.readString(dir.resolve("rsa-public.pem")))).isEqualTo(publicKey);
        assertThat(PemKeys.publicKey(Files.readString(dir.resolve("cert.pem")))).isEqualTo(publicKey);
    }

    private static int openssl(Path dir, String... args) {
        String[] command = new String[args.length + 1];
        command[0] = "openssl";
        System.arraycopy(args, 0, command, 1, args.length);
        try {
            Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                    .redirectOutput(dir.resolve("openssl.log").toFile()).start();
            if (!p.waitFor(60, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return -1;
            }
            return p.exitValue();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    /** Asserts the refusal message, and that neither it nor a cause carries key material. */
    private static IllegalArgumentException assertRefused(Runnable call, String expectedMessage, String keyPem) {
        IllegalArgumentException e = catchThrowableOfType(IllegalArgumentException.class, call::run);
        assertThat(e).as("refused with IllegalArgumentException").isNotNull();
        assertThat(e.getMessage()).startsWith(expectedMessage);
        assertThat(e.getCause()).isNull();
        String body = TestKeys.body(keyPem);
        assertThat(e.getMessage()).doesNotContain(body);
        for (int i = 0; i + 16 <= body.length(); i += 16) {
            assertThat(e.getMessage()).doesNotContain(body.substring(i, i + 16));
        }
        return e;
    }

    private static void assertSignsForMerchant(PrivateKey key) {
        assertThat(PemKeys.matches(key, MERCHANT.getPublic())).isTrue();
        try {
            Signature signer = Signature.getInstance("SHA256withRSA");
            signer.initSign(key);
            signer.update(DATA);
            byte[] signature = signer.sign();
            Signature verifier = Signature.getInstance("SHA256withRSA");
            verifier.initVerify(MERCHANT.getPublic());
            verifier.update(DATA);
            assertThat(verifier.verify(signature)).isTrue();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static void assertVerifiesMerchantSignature(PublicKey key) {
        try {
            Signature signer = Signature.getInstance("SHA256withRSA");
            signer.initSign(MERCHANT.getPrivate());
            signer.update(DATA);
            byte[] signature = signer.sign();
            Signature verifier = Signature.getInstance("SHA256withRSA");
            verifier.initVerify(key);
            verifier.update(DATA);
            assertThat(verifier.verify(signature)).isTrue();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void matchesComparesThePublicExponentToo() throws Exception {
        java.security.interfaces.RSAPrivateCrtKey key = (java.security.interfaces.RSAPrivateCrtKey) MERCHANT.getPrivate();
        java.security.KeyFactory factory = java.security.KeyFactory.getInstance("RSA");
        java.security.PublicKey sameModulusOtherExponent = factory.generatePublic(
                new java.security.spec.RSAPublicKeySpec(key.getModulus(), java.math.BigInteger.valueOf(3)));

        assertThat(PemKeys.matches(key, MERCHANT.getPublic())).isTrue();
        assertThat(PemKeys.matches(key, sameModulusOtherExponent)).isFalse();
    }

    @Test
    void pemLabelsThatAreNotPlainWordsNeverReachTheMessage() {
        String secretLabel = "-----BEGIN MY s3cret LABEL-----\nAAAA\n-----END MY s3cret LABEL-----\n";
        String longLabel = "-----BEGIN " + "A".repeat(41) + "-----\nAAAA\n-----END " + "A".repeat(41) + "-----\n";
        String plain = "-----BEGIN SOMETHING ELSE-----\nAAAA\n-----END SOMETHING ELSE-----\n";

        assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> PemKeys.publicKey(secretLabel)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("<unrecognised label>")
                .hasMessageNotContaining("s3cret");
        assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> PemKeys.privateKey(longLabel, null)))
                .hasMessageContaining("<unrecognised label>").hasMessageNotContaining("AAAAAAAAAA");
        assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> PemKeys.publicKey(plain)))
                .hasMessageContaining("SOMETHING ELSE");
        assertThat(org.assertj.core.api.Assertions.catchThrowable(
                () -> PemKeys.publicKey("-----BEGIN PUBLIC KEY-----\nAAAA\n")))
                .hasMessageContaining("<malformed PEM block>");
    }
}
