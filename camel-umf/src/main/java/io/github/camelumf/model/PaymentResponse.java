package io.github.camelumf.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * The response of {@code umf:payment/create}, {@code /verify}, {@code /execute} and {@code /get}.
 */
@JsonPropertyOrder({"meta", "payment", "links"})
public class PaymentResponse extends UmfResponse {

    /** The payment. */
    private Payment payment;

    public PaymentResponse() {
    }

    /** The payment. */
    public Payment getPayment() {
        return payment;
    }

    public void setPayment(Payment payment) {
        this.payment = payment;
    }

    /** Sets {@code payment}. */
    public PaymentResponse withPayment(Payment payment) {
        this.payment = payment;
        return this;
    }

    @Override
    public String toString() {
        return describe()
                .add("meta", getMeta())
                .add("payment", payment)
                .add("links", getLinks())
                .toString();
    }
}
