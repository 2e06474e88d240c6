package io.github.camelumf;

/**
 * How UMF's answers are checked against their signature with the UMF public key: {@code meta.sign} over the result
 * object(s) of a JSON answer (section 1.6), or a {@code Signature} header over the body when one is sent (the
 * reference shows none on answers). A signature that is present but does not verify always fails the exchange, unless
 * OFF. Downloaded files (statements) are never refused for carrying no signature, since the reference defines none
 * on them; a present one must verify.
 */
public enum ResponseVerification {
    /**
     * Every JSON answer with a result object must carry a valid signature; a missing one fails the exchange. The token
     * answer, error answers without a result object and downloaded files are exempt from the requirement.
     */
    STRICT,
    /** A signature that is present must verify; an answer without one is accepted. */
    IF_PRESENT,
    /** Answers are not checked. Only for diagnosing; never in production. */
    OFF
}
