package io.github.camelumf.security;

import java.nio.charset.StandardCharsets;
import java.security.Signature;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import static io.github.camelumf.security.TestKeys.MERCHANT;
import static io.github.camelumf.security.TestKeys.OTHER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RsaSha256SignatureTest {

    private static final byte[] BODY = "{\"payer\":{\"payer_info\":{\"name\":\"张三\"}},\"order\":{\"amount\":\"10.00\"}}"
            .getBytes(StandardCharsets.UTF_8);

    private final Signer signer = new RsaSha256Signer(PemKeys.privateKey(TestKeys.pkcs1Pem(MERCHANT.getPrivate()), null));
    private final SignatureVerifier verifier
            = new RsaSha256SignatureVerifier(PemKeys.publicKey(TestKeys.certificatePem(MERCHANT)));

    @Test
    void signatureIsWhatTheJdkSignatureProducesAndVerifiesThere() throws Exception {
        String signature = signer.sign(BODY);

        Signature jdkSigner = Signature.getInstance("SHA256withRSA");
        jdkSigner.initSign(MERCHANT.getPrivate());
        jdkSigner.update(BODY);
        assertThat(signature).isEqualTo(Base64.getEncoder().encodeToString(jdkSigner.sign()));

        Signature jdkVerifier = Signature.getInstance("SHA256withRSA");
        jdkVerifier.initVerify(MERCHANT.getPublic());
        jdkVerifier.update(BODY);
        assertThat(jdkVerifier.verify(Base64.getDecoder().decode(signature))).isTrue();
    }

    @Test
    void signatureMadeByTheJdkIsValid() throws Exception {
        Signature jdkSigner = Signature.getInstance("SHA256withRSA");
        jdkSigner.initSign(MERCHANT.getPrivate());
        jdkSigner.update(BODY);
        String signature = Base64.getEncoder().encodeToString(jdkSigner.sign());

        assertThat(verifier.check(BODY, signature)).isEqualTo(VerificationResult.VALID);
        assertThat(verifier.verify(BODY, signature)).isTrue();
    }

    @Test
    void tamperedDataIsInvalid() {
        String signature = signer.sign(BODY);
        byte[] tampered = BODY.clone();
        tampered[tampered.length - 3] ^= 1;

        assertThat(verifier.check(tampered, signature)).isEqualTo(VerificationResult.INVALID);
        assertThat(verifier.verify(tampered, signature)).isFalse();
    }

    @Test
    void signatureOfAnotherKeyIsInvalid() {
        String foreign = new RsaSha256Signer(OTHER.getPrivate()).sign(BODY);

        assertThat(verifier.check(BODY, foreign)).isEqualTo(VerificationResult.INVALID);
    }

    @Test
    void nonBase64OrWrongLengthSignatureIsMalformedNotAnException() {
        String signature = signer.sign(BODY);

        assertThat(verifier.check(BODY, "not*base64!")).isEqualTo(VerificationResult.MALFORMED);
        assertThat(verifier.check(BODY, signature.substring(4))).isEqualTo(VerificationResult.MALFORMED);
        assertThat(verifier.check(BODY, Base64.getEncoder().encodeToString(new byte[255])))
                .isEqualTo(VerificationResult.MALFORMED);
        assertThat(verifier.check(BODY, Base64.getEncoder().encodeToString(new byte[128])))
                .isEqualTo(VerificationResult.MALFORMED);
        assertThat(verifier.verify(BODY, "not*base64!")).isFalse();
    }

    @Test
    void missingSignatureIsReportedAsMissing() {
        assertThat(verifier.check(BODY, null)).isEqualTo(VerificationResult.MISSING);
        assertThat(verifier.check(BODY, "  ")).isEqualTo(VerificationResult.MISSING);
    }

    @Test
    void signatureWrappedOverSeveralLinesIsStillValid() {
        String signature = signer.sign(BODY);
        String wrapped = signature.substring(0, 76) + "\r\n" + signature.substring(76, 152) + "\n "
                         + signature.substring(152);

        assertThat(verifier.check(BODY, wrapped)).isEqualTo(VerificationResult.VALID);
    }

    @Test
    void nonRsaKeysAreRefused() {
        var ec = TestKeys.generate("EC", 256);

        assertThatThrownBy(() -> new RsaSha256Signer(ec.getPrivate())).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("not an RSA key");
        assertThatThrownBy(() -> new RsaSha256SignatureVerifier(ec.getPublic()))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("not an RSA key");
    }

    @Test
    @Timeout(60)
    void concurrentSigningAndVerifyingGiveCorrectResultsOnEveryThread() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                int thread = t;
                results.add(pool.submit(() -> {
                    for (int i = 0; i < 50; i++) {
                        byte[] data = ("{\"n\":" + thread + "-" + i + "}").getBytes(StandardCharsets.UTF_8);
                        String signature = signer.sign(data);
                        byte[] other = ("{\"n\":" + thread + "-" + (i + 1) + "}").getBytes(StandardCharsets.UTF_8);
                        if (!verifier.verify(data, signature) || verifier.verify(other, signature)) {
                            return false;
                        }
                    }
                    return true;
                }));
            }
            for (Future<Boolean> result : results) {
                assertThat(result.get()).isTrue();
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
