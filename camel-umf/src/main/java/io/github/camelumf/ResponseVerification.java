package io.github.camelumf;

/**
 * How responses are checked against the {@code Signature} header UMF (and the sandbox) sends with them. A signature
 * that is present but does not verify always fails the exchange.
 */
public enum ResponseVerification {
    /** Every response must carry a valid signature; a missing one fails the exchange. */
    STRICT,
    /** A signature that is present must verify; a response without one is accepted. */
    IF_PRESENT,
    /** Responses are not checked. Only for diagnosing; never in production. */
    OFF
}
