package io.github.camelumf.sandbox.notification;

/**
 * The test controls that apply to the next notification only (manual or automatic, any kind): extra duplicate
 * copies and tampering. {@link #takeNext()} hands them to one notification and clears them. Thread-safe.
 */
public final class NotificationControls {

    /** What the next notification gets. */
    public record Next(int duplicates, Tampering tampering) {
    }

    private int duplicates;
    private boolean forge;
    private boolean unsigned;
    private boolean badSignatureEncoding;

    /** After the next notification is acknowledged, it is delivered {@code extraCopies} more times, byte for byte. */
    public synchronized void duplicateNext(int extraCopies) {
        if (extraCopies < 1 || extraCopies > 100) {
            throw new IllegalArgumentException("extraCopies must be 1 to 100");
        }
        duplicates = extraCopies;
    }

    /** The next notification's body is altered after signing. */
    public synchronized void forgeNext() {
        forge = true;
    }

    /** The next notification is sent without a Signature header. */
    public synchronized void unsignedNext() {
        unsigned = true;
    }

    /** The next notification's Signature header is not base64. */
    public synchronized void badSignatureEncodingNext() {
        badSignatureEncoding = true;
    }

    /** Hands the pending controls to one notification and clears them. */
    public synchronized Next takeNext() {
        Next next = new Next(duplicates, new Tampering(forge, unsigned, badSignatureEncoding));
        clear();
        return next;
    }

    /** Drops the pending controls. */
    public synchronized void clear() {
        duplicates = 0;
        forge = false;
        unsigned = false;
        badSignatureEncoding = false;
    }
}
