package io.github.camelumf.model;

/**
 * The body of {@code umf:payment/verify} (3.6): the payer with the card, so that UMF sends the SMS code.
 */
public class PaymentVerifyRequest extends UmfObject {

    /** The payer, with payer_info.bank_card or payer_info.payer_agreement. */
    private Payer payer;

    public PaymentVerifyRequest() {
    }

    /** The payer, with payer_info.bank_card or payer_info.payer_agreement. */
    public Payer getPayer() {
        return payer;
    }

    public void setPayer(Payer payer) {
        this.payer = payer;
    }

    /** Sets {@code payer}. */
    public PaymentVerifyRequest withPayer(Payer payer) {
        this.payer = payer;
        return this;
    }

    /** A request for this payer. */
    public static PaymentVerifyRequest of(Payer payer) {
        return new PaymentVerifyRequest().withPayer(payer);
    }

    @Override
    public String toString() {
        return describe()
                .add("payer", payer)
                .toString();
    }
}
