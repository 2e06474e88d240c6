package io.github.camelumf.example.main;

/**
 * Where the SMS verification code of a card payment comes from. UMF sends the code to the card holder's phone after
 * {@code payment/verify}; in a real shop the customer types it into the checkout page and the shop passes it to
 * {@code payment/execute}.
 */
public interface SmsCodes {

    /** The SMS code the payer received for this payment. */
    String codeFor(String paymentId);
}
