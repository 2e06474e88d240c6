package io.github.camelumf.sandbox.notification;

import io.github.camelumf.sandbox.NotificationDelivery.Kind;

/**
 * One notification ready to send: the exact body bytes, the {@code Signature} header (null: none) and the test
 * tampering applied. Every attempt sends the same bytes and header. Immutable.
 */
public final class Notification {

    private final long number;
    private final Kind kind;
    private final String id;
    private final String paymentId;
    private final String state;
    private final String target;
    private final byte[] body;
    private final String signature;
    private final Tampering tampering;
    private final boolean duplicate;

    Notification(long number, Kind kind, String id, String paymentId, String state, String target, byte[] body,
                 String signature, Tampering tampering, boolean duplicate) {
        this.number = number;
        this.kind = kind;
        this.id = id;
        this.paymentId = paymentId;
        this.state = state;
        this.target = target;
        this.body = body;
        this.signature = signature;
        this.tampering = tampering;
        this.duplicate = duplicate;
    }

    /** The same bytes and header again, marked as a duplicate copy. */
    Notification duplicateCopy() {
        return new Notification(number, kind, id, paymentId, state, target, body, signature, tampering, true);
    }

    public long number() {
        return number;
    }

    public Kind kind() {
        return kind;
    }

    public String id() {
        return id;
    }

    public String paymentId() {
        return paymentId;
    }

    public String state() {
        return state;
    }

    public String target() {
        return target;
    }

    /** A copy of the body bytes. */
    public byte[] body() {
        return body.clone();
    }

    byte[] bodyBytes() {
        return body;
    }

    /** The Signature header, null when none is sent. */
    public String signature() {
        return signature;
    }

    public boolean forged() {
        return tampering.forged();
    }

    public boolean unsigned() {
        return tampering.unsigned();
    }

    public boolean badSignatureEncoding() {
        return tampering.badSignatureEncoding();
    }

    public boolean duplicate() {
        return duplicate;
    }

    /** Tampered notifications and duplicate copies are sent once and never retried. */
    boolean oneShot() {
        return tampering.any() || duplicate;
    }

    @Override
    public String toString() {
        return "Notification[#" + number + ' ' + kind + ' ' + id + ' ' + state + ']';
    }
}
