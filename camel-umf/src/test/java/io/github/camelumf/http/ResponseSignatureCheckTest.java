package io.github.camelumf.http;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Signature;
import java.util.Base64;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.camelumf.ResponseVerification;
import io.github.camelumf.error.UmfSignatureException;
import io.github.camelumf.security.IncrementalVerification;
import io.github.camelumf.security.RsaSha256SignatureVerifier;
import io.github.camelumf.security.VerificationResult;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Which answers must carry a signature under STRICT: every answer with a result member, or a successful (2xx) answer
 * that is not a JSON object; not an error answer with meta only, not a foreign error page, not the token answer. A
 * present signature that does not verify fails in every mode but OFF. A downloaded file is never refused for carrying
 * no signature (the reference defines none on files); a present one must verify over its streamed bytes.
 */
class ResponseSignatureCheckTest {

    private static final KeyPair UMF = rsa();
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final ResponseSignatureCheck strict = check(ResponseVerification.STRICT);

    @Test
    void strictRefusesUnsignedAnswersThatCarryAResult() {
        assertRefused(strict, 200, "{\"meta\":{\"ret_code\":\"0000\"},\"payment\":{\"state\":\"TRADE_SUCCESS\"}}");
        assertRefused(strict, 200, "{\"payment\":{\"state\":\"TRADE_SUCCESS\"}}");
        assertRefused(strict, 400, "{\"meta\":{\"ret_code\":\"00060780\"},\"errors\":[]}");
        assertRefused(strict, 200, "[{\"meta\":{\"ret_code\":\"0000\"}}]");
        assertRefused(strict, 200, "TRADE_SUCCESS 900.00");
        assertRefused(strict, 299, "not json");
        assertRefused(strict, 200, "");
    }

    @Test
    void strictLetsUnsignedAnswersWithoutAResultSurfaceAsWhatTheyAre() {
        assertPasses(strict, 200, "{\"meta\":{\"ret_code\":\"0000\",\"ret_msg\":\"SUCCESS\"}}");
        assertPasses(strict, 400, "{\"meta\":{\"ret_code\":\"00060780\"}}");
        assertPasses(strict, 502, "<html>Bad Gateway</html>");
        assertPasses(strict, 300, "not json");
        assertPasses(strict, 199, "not json");
        assertPasses(strict, 401, "");
    }

    @Test
    void theTokenAnswerIsExemptFromStrictButAPresentSignatureMustVerify() {
        String token = "{\"access_token\":\"tok-1\",\"expires_in\":3600}";
        RawResponse unsigned = new RawResponse(200, bytes(token), null);

        assertThatCode(() -> strict.verifyTokenAnswer("oauth/authorize", unsigned, json(token), null))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> strict.verify("oauth/authorize", unsigned, json(token), null))
                .as("the exemption is the token answer's only").isInstanceOf(UmfSignatureException.class);
        RawResponse badHeader = new RawResponse(200, bytes(token), sign("something else"));
        assertThatThrownBy(() -> strict.verifyTokenAnswer("oauth/authorize", badHeader, json(token), null))
                .isInstanceOf(UmfSignatureException.class).hasMessageContaining("Signature header");
        RawResponse goodHeader = new RawResponse(200, bytes(token), sign(token));
        assertThatCode(() -> strict.verifyTokenAnswer("oauth/authorize", goodHeader, json(token), null))
                .doesNotThrowAnyException();
    }

    @Test
    void aValidSignatureHeaderOrMetaSignSatisfiesStrict() {
        String body = "{\"meta\":{\"ret_code\":\"0000\"},\"payment\":{\"state\":\"TRADE_SUCCESS\"}}";
        assertThatCode(() -> strict.verify("payment/get", new RawResponse(200, bytes(body), " " + sign(body) + " "),
                json(body), null)).doesNotThrowAnyException();

        String result = "{\"state\":\"TRADE_SUCCESS\"}";
        String metaSigned = "{\"meta\":{\"ret_code\":\"0000\",\"sign\":\"" + sign(result) + "\"},\"payment\":" + result
                            + "}";
        assertThatCode(() -> strict.verify("payment/get", new RawResponse(200, bytes(metaSigned), null),
                json(metaSigned), null)).doesNotThrowAnyException();

        String altered = metaSigned.replace("TRADE_SUCCESS", "TRADE_CLOSED");
        assertThatThrownBy(() -> strict.verify("payment/get", new RawResponse(200, bytes(altered), null), json(altered), null))
                .isInstanceOf(UmfSignatureException.class).hasMessageContaining("meta.sign");
    }

    @Test
    void ifPresentAcceptsUnsignedAnswersButNotBadSignaturesAndOffChecksNothing() {
        ResponseSignatureCheck ifPresent = check(ResponseVerification.IF_PRESENT);
        ResponseSignatureCheck off = check(ResponseVerification.OFF);
        String body = "{\"meta\":{\"ret_code\":\"0000\"},\"payment\":{\"state\":\"TRADE_SUCCESS\"}}";
        RawResponse forged = new RawResponse(200, bytes(body), sign("another body"));

        assertPasses(ifPresent, 200, body);
        assertThatThrownBy(() -> ifPresent.verify("payment/get", forged, json(body), null))
                .isInstanceOf(UmfSignatureException.class);
        assertThatCode(() -> off.verify("payment/get", forged, json(body), null)).doesNotThrowAnyException();
        assertThatCode(() -> off.verifyTokenAnswer("oauth/authorize", forged, json(body), null)).doesNotThrowAnyException();
    }

    @Test
    void aFileWithoutSignatureIsNotRefusedInAnyModeSinceTheReferenceDefinesNoneOnFiles() {
        for (ResponseVerification mode : ResponseVerification.values()) {
            ResponseSignatureCheck check = check(mode);
            assertThat(check.streaming("settlement/download", 200, null)).as("%s, no header", mode).isNull();
            assertThat(check.streaming("settlement/download", 200, " ")).as("%s, blank header", mode).isNull();
        }
    }

    @Test
    void aPresentFileSignatureMustVerifyOverTheStreamedBytesUnderStrictAndIfPresent() {
        byte[] file = bytes("SETTLEDETAIL_START,70510000,20261125\nSETTLEDETAIL_END,70510000,20261125,0,USD,0\n");
        byte[] tampered = file.clone();
        tampered[20] ^= 1;
        String signature = sign(new String(file, StandardCharsets.UTF_8));
        for (ResponseVerification mode : new ResponseVerification[] { ResponseVerification.STRICT,
                                                                      ResponseVerification.IF_PRESENT }) {
            ResponseSignatureCheck check = check(mode);
            assertThat(streamed(check.streaming("settlement/download", 200, " " + signature + " "), file))
                    .as("%s, the file as signed", mode).isEqualTo(VerificationResult.VALID);
            assertThat(streamed(check.streaming("settlement/download", 200, signature), tampered))
                    .as("%s, one byte changed", mode).isEqualTo(VerificationResult.INVALID);
            assertThat(streamed(check.streaming("settlement/download", 200, "not *base64*"), file))
                    .as("%s, not base64", mode).isEqualTo(VerificationResult.MALFORMED);
        }
        assertThat(check(ResponseVerification.OFF).streaming("settlement/download", 200, signature))
                .as("OFF checks nothing").isNull();
    }

    /** Feeds {@code bytes} to {@code verification} in two parts, as a stream would, and finishes it. */
    private static VerificationResult streamed(IncrementalVerification verification, byte[] bytes) {
        assertThat(verification).isNotNull();
        verification.update(bytes, 0, 7);
        verification.update(bytes, 7, bytes.length - 7);
        return verification.finish();
    }

    private static void assertRefused(ResponseSignatureCheck check, int status, String body) {
        assertThatThrownBy(() -> check.verify("payment/get", new RawResponse(status, bytes(body), null), json(body), null))
                .as("HTTP %d %s", status, body).isInstanceOf(UmfSignatureException.class)
                .hasMessageContaining("carries no signature");
    }

    private static void assertPasses(ResponseSignatureCheck check, int status, String body) {
        assertThatCode(() -> check.verify("payment/get", new RawResponse(status, bytes(body), null), json(body), null))
                .as("HTTP %d %s", status, body).doesNotThrowAnyException();
    }

    private static ResponseSignatureCheck check(ResponseVerification mode) {
        return new ResponseSignatureCheck(new RsaSha256SignatureVerifier(UMF.getPublic()), mode);
    }

    /** The parsed body as UmfApiClient hands it over: a JSON object, or null for anything else. */
    private static JsonNode json(String body) {
        try {
            JsonNode node = MAPPER.readTree(body);
            return node != null && node.isObject() ? node : null;
        } catch (Exception e) {
            return null;
        }
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static String sign(String text) {
        try {
            PrivateKey key = UMF.getPrivate();
            Signature signature = Signature.getInstance("SHA256withRSA");
            signature.initSign(key);
            signature.update(bytes(text));
            return Base64.getEncoder().encodeToString(signature.sign());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static KeyPair rsa() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
