package io.github.camelumf.sandbox.payment;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.camelumf.sandbox.rules.Money;
import io.github.camelumf.sandbox.rules.PaymentKind;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A stored payment and its state machine: WAIT_BUYER_PAY to TRADE_SUCCESS (executed or paid by the buyer),
 * TRADE_FAIL, or TRADE_CLOSED (expired). All reads and changes happen while holding the payment's monitor.
 */
public final class Payment {

    private final String id;
    private final PaymentKind kind;
    private final String paymentMethod;
    private final ObjectNode payerView;
    private final ObjectNode order;
    private final Money amount;
    private final String merReferenceId;
    private final Instant createdAt;
    private final Instant expiresAt;
    private final ObjectNode extras;
    private final List<Refund> refunds = new ArrayList<>();

    private PaymentState state = PaymentState.WAIT_BUYER_PAY;
    private String smsCode;
    private Instant smsIssuedAt;
    private int wrongCodes;
    private String verifiedCardNumber;
    private Instant executedAt;
    private final List<Instant> smsSentAt = new ArrayList<>();

    Payment(String id, PaymentKind kind, String paymentMethod, ObjectNode payerView, ObjectNode order, Money amount,
            String merReferenceId, Instant createdAt, Instant expiresAt, ObjectNode extras) {
        this.id = id;
        this.kind = kind;
        this.paymentMethod = paymentMethod;
        this.payerView = payerView;
        this.order = order;
        this.amount = amount;
        this.merReferenceId = merReferenceId;
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
        this.extras = extras;
    }

    public String id() {
        return id;
    }

    public PaymentKind kind() {
        return kind;
    }

    public String paymentMethod() {
        return paymentMethod;
    }

    /** The payer object as the payment answers it (payment information added, card data not kept). */
    public ObjectNode payerView() {
        return payerView;
    }

    /** The order as sent, amounts normalised and sub-order references filled in. */
    public ObjectNode order() {
        return order;
    }

    public Money amount() {
        return amount;
    }

    public String merReferenceId() {
        return merReferenceId;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant expiresAt() {
        return expiresAt;
    }

    /** notify_url, ret_url, risk_info as sent. */
    public ObjectNode extras() {
        return extras;
    }

    /** The state at {@code now}: an unpaid payment whose expire_time elapsed is TRADE_CLOSED. */
    public synchronized PaymentState state(Instant now) {
        if (state == PaymentState.WAIT_BUYER_PAY && now.isAfter(expiresAt)) {
            state = PaymentState.TRADE_CLOSED;
        }
        return state;
    }

    public synchronized Instant executedAt() {
        return executedAt;
    }

    /** How many SMS codes were sent in all, and how many since {@code since}. */
    synchronized int[] smsCodesSent(Instant since) {
        int recent = 0;
        for (Instant sent : smsSentAt) {
            if (sent.isAfter(since)) {
                recent++;
            }
        }
        return new int[] {smsSentAt.size(), recent};
    }

    synchronized void issueSmsCode(String code, String cardNumber, Instant now) {
        smsSentAt.add(now);
        smsCode = code;
        smsIssuedAt = now;
        wrongCodes = 0;
        verifiedCardNumber = cardNumber;
    }

    public synchronized String smsCode() {
        return smsCode;
    }

    synchronized Instant smsIssuedAt() {
        return smsIssuedAt;
    }

    synchronized String verifiedCardNumber() {
        return verifiedCardNumber;
    }

    /** Counts a wrong code; returns the number of wrong codes since the last SMS. */
    synchronized int wrongCode() {
        return ++wrongCodes;
    }

    synchronized void invalidateSmsCode() {
        smsCode = null;
    }

    synchronized void succeed(Instant now) {
        state = PaymentState.TRADE_SUCCESS;
        executedAt = now;
        smsCode = null;
    }

    synchronized void fail() {
        state = PaymentState.TRADE_FAIL;
    }

    synchronized void close() {
        state = PaymentState.TRADE_CLOSED;
    }

    synchronized void addRefund(Refund refund) {
        refunds.add(refund);
    }

    public synchronized List<Refund> refunds() {
        return List.copyOf(refunds);
    }
}
