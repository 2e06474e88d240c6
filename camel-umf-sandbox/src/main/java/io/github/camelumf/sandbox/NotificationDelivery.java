package io.github.camelumf.sandbox;

import io.github.camelumf.sandbox.notification.Notification;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

/**
 * One attempt to deliver one of UMF's asynchronous notifications to a merchant's notify_url, as the sandbox
 * recorded it: what was sent (kind, target, object id and state, body, signature, test tampering) and what came back
 * (HTTP status or error, acknowledged or not, and what the sandbox does next). {@link #toString()} shows no body.
 */
public final class NotificationDelivery {

    /** What a notification is about. */
    public enum Kind {
        /** Payment result (3.8), member {@code payment}. */
        PAYMENT,
        /** Asynchronous refund result (3.49), member {@code refund}. */
        REFUND,
        /** Customs declaration result, member {@code customs_declaration} (the sandbox's reading, see README). */
        CUSTOMS
    }

    /** What became of an attempt. */
    public enum Outcome {
        /** HTTP 2xx with a JSON body whose {@code meta.ret_code} is {@code "0000"}. */
        ACKNOWLEDGED(true),
        /** Not acknowledged; another attempt is scheduled. */
        WILL_RETRY(false),
        /** Not acknowledged on the last allowed attempt; the sandbox stops trying. */
        GAVE_UP(true),
        /**
         * Not acknowledged and never retried: manual sends, tampered notifications (forged, unsigned, badly encoded
         * signature) and duplicate copies are sent exactly once.
         */
        NOT_ACKNOWLEDGED(true),
        /** Nothing was sent: the target is not a loopback http(s) URL, or the sandbox is stopped. */
        NOT_DELIVERED(true);

        private final boolean fin;

        Outcome(boolean fin) {
            this.fin = fin;
        }

        /** Whether no further attempt follows. */
        public boolean isFinal() {
            return fin;
        }
    }

    private final Notification notification;
    private final int attempt;
    private final Outcome outcome;
    private final int status;
    private final String error;
    private final String responseBody;
    private final Instant sentAt;

    /** Created by the sandbox for each attempt. */
    public NotificationDelivery(Notification notification, int attempt, Outcome outcome, int status, String error,
                                String responseBody, Instant sentAt) {
        this.notification = notification;
        this.attempt = attempt;
        this.outcome = outcome;
        this.status = status;
        this.error = error;
        this.responseBody = responseBody;
        this.sentAt = sentAt;
    }

    /** The sequence number of the notification; every attempt (and duplicate copy) of one notification shares it. */
    public long notificationNumber() {
        return notification.number();
    }

    public Kind kind() {
        return notification.kind();
    }

    /** The notify_url as given by the merchant. */
    public String target() {
        return notification.target();
    }

    /** The id of the notified object: payment id, refund id, or customs declaration id ({@code CUST_...}). */
    public String id() {
        return notification.id();
    }

    /** The payment the notification concerns (the payment itself, or the refunded / declared payment). */
    public String paymentId() {
        return notification.paymentId();
    }

    /** The notified object's state: TRADE_SUCCESS, TRADE_FAIL, REFUND_SUCCESS, REFUND_FAIL, or a customs state. */
    public String state() {
        return notification.state();
    }

    /** 1 for the first attempt, then counting retries; duplicate copies count from 1 again. */
    public int attempt() {
        return attempt;
    }

    public Outcome outcome() {
        return outcome;
    }

    /** The merchant's HTTP status, 0 when there was no HTTP answer (see {@link #error()}). */
    public int status() {
        return status;
    }

    /**
     * Why the attempt was not acknowledged ({@code "HTTP 500"}, {@code "connection refused"}, {@code "timeout"},
     * {@code "not JSON"}, {@code "ret_code 0001"}, {@code "not delivered: not loopback"}, ...); null when acknowledged.
     */
    public String error() {
        return error;
    }

    /** The merchant's answer body (at most 4,096 characters), empty when there was none. */
    public String responseBody() {
        return responseBody;
    }

    public boolean acknowledged() {
        return outcome == Outcome.ACKNOWLEDGED;
    }

    /** The body was altered after signing ({@code forgeNext()}). */
    public boolean forged() {
        return notification.forged();
    }

    /** Sent without a {@code Signature} header ({@code unsignedNext()}). */
    public boolean unsigned() {
        return notification.unsigned();
    }

    /** Sent with a {@code Signature} header that is not base64 ({@code badSignatureEncodingNext()}). */
    public boolean badSignatureEncoding() {
        return notification.badSignatureEncoding();
    }

    /** A copy of an acknowledged notification, sent again byte for byte ({@code duplicateNext(n)}). */
    public boolean duplicate() {
        return notification.duplicate();
    }

    /** The exact body bytes sent (a copy). */
    public byte[] body() {
        return notification.body();
    }

    /** The body as UTF-8 text. */
    public String bodyAsString() {
        return new String(notification.body(), StandardCharsets.UTF_8);
    }

    /** The {@code Signature} header sent, null when unsigned. */
    public String signature() {
        return notification.signature();
    }

    /** When the attempt was made (wall clock). */
    public Instant sentAt() {
        return sentAt;
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("NotificationDelivery[#").append(notification.number()).append(' ')
                .append(kind()).append(' ').append(id()).append(' ').append(state()).append(" attempt ").append(attempt)
                .append(' ').append(outcome);
        if (status != 0) {
            sb.append(" HTTP ").append(status);
        }
        if (error != null) {
            sb.append(" (").append(error).append(')');
        }
        if (forged()) {
            sb.append(" forged");
        }
        if (unsigned()) {
            sb.append(" unsigned");
        }
        if (badSignatureEncoding()) {
            sb.append(" bad-signature-encoding");
        }
        if (duplicate()) {
            sb.append(" duplicate");
        }
        return sb.append(']').toString();
    }
}
