package io.github.camelumf.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** A payment result notification (reference 3.8). */
@JsonPropertyOrder({ "meta", "payment", "links" })
public class PaymentNotification extends UmfNotification {

    private Payment payment;

    public Payment getPayment() {
        return payment;
    }

    public void setPayment(Payment payment) {
        this.payment = payment;
    }

    @Override
    public NotificationType type() {
        return NotificationType.PAYMENT;
    }

    @Override
    public String id() {
        return payment == null ? null : payment.getId();
    }

    @Override
    public String state() {
        return payment == null ? null : payment.getStateValue();
    }

    @Override
    public String merReferenceId() {
        return payment == null || payment.getOrder() == null ? null : payment.getOrder().getMerReferenceId();
    }

    @Override
    public String paymentId() {
        return id();
    }

    @Override
    public String toString() {
        return describe().add("meta", getMeta()).add("payment", payment).add("links", getLinks()).toString();
    }
}
