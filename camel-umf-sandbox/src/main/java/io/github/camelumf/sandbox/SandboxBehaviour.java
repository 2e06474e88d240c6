package io.github.camelumf.sandbox;

/**
 * Where UMF is seen to answer in more than one way, which way the sandbox answers: HTTP statuses of refusals, the
 * state of synchronous refunds, SMS throttling, unknown card BINs, length rules. Set the defaults on
 * {@link UmfSandbox.Builder}; change them at run time with {@link UmfSandbox#behaviour()} (or
 * {@code POST /sandbox/behaviour?name=value} standalone). {@link UmfSandbox#reset()} (before each test, with the
 * JUnit extension) restores the builder's values. Thread-safe.
 */
public final class SandboxBehaviour {

    /** The HTTP status of a refusal (an answer whose {@code meta.ret_code} is not {@code 0000}). */
    public enum RefusalStatus {
        /**
         * The status section 1.4 implies for the code's class (default): 400 malformed or missing parameter, 401 no
         * valid token or credentials, 402 valid parameters but the request failed, 404 unknown payment or refund,
         * 409 duplicate order, 429 SMS codes requested too often, 500 system error.
         */
        REFERENCE,
        /** HTTP 200 for every refusal, the code only in {@code meta.ret_code} (also seen at UMF). */
        ALWAYS_200
    }

    /** The state a synchronous refund ({@code POST .../refund}, 3.10) answers with. */
    public enum SynchronousRefunds {
        /** {@code REFUND_PROCESS}, as the reference shows (default); settled later by the sandbox or the test. */
        PROCESS,
        /** {@code REFUND_SUCCESS} at once. */
        SUCCESS
    }

    /** Default limit of SMS codes sent per payment within one minute ({@code 00080706} above it). */
    public static final int DEFAULT_SMS_CODES_PER_MINUTE = 1;
    /** Default limit of SMS codes sent per payment in all ({@code 00080707} above it). */
    public static final int DEFAULT_SMS_CODES_PER_ORDER = 5;

    private volatile RefusalStatus refusalStatus = RefusalStatus.REFERENCE;
    private volatile SynchronousRefunds synchronousRefunds = SynchronousRefunds.PROCESS;
    private volatile int smsCodesPerMinute = DEFAULT_SMS_CODES_PER_MINUTE;
    private volatile int smsCodesPerOrder = DEFAULT_SMS_CODES_PER_ORDER;
    private volatile boolean acceptUnknownCardBins;
    private volatile boolean lenientLengths;

    SandboxBehaviour() {
    }

    /** A detached copy with the same values. */
    public SandboxBehaviour copy() {
        SandboxBehaviour copy = new SandboxBehaviour();
        copy.copyFrom(this);
        return copy;
    }

    /** Takes every value of {@code other}. */
    public void copyFrom(SandboxBehaviour other) {
        refusalStatus = other.refusalStatus;
        synchronousRefunds = other.synchronousRefunds;
        smsCodesPerMinute = other.smsCodesPerMinute;
        smsCodesPerOrder = other.smsCodesPerOrder;
        acceptUnknownCardBins = other.acceptUnknownCardBins;
        lenientLengths = other.lenientLengths;
    }

    public RefusalStatus refusalStatus() {
        return refusalStatus;
    }

    /** How refusals are answered (default {@link RefusalStatus#REFERENCE}). */
    public SandboxBehaviour refusalStatus(RefusalStatus status) {
        this.refusalStatus = java.util.Objects.requireNonNull(status);
        return this;
    }

    public SynchronousRefunds synchronousRefunds() {
        return synchronousRefunds;
    }

    /** The state synchronous refunds answer with (default {@link SynchronousRefunds#PROCESS}). */
    public SandboxBehaviour synchronousRefunds(SynchronousRefunds outcome) {
        this.synchronousRefunds = java.util.Objects.requireNonNull(outcome);
        return this;
    }

    public int smsCodesPerMinute() {
        return smsCodesPerMinute;
    }

    /**
     * SMS codes a payment may be sent within one minute (default 1); one more answers {@code 00080706}. 0 switches
     * the limit off.
     */
    public SandboxBehaviour smsCodesPerMinute(int limit) {
        this.smsCodesPerMinute = nonNegative(limit, "smsCodesPerMinute");
        return this;
    }

    public int smsCodesPerOrder() {
        return smsCodesPerOrder;
    }

    /**
     * SMS codes a payment may be sent in all (default 5); one more answers {@code 00080707}. 0 switches the limit
     * off.
     */
    public SandboxBehaviour smsCodesPerOrder(int limit) {
        this.smsCodesPerOrder = nonNegative(limit, "smsCodesPerOrder");
        return this;
    }

    public boolean acceptUnknownCardBins() {
        return acceptUnknownCardBins;
    }

    /**
     * Whether SMS verification accepts a card whose BIN the sandbox does not know (default false: {@code 00060875},
     * as UMF refuses a card it cannot validate). The known BINs are those {@code GET /bank/cardbin} answers for.
     */
    public SandboxBehaviour acceptUnknownCardBins(boolean accept) {
        this.acceptUnknownCardBins = accept;
        return this;
    }

    public boolean lenientLengths() {
        return lenientLengths;
    }

    /**
     * Whether length rules of section 5 are relaxed where the reference's own samples break them (default false):
     * {@code mer_sub_reference_id} may then have 4 to 32 characters instead of 4 to 16 (samples 2.3 and 2.8 send
     * 19-20).
     */
    public SandboxBehaviour lenientLengths(boolean lenient) {
        this.lenientLengths = lenient;
        return this;
    }

    private static int nonNegative(int value, String name) {
        if (value < 0) {
            throw new IllegalArgumentException(name + " must not be negative");
        }
        return value;
    }

    @Override
    public String toString() {
        return "SandboxBehaviour[refusalStatus=" + refusalStatus + ", synchronousRefunds=" + synchronousRefunds
                + ", smsCodesPerMinute=" + smsCodesPerMinute + ", smsCodesPerOrder=" + smsCodesPerOrder
                + ", acceptUnknownCardBins=" + acceptUnknownCardBins + ", lenientLengths=" + lenientLengths + "]";
    }
}
