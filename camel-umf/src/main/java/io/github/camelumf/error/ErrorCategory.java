package io.github.camelumf.error;

/**
 * What a caller should do about a UMF return code. Every code of the {@link ErrorCatalog} belongs to exactly one
 * category; {@link UmfApiException#getCategory()} carries it, and {@link UmfApiException#of} picks the exception
 * subclass from it.
 * <p>
 * The one rule that matters most: for {@link #PROCESSING} and {@link #OUTCOME_UNKNOWN} (and for {@link #SYSTEM} on a
 * call that moves money) UMF may have acted on the request. Query the payment or refund by its id or merchant
 * reference before doing anything else; never repeat the request blindly, or the payer may be charged twice.
 */
public enum ErrorCategory {

    /** {@code 0000}: the call succeeded. Nothing to do. */
    SUCCESS,

    /**
     * The access token is expired or invalid ({@code 00280703}, HTTP 401), or the client credentials were refused on
     * the token call. Obtain a new token and repeat the call once (repeating is safe: UMF did not act); if the token
     * call itself is refused, fix the client id and secret.
     */
    AUTHENTICATION,

    /**
     * UMF could not verify the request signature ({@code 00060710}). UMF did not act. The merchant private key does
     * not belong to the public key registered with UMF, or the body was changed after signing. Fix the key
     * configuration; repeating the same request will fail the same way.
     */
    SIGNATURE,

    /**
     * The request is malformed: a field is missing, too long, out of range or has the wrong format. UMF did not act.
     * Correct the request (the return message often names the field); do not repeat it unchanged.
     */
    VALIDATION,

    /**
     * Something with the same identity already exists (a payment or refund with this merchant reference, a sub-order
     * number used the same day, payee or order details already sent). Query the existing object and continue with it;
     * if a new one is intended, use a new merchant reference.
     */
    DUPLICATE,

    /**
     * The payer's card or cardholder details are wrong, unsupported or do not match each other (card number, expiry,
     * CVV2, name, ID number, reserved phone, card not enabled for online payment, card binding or agreement missing).
     * Ask the payer to correct the details or to use another card.
     */
    CARD,

    /**
     * The SMS verification code is wrong, expired, not found, or was requested or entered too often. Ask the payer to
     * re-enter the code or request a new one (respecting the one-per-minute and per-order limits).
     */
    VERIFICATION_CODE,

    /**
     * The payer's account, or for outward remittance the merchant's UMF account, lacks the funds. Ask the payer to use
     * another card, or top up the account, then start again.
     */
    INSUFFICIENT_FUNDS,

    /**
     * The issuing bank or UMF declined the payment without a more specific reason. Ask the payer to contact the bank
     * or to use another card or payment method; do not repeat the same payment automatically.
     */
    BANK_DECLINED,

    /**
     * UMF's risk control refused the payment (banned card, account, phone, ID, IP, terminal or merchant; repeated
     * insufficient balance). Do not retry; the payer must use another means, or the merchant must contact UMF.
     */
    RISK_DECLINED,

    /**
     * An amount or count limit is exceeded (per order, per day, per card, per phone number, bank or foreign exchange
     * limit). Lower the amount, split the order, or try again once the period has passed.
     */
    LIMIT_EXCEEDED,

    /**
     * The payment or order is not in a state that allows the call: not found, expired, closed, cancelled, already paid,
     * not yet paid, status mismatch. Query the object to learn its state and act on that; do not repeat the call.
     */
    ORDER_STATE,

    /**
     * A refund or cancellation was refused: amount or currency inconsistent with the payment, accumulated refunds above
     * the payment, refund window closed (for example 23:45-00:25), refund not supported yet. Correct the refund or try
     * it later; do not repeat it unchanged.
     */
    REFUND,

    /**
     * UMF accepted the request and is still processing it ({@code 00060761}, {@code 00280076}, {@code 00280086}, ...).
     * Wait for the asynchronous notification or query the payment or refund later. Never resubmit it.
     */
    PROCESSING,

    /**
     * UMF answered but the result of the payment or refund is not known yet ({@code 00180008}, {@code 00060931}, a
     * timeout at UMF or at the bank). Query the payment or refund before doing anything else. Never resubmit it
     * blindly.
     */
    OUTCOME_UNKNOWN,

    /**
     * The merchant account at UMF is not set up for this call (not registered, service, currency, bank channel or
     * customs declaration not opened, goods not registered, permissions restricted). Contact UMF to open it; repeating
     * will not help.
     */
    MERCHANT_CONFIGURATION,

    /**
     * A customs or CIQ declaration was refused or is in a state that does not allow the call (already declared, not
     * yet sent, failed, CIQ only for goods). Query the declaration and correct or resend it.
     */
    CUSTOMS,

    /**
     * An outward remittance or tuition batch is incomplete or inconsistent (payee or order details missing, amounts not
     * matching, bank verification failed). Send the missing or corrected payee and order details, then confirm again.
     */
    REMITTANCE,

    /**
     * Too many requests in a short time (HTTP 429). UMF did not act; repeat after an exponential backoff.
     */
    RATE_LIMITED,

    /**
     * A failure inside UMF or the bank (system error, database error, bank network error, communication error). Reads
     * can be repeated with backoff. For calls that move money, query by the merchant reference before repeating,
     * because UMF may have recorded the request before failing.
     */
    SYSTEM,

    /**
     * A return code this component does not know, or an HTTP error that says nothing more. Treat it like
     * {@link #SYSTEM}: query before repeating anything that moves money, and report the code.
     */
    UNKNOWN;

    /**
     * Whether the payer (card, code, funds, bank, risk or limits) caused the refusal, so the payer should be told and
     * offered another try or another means of payment. These map to {@link UmfDeclinedException}.
     */
    public boolean isDecline() {
        return switch (this) {
            case CARD, VERIFICATION_CODE, INSUFFICIENT_FUNDS, BANK_DECLINED, RISK_DECLINED, LIMIT_EXCEEDED -> true;
            default -> false;
        };
    }

    /**
     * Whether UMF may have acted or still be acting on the request, so that it must be queried, not repeated. These map
     * to {@link UmfPendingOutcomeException}.
     */
    public boolean isOutcomeInDoubt() {
        return this == PROCESSING || this == OUTCOME_UNKNOWN;
    }
}
