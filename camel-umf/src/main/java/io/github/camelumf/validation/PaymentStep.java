package io.github.camelumf.validation;

/** The step of the payment flow a payer object is sent in; the payer rules differ a little between them. */
enum PaymentStep {
    /** {@code payment/create}: the full payer with method, interface type and business type. */
    CREATE,
    /** {@code payment/verify}: the card, so that UMF sends the SMS code. */
    VERIFY,
    /** {@code payment/execute}: the card with the SMS code. */
    EXECUTE
}
