package io.github.camelumf.notification;

/**
 * Why a notification was refused before it reached the route, and the HTTP status UMF is answered with.
 */
public enum NotificationRejection {
    /** Not a POST. */
    METHOD_NOT_ALLOWED(405, "only POST is accepted"),
    /** The body is larger than maxBodySize. */
    TOO_LARGE(413, "the body is larger than the limit"),
    /** No Signature header. */
    MISSING_SIGNATURE(401, "the Signature header is missing"),
    /** The Signature header is not base64 of an RSA signature of the UMF key's size. */
    MALFORMED_SIGNATURE(400, "the Signature header is not a well-formed signature"),
    /** The signature does not verify over the received bytes with the UMF public key: forged or altered. */
    INVALID_SIGNATURE(401, "the signature does not verify with the UMF public key"),
    /** The body is not a JSON object. */
    INVALID_JSON(400, "the body is not a JSON object"),
    /** A JSON object, but none of the notifications UMF sends (payment, refund, customs, CIQ), or without an id. */
    UNKNOWN_NOTIFICATION(400, "the body is not a UMF payment, refund, customs or CIQ notification"),
    /**
     * UMF's payment/get or refund/get answers another state than the notification's (a replayed or premature
     * notification): answered 503 so that a genuine notification is delivered again.
     */
    UNCONFIRMED(503, "UMF does not confirm the notified state"),
    /** The state could not be confirmed with UMF (UMF unreachable or refusing): answered 503, UMF delivers again. */
    CONFIRMATION_FAILED(503, "the notified state could not be confirmed with UMF");

    private final int httpStatus;
    private final String reason;

    NotificationRejection(int httpStatus, String reason) {
        this.httpStatus = httpStatus;
        this.reason = reason;
    }

    public int httpStatus() {
        return httpStatus;
    }

    public String reason() {
        return reason;
    }
}
