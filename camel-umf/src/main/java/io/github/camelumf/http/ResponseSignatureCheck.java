package io.github.camelumf.http;

import java.util.Iterator;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.camelumf.ResponseVerification;
import io.github.camelumf.error.UmfSignatureException;
import io.github.camelumf.security.MetaSignVerifier;
import io.github.camelumf.security.RawMembers;
import io.github.camelumf.security.SignatureVerifier;

/**
 * Verifies UMF's answers with the UMF public key, as the configured {@link ResponseVerification} demands:
 * <ul>
 * <li>{@code meta.sign} (section 1.6) over the raw bytes of the result member(s), in the {@link MetaSignVerifier}'s
 * forms;</li>
 * <li>a {@code Signature} header, if one is sent, over the raw body bytes (the reference shows none on answers; a
 * present one is checked all the same).</li>
 * </ul>
 * A present signature that does not verify always fails (unless OFF). Under STRICT a JSON answer that carries a result
 * object must carry a valid signature; the token answer and error answers without a result object are exempt, and so
 * are downloaded files, for which the reference defines no signature ({@link #streaming}).
 */
final class ResponseSignatureCheck {

    private final SignatureVerifier verifier;
    private final MetaSignVerifier metaSign;
    private final ResponseVerification mode;

    ResponseSignatureCheck(SignatureVerifier verifier, ResponseVerification mode) {
        this.verifier = verifier;
        this.metaSign = new MetaSignVerifier(verifier);
        this.mode = mode;
    }

    ResponseVerification mode() {
        return mode;
    }

    MetaSignVerifier metaSign() {
        return metaSign;
    }

    /**
     * Checks an API answer. {@code json} is the parsed body, or {@code null} when it was not a JSON object;
     * {@code members} its raw members read with the tree ({@link RawMembers#parse}), or {@code null}: they are then
     * read from the body when a {@code meta.sign} needs them.
     */
    void verify(String operation, RawResponse response, JsonNode json, RawMembers members) {
        verify(operation, response, json, members, false);
    }

    /** Checks the token answer like {@link #verify}: a present signature must verify, none is required. */
    void verifyTokenAnswer(String operation, RawResponse response, JsonNode json, RawMembers members) {
        verify(operation, response, json, members, true);
    }

    private void verify(String operation, RawResponse response, JsonNode json, RawMembers parsedMembers,
                        boolean exempt) {
        if (mode == ResponseVerification.OFF) {
            return;
        }
        boolean verified = false;
        String header = response.signature();
        if (header != null && !header.isBlank()) {
            if (!verifier.verify(response.body(), header.trim())) {
                throw new UmfSignatureException(prefix(operation, response) + " has a Signature header that does not"
                                                + " verify with the UMF public key: the body was altered or not sent"
                                                + " by UMF");
            }
            verified = true;
        }
        String sign = MetaSignVerifier.signOf(json);
        if (sign != null) {
            RawMembers members = parsedMembers != null ? parsedMembers : RawMembers.of(response.body());
            MetaSignVerifier.Outcome outcome = members == null ? null : metaSign.check(members, sign.trim());
            if (outcome == null || !outcome.isValid()) {
                throw new UmfSignatureException(prefix(operation, response) + " has a meta.sign that does not verify"
                                                + " with the UMF public key over any of the forms tried ("
                                                + MetaSignVerifier.formsTried()
                                                + "): the body was altered or not sent by UMF");
            }
            verified = true;
        }
        if (!verified && !exempt && mode == ResponseVerification.STRICT && carriesResult(response, json)) {
            throw new UmfSignatureException(prefix(operation, response) + " carries no signature (neither meta.sign"
                                            + " nor a Signature header); responseVerification=STRICT requires one on"
                                            + " every answer with a result object");
        }
    }

    /**
     * Whether the answer carries something the route would use: a JSON member other than meta, or a successful
     * answer that is not JSON at all. An error answer with only meta, or a foreign error page (a gateway's 502, say),
     * carries nothing: it surfaces as the error it is, so that an unknown outcome is not mistaken for a forgery.
     */
    private static boolean carriesResult(RawResponse response, JsonNode json) {
        if (json == null || !json.isObject()) {
            return response.status() >= 200 && response.status() < 300;
        }
        for (Iterator<String> names = json.fieldNames(); names.hasNext();) {
            if (!"meta".equals(names.next())) {
                return true;
            }
        }
        return false;
    }

    private static String prefix(String operation, RawResponse response) {
        return "Response of " + operation + " (HTTP " + response.status() + ")";
    }

    // --- streamed downloads (issue 7) ---

    /**
     * The check of a streamed file's {@code Signature} over its bytes as they are read, or {@code null} when nothing is
     * to be checked: verification OFF, or a file without a signature, in every mode. The UMF reference defines no
     * signature on files (3.21, 3.23, 3.25; section 1.6 signs JSON answers in {@code meta.sign}), so STRICT does not
     * refuse a file for carrying none, as it does not refuse the token answer; such a file is still checked by its
     * header, trailer, counts and totals. A present signature must verify (STRICT and IF_PRESENT); a verifier that
     * cannot check streamed bytes while a signature came fails now.
     */
    io.github.camelumf.security.IncrementalVerification streaming(String operation, int status, String signature) {
        if (mode == ResponseVerification.OFF || signature == null || signature.isBlank()) {
            return null;
        }
        io.github.camelumf.security.IncrementalVerification verification = verifier.incremental(signature.trim());
        if (verification == null) {
            throw new UmfSignatureException("The signature verifier cannot check a streamed file of " + operation
                                            + " (HTTP " + status + ")");
        }
        return verification;
    }
}
