package io.github.camelumf.security;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.Signature;
import java.util.Base64;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * meta.sign is checked over each form in order; the form that matched is reported and counted; a signature that
 * matches no form, or is not a signature, is refused. The command-line tool prints the same verdicts.
 */
class MetaSignVerifierTest {

    private static final String PAYMENT = "{\"id\":\"PAY_1\",\"state\":\"TRADE_SUCCESS\"}";
    private static final String LINKS = "[{\"ref\":\"self\"}]";

    private final MetaSignVerifier verifier =
            new MetaSignVerifier(new RsaSha256SignatureVerifier(TestKeys.MERCHANT.getPublic()));

    @Test
    void eachFormIsRecognisedAndCounted() {
        assertThat(check(PAYMENT + LINKS).form()).isEqualTo(SignatureForm.RESULT_VALUES);
        assertThat(check(PAYMENT).form()).isEqualTo(SignatureForm.FIRST_RESULT_VALUE);
        assertThat(check("{\"payment\":" + PAYMENT + ",\"links\":" + LINKS + "}").form())
                .isEqualTo(SignatureForm.BODY_WITHOUT_META);
        assertThat(check(PAYMENT + LINKS).form()).isEqualTo(SignatureForm.RESULT_VALUES);

        assertThat(verifier.matches(SignatureForm.RESULT_VALUES)).isEqualTo(2);
        assertThat(verifier.matches(SignatureForm.FIRST_RESULT_VALUE)).isEqualTo(1);
        assertThat(verifier.matches(SignatureForm.BODY_WITHOUT_META)).isEqualTo(1);
        assertThat(verifier.describeMatches()).isEqualTo("RESULT_VALUES=2, FIRST_RESULT_VALUE=1, BODY_WITHOUT_META=1");
    }

    @Test
    void theFormOfThePreviousAnswerIsTriedFirstSoAnEnvironmentsFormCostsOneCheck() {
        java.util.List<String> checked = new java.util.ArrayList<>();
        SignatureVerifier rsa = new RsaSha256SignatureVerifier(TestKeys.MERCHANT.getPublic());
        MetaSignVerifier counting = new MetaSignVerifier((data, signature) -> {
            checked.add(new String(data, StandardCharsets.UTF_8));
            return rsa.check(data, signature);
        });
        String withoutMeta = "{\"payment\":" + PAYMENT + ",\"links\":" + LINKS + "}";

        assertThat(counting.check(members(), sign(withoutMeta)).form()).isEqualTo(SignatureForm.BODY_WITHOUT_META);
        assertThat(checked).as("first answer: every form in order").hasSize(3);

        checked.clear();
        assertThat(counting.check(members(), sign(withoutMeta)).form()).isEqualTo(SignatureForm.BODY_WITHOUT_META);
        assertThat(checked).containsExactly(withoutMeta);

        checked.clear();
        assertThat(counting.check(members(), sign(PAYMENT)).form()).isEqualTo(SignatureForm.FIRST_RESULT_VALUE);
        assertThat(checked).as("the remembered form first, then the others in order")
                .containsExactly(withoutMeta, PAYMENT + LINKS, PAYMENT);

        checked.clear();
        assertThat(counting.check(members(), sign("other")).isValid()).isFalse();
        assertThat(checked).containsExactly(PAYMENT, PAYMENT + LINKS, withoutMeta);
        assertThat(counting.describeMatches()).isEqualTo("RESULT_VALUES=0, FIRST_RESULT_VALUE=1, BODY_WITHOUT_META=2");
    }

    @Test
    void aSignatureOverOtherBytesOrNoSignatureAtAllIsRefused() {
        MetaSignVerifier.Outcome other = check(PAYMENT.replace("PAY_1", "PAY_2"));
        assertThat(other.isValid()).isFalse();
        assertThat(other.result()).isEqualTo(VerificationResult.INVALID);
        assertThat(other.form()).isNull();

        MetaSignVerifier.Outcome garbage = verifier.check(members(), "not base64!");
        assertThat(garbage.result()).isEqualTo(VerificationResult.MALFORMED);
        assertThat(verifier.describeMatches()).isEqualTo("RESULT_VALUES=0, FIRST_RESULT_VALUE=0, BODY_WITHOUT_META=0");

        RawMembers onlyMeta = RawMembers.of("{\"meta\":{\"ret_code\":\"1\"}}".getBytes(StandardCharsets.UTF_8));
        assertThat(verifier.check(onlyMeta, sign(PAYMENT)).isValid()).isFalse();
    }

    @Test
    void signIsReadFromMetaOnlyWhenItIsNonBlankText() throws Exception {
        com.fasterxml.jackson.databind.ObjectMapper mapper = new com.fasterxml.jackson.databind.ObjectMapper();
        assertThat(MetaSignVerifier.signOf(mapper.readTree("{\"meta\":{\"sign\":\"abc\"}}"))).isEqualTo("abc");
        assertThat(MetaSignVerifier.signOf(mapper.readTree("{\"meta\":{\"sign\":\" \"}}"))).isNull();
        assertThat(MetaSignVerifier.signOf(mapper.readTree("{\"meta\":{\"sign\":1}}"))).isNull();
        assertThat(MetaSignVerifier.signOf(mapper.readTree("{\"sign\":\"abc\"}"))).isNull();
        assertThat(MetaSignVerifier.signOf(null)).isNull();
        assertThat(MetaSignVerifier.formsTried()).isEqualTo("RESULT_VALUES, FIRST_RESULT_VALUE, BODY_WITHOUT_META");
    }

    @Test
    void toolPrintsWhichFormVerifies(@TempDir Path dir) throws Exception {
        Path answer = dir.resolve("answer.json");
        Files.writeString(answer, body(sign("{\"payment\":" + PAYMENT + ",\"links\":" + LINKS + "}")));
        Path key = dir.resolve("umf.pem");
        Files.writeString(key, TestKeys.spkiPem(TestKeys.MERCHANT.getPublic()));

        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        int status = MetaSignTool.run(new String[] { answer.toString(), key.toString() }, new PrintStream(printed, true,
                StandardCharsets.UTF_8));

        assertThat(status).isZero();
        assertThat(printed.toString(StandardCharsets.UTF_8)).contains(
                "meta.sign over RESULT_VALUES (the values of the members other than meta, concatenated in body order):"
                + " INVALID",
                "meta.sign over FIRST_RESULT_VALUE (the value of the first member other than meta): INVALID",
                "meta.sign over BODY_WITHOUT_META (the body without its meta member): VALID", "VERIFIED");

        Path unsigned = dir.resolve("unsigned.json");
        Files.writeString(unsigned, "{\"meta\":{},\"payment\":" + PAYMENT + "}");
        ByteArrayOutputStream none = new ByteArrayOutputStream();
        assertThat(MetaSignTool.run(new String[] { unsigned.toString(), key.toString(),
                                                   sign("{\"meta\":{},\"payment\":" + PAYMENT + "}") },
                new PrintStream(none, true, StandardCharsets.UTF_8))).isZero();
        assertThat(none.toString(StandardCharsets.UTF_8)).contains("Signature header over the whole body: VALID",
                "meta.sign: none");
        assertThat(MetaSignTool.run(new String[] { unsigned.toString(), key.toString() },
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8))).isEqualTo(1);
        assertThat(MetaSignTool.run(new String[] { "only-one" },
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8))).isEqualTo(2);
        assertThat(MetaSignTool.run(new String[] { dir.resolve("missing").toString(), key.toString() },
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8))).isEqualTo(2);
    }

    private MetaSignVerifier.Outcome check(String signedText) {
        return verifier.check(members(), sign(signedText));
    }

    private static RawMembers members() {
        return RawMembers.of(body("unused").getBytes(StandardCharsets.UTF_8));
    }

    private static String body(String sign) {
        return "{\"meta\":{\"ret_code\":\"0000\",\"sign\":\"" + sign + "\"},\"payment\":" + PAYMENT + ",\"links\":"
               + LINKS + "}";
    }

    static String sign(String text) {
        try {
            Signature signature = Signature.getInstance("SHA256withRSA");
            signature.initSign(TestKeys.MERCHANT.getPrivate());
            signature.update(text.getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(signature.sign());
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
