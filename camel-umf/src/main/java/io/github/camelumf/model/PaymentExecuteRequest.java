package io.github.camelumf.model;

/**
 * The body of {@code umf:payment/execute} (3.7): the payer, with the SMS code for card payments.
 */
public class PaymentExecuteRequest extends UmfObject {

    /** The payer; for card payments with bank_card.verify_code or payer_agreement.verify_code. */
    private Payer payer;

    public PaymentExecuteRequest() {
    }

    /** The payer; for card payments with bank_card.verify_code or payer_agreement.verify_code. */
    public Payer getPayer() {
        return payer;
    }

    public void setPayer(Payer payer) {
        this.payer = payer;
    }

    /** Sets {@code payer}. */
    public PaymentExecuteRequest withPayer(Payer payer) {
        this.payer = payer;
        return this;
    }

    /** A request for this payer. */
    public static PaymentExecuteRequest of(Payer payer) {
        return new PaymentExecuteRequest().withPayer(payer);
    }

    @Override
    public String toString() {
        return describe()
                .add("payer", payer)
                .toString();
    }
}
