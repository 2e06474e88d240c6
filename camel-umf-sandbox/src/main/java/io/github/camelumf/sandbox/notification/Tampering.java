package io.github.camelumf.sandbox.notification;

/**
 * How a test asked the sandbox to spoil a notification: body altered after signing, no {@code Signature} header, or
 * a {@code Signature} header that is not base64. A correct receiver refuses each of them.
 */
public record Tampering(boolean forged, boolean unsigned, boolean badSignatureEncoding) {

    /** A genuine notification. */
    public static final Tampering NONE = new Tampering(false, false, false);

    /** Whether anything is spoilt. */
    public boolean any() {
        return forged || unsigned || badSignatureEncoding;
    }
}
