package io.github.camelumf.http;

import io.github.camelumf.ResponseVerification;
import io.github.camelumf.error.UmfSignatureException;
import io.github.camelumf.security.SignatureVerifier;

/**
 * Verifies UMF's {@code Signature} response header over the raw response body bytes with the UMF public key, as the
 * configured {@link ResponseVerification} demands. A present signature that does not verify always fails.
 */
final class ResponseSignatureCheck {

    private final SignatureVerifier verifier;
    private final ResponseVerification mode;

    ResponseSignatureCheck(SignatureVerifier verifier, ResponseVerification mode) {
        this.verifier = verifier;
        this.mode = mode;
    }

    /**
     * @param umfAnswer whether the body is a UMF answer (JSON with a meta member). An unsigned error answer that is not
     *                  UMF's (a gateway's 502 page, say) is not checked: nothing in it is used, and it must surface as
     *                  the HTTP error it is, so that an unknown outcome is not mistaken for a forged answer.
     */
    void verify(String operation, RawResponse response, boolean umfAnswer) {
        if (mode == ResponseVerification.OFF) {
            return;
        }
        String signature = response.signature();
        if (signature == null || signature.isBlank()) {
            boolean foreignErrorPage = !umfAnswer && (response.status() < 200 || response.status() >= 300);
            if (mode == ResponseVerification.STRICT && !foreignErrorPage) {
                throw new UmfSignatureException("Response of " + operation + " (HTTP " + response.status()
                                                + ") carries no Signature header; responseVerification=STRICT requires one");
            }
            return;
        }
        if (!verifier.verify(response.body(), signature.trim())) {
            throw new UmfSignatureException("Response of " + operation + " (HTTP " + response.status()
                                            + ") has a Signature that does not verify with the UMF public key:"
                                            + " the body was altered or not sent by UMF");
        }
    }

    // --- streamed downloads (issue 7) ---

    /**
     * The check of a streamed file's {@code Signature} over its bytes as they are read, or {@code null} when nothing is
     * to be checked (verification OFF, or IF_PRESENT and no signature). STRICT without a signature, or a verifier that
     * cannot check streamed bytes while a signature came, fails now.
     */
    io.github.camelumf.security.IncrementalVerification streaming(String operation, int status, String signature) {
        if (mode == ResponseVerification.OFF) {
            return null;
        }
        if (signature == null || signature.isBlank()) {
            if (mode == ResponseVerification.STRICT) {
                throw new UmfSignatureException("The file downloaded by " + operation + " (HTTP " + status
                                                + ") carries no Signature header; responseVerification=STRICT requires one");
            }
            return null;
        }
        io.github.camelumf.security.IncrementalVerification verification = verifier.incremental(signature.trim());
        if (verification == null) {
            throw new UmfSignatureException("The signature verifier cannot check a streamed file of " + operation);
        }
        return verification;
    }
}
