package io.github.camelumf.sandbox.payment;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.camelumf.sandbox.SandboxBehaviour;
import io.github.camelumf.sandbox.SandboxClock;
import io.github.camelumf.sandbox.rules.BankNames;
import io.github.camelumf.sandbox.agreement.Agreement;
import io.github.camelumf.sandbox.agreement.BindingService;
import io.github.camelumf.sandbox.rules.ApiError;
import io.github.camelumf.sandbox.rules.BankNames;
import io.github.camelumf.sandbox.rules.CardDataRules;
import io.github.camelumf.sandbox.rules.Money;
import io.github.camelumf.sandbox.rules.PaymentCreateRules;
import io.github.camelumf.sandbox.rules.PaymentKind;
import io.github.camelumf.sandbox.rules.RetCode;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/**
 * Payment operations (3.5-3.9, 3.13, 4.3) and the test-side control functions (buyer paid, payment failed or
 * expired). Refusals are {@link ApiError}s carrying appendix-8 codes.
 */
public final class PaymentService {

    /** Wrong SMS codes accepted before the code is invalidated ({@code 00200084}). */
    public static final int MAX_WRONG_CODES = 5;
    /** How long an SMS code stays valid ({@code 00080722} afterwards). */
    public static final Duration SMS_CODE_LIFETIME = Duration.ofMinutes(5);
    /** The window of {@link SandboxBehaviour#smsCodesPerMinute()}. */
    public static final Duration SMS_THROTTLE_WINDOW = Duration.ofMinutes(1);

    private final PaymentStore store;
    private final Ids ids;
    private final SandboxClock clock;
    private final Links links;
    private final PaymentEvents events;
    private final SandboxBehaviour behaviour;
    private final BindingService bindings;

    public PaymentService(PaymentStore store, Ids ids, SandboxClock clock, Links links, PaymentEvents events,
                          SandboxBehaviour behaviour, BindingService bindings) {
        this.behaviour = behaviour;
        this.store = store;
        this.ids = ids;
        this.clock = clock;
        this.links = links;
        this.events = events;
        this.bindings = bindings;
    }

    /** POST /payments/payment: returns the members {@code payment} and {@code links}. */
    public ObjectNode create(ObjectNode body) {
        PaymentCreateRules.CreateRequest request = PaymentCreateRules.check(body, behaviour.lenientLengths());
        agreementOf(request.payer());
        Instant now = clock.instant();
        String id = ids.paymentId(now);
        store.reservePaymentReference(request.merReferenceId(), id);
        ObjectNode extras = JsonNodeFactory.instance.objectNode();
        for (String member : new String[] {"notify_url", "ret_url", "risk_info"}) {
            if (body.hasNonNull(member)) {
                extras.set(member, body.get(member).deepCopy());
            }
        }
        Payment payment = new Payment(id, request.kind(), request.payer().get("payment_method").asText(),
                PayerViews.created(request.kind(), request.payer(), now), withSubReferences(request.order()),
                request.amount(), request.merReferenceId(), now,
                now.plus(Duration.ofMinutes(request.expireMinutes())), extras);
        store.add(payment);
        ObjectNode result = JsonNodeFactory.instance.objectNode();
        result.set("payment", PaymentView.created(payment, now));
        result.set("links", links.created(payment));
        return result;
    }

    /**
     * POST /payments/payment/{id}/verify: sends (records) a new SMS code. A card whose BIN the sandbox does not
     * know answers {@code 00060875} (unless {@link SandboxBehaviour#acceptUnknownCardBins()}); more SMS codes for
     * the payment than {@link SandboxBehaviour#smsCodesPerOrder()} answer {@code 00080707}, more within one minute
     * than {@link SandboxBehaviour#smsCodesPerMinute()} {@code 00080706}.
     */
    public ObjectNode verify(String paymentId, ObjectNode body, Map<String, String> decrypted) {
        Payment payment = store.payment(paymentId);
        requireCard(payment, "SMS verification");
        CardDataRules.CardData card = CardDataRules.checkForVerify(body, payment.paymentMethod(), decrypted);
        if (card.cardNumber() != null && !behaviour.acceptUnknownCardBins()
                && BankNames.bankOfCard(card.cardNumber()) == null) {
            throw new ApiError(RetCode.CARD_BIN_UNKNOWN, CardDataRules.BANK_CARD + ".number has a BIN the sandbox"
                    + " does not know");
        }
        agreementOf(body.get("payer"));
        Instant now = clock.instant();
        synchronized (payment) {
            requireWaiting(payment, now);
            int[] sent = payment.smsCodesSent(now.minus(SMS_THROTTLE_WINDOW));
            if (behaviour.smsCodesPerOrder() > 0 && sent[0] >= behaviour.smsCodesPerOrder()) {
                throw new ApiError(RetCode.SMS_TOO_MANY_FOR_ORDER, null);
            }
            if (behaviour.smsCodesPerMinute() > 0 && sent[1] >= behaviour.smsCodesPerMinute()) {
                throw new ApiError(RetCode.SMS_TOO_OFTEN, null);
            }
            payment.issueSmsCode(ids.smsCode(), card.cardNumber(), now);
        }
        ObjectNode result = JsonNodeFactory.instance.objectNode();
        result.set("payment", PaymentView.verified(payment, body.get("payer"), now));
        result.set("links", links.verified(payment));
        return result;
    }

    /** POST /payments/payment/{id}/execute: checks the SMS code and pays. */
    public ObjectNode execute(String paymentId, ObjectNode body, Map<String, String> decrypted) {
        Payment payment = store.payment(paymentId);
        requireCard(payment, "execution");
        CardDataRules.CardData card = CardDataRules.checkForExecute(body, payment.paymentMethod(), decrypted);
        Agreement agreement = agreementOf(body.get("payer"));
        Instant now = clock.instant();
        synchronized (payment) {
            requireWaiting(payment, now);
            String expected = payment.smsCode();
            if (expected == null) {
                throw new ApiError(RetCode.SMS_CODE_NOT_FOUND, "call verify to send an SMS code first");
            }
            if (now.isAfter(payment.smsIssuedAt().plus(SMS_CODE_LIFETIME))) {
                payment.invalidateSmsCode();
                throw new ApiError(RetCode.SMS_CODE_EXPIRED, "send a new SMS code");
            }
            if (card.cardNumber() != null && payment.verifiedCardNumber() != null
                    && !card.cardNumber().equals(payment.verifiedCardNumber())) {
                throw new ApiError(RetCode.CARD_MISMATCH, CardDataRules.BANK_CARD + ".number is not the verified card");
            }
            if (!MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
                    card.verifyCode().getBytes(StandardCharsets.US_ASCII))) {
                if (payment.wrongCode() >= MAX_WRONG_CODES) {
                    payment.invalidateSmsCode();
                    throw new ApiError(RetCode.SMS_CODE_TOO_MANY_ERRORS, "send a new SMS code");
                }
                throw new ApiError(RetCode.SMS_CODE_INCORRECT, null);
            }
            payment.succeed(now);
            recordCard(payment, body.get("payer"), agreement, now);
        }
        ObjectNode result = JsonNodeFactory.instance.objectNode();
        result.set("payment", PaymentView.executed(payment, now));
        result.set("links", links.executed(payment));
        events.paymentFinished(payment);
        return result;
    }

    /** GET /payments/payment/{id}: {@code payment} without links, {@code meta.error_code} "" (3.9). */
    public ObjectNode get(String paymentId) {
        Payment payment = store.payment(paymentId);
        Instant now = clock.instant();
        ObjectNode result = JsonNodeFactory.instance.objectNode();
        ObjectNode meta = result.putObject("meta");
        meta.put("error_code", "");
        meta.put("ret_msg", RetCode.SUCCESS.message());
        meta.put("ret_code", RetCode.SUCCESS.code());
        result.set("payment", PaymentView.queried(payment, now));
        return result;
    }

    /** GET /payments/payment/{id}/self_payment_refund: {@code payment} and {@code refund}, no links (3.13). */
    public ObjectNode getWithRefunds(String paymentId) {
        Payment payment = store.payment(paymentId);
        Instant now = clock.instant();
        ObjectNode result = JsonNodeFactory.instance.objectNode();
        result.set("payment", PaymentView.queriedWithRefunds(payment, now));
        result.set("refund", PaymentView.refundList(payment, now));
        return result;
    }

    /** The SMS code last sent for a card payment, or {@code null}. */
    public String smsCode(String paymentId) {
        return known(paymentId).smsCode();
    }

    /** The buyer paid: WAIT_BUYER_PAY to TRADE_SUCCESS. */
    public void complete(String paymentId) {
        Payment payment = known(paymentId);
        Instant now = clock.instant();
        synchronized (payment) {
            requireWaitingForControl(payment, now);
            payment.succeed(now);
        }
        events.paymentFinished(payment);
    }

    /** The payment failed: WAIT_BUYER_PAY to TRADE_FAIL. */
    public void fail(String paymentId) {
        Payment payment = known(paymentId);
        synchronized (payment) {
            requireWaitingForControl(payment, clock.instant());
            payment.fail();
        }
        events.paymentFinished(payment);
    }

    /**
     * The payment expired: WAIT_BUYER_PAY to TRADE_CLOSED. No notification: the reference notifies payment results
     * only, and an order that was never paid has none.
     */
    public void expire(String paymentId) {
        Payment payment = known(paymentId);
        synchronized (payment) {
            requireWaitingForControl(payment, clock.instant());
            payment.close();
        }
    }

    /** The stored state for assertions: the queried payment plus its refunds. */
    public ObjectNode snapshot(String paymentId) {
        Payment payment = known(paymentId);
        Instant now = clock.instant();
        ObjectNode node = PaymentView.snapshot(payment, now);
        ObjectNode refunds = PaymentView.refundList(payment, now);
        int index = 0;
        for (Refund refund : payment.refunds()) {
            ((ObjectNode) refunds.get("refund_infos").get(index++)).put("id", refund.id());
        }
        node.set("refund", refunds);
        return node;
    }

    private Payment known(String paymentId) {
        Payment payment = store.findPayment(paymentId);
        if (payment == null) {
            throw new IllegalArgumentException("the sandbox has no payment " + paymentId);
        }
        return payment;
    }

    private static void requireCard(Payment payment, String operation) {
        if (payment.kind() != PaymentKind.CARD) {
            throw new ApiError(RetCode.INCORRECT_PAYMENT_METHOD,
                    operation + " is only available for CREDIT_CARD and DEBIT_CARD payments");
        }
    }

    private static void requireWaiting(Payment payment, Instant now) {
        switch (payment.state(now)) {
            case WAIT_BUYER_PAY:
                return;
            case TRADE_SUCCESS:
                throw new ApiError(RetCode.ALREADY_PAID, null);
            case TRADE_CLOSED:
                throw new ApiError(RetCode.ORDER_EXPIRED, null);
            default:
                throw new ApiError(RetCode.PAYMENT_FAILURE, "the payment is TRADE_FAIL");
        }
    }

    private static void requireWaitingForControl(Payment payment, Instant now) {
        PaymentState state = payment.state(now);
        if (state != PaymentState.WAIT_BUYER_PAY) {
            throw new IllegalStateException("payment " + payment.id() + " is " + state + ", not WAIT_BUYER_PAY");
        }
    }

    /**
     * The payer agreement a payer pays with ({@code payer_info.payer_agreement.usr_pay_agreement_id}): it must be
     * bound, and to the payer named besides; {@code null} when the payer sends no agreement.
     */
    private Agreement agreementOf(JsonNode payer) {
        JsonNode agreement = payer == null ? null : payer.path("payer_info").path("payer_agreement");
        String payId = agreement == null ? "" : agreement.path("usr_pay_agreement_id").asText("");
        if (payId.isEmpty()) {
            return null;
        }
        String busiId = agreement.path("usr_busi_agreement_id").asText("");
        String customer = payer.path("external_customer_id").asText("");
        return bindings.requireKnown(payId, busiId.isEmpty() ? null : busiId, customer.isEmpty() ? null : customer);
    }

    private void recordCard(Payment payment, JsonNode requestPayer, Agreement used, Instant now) {
        ObjectNode view = payment.payerView();
        if (requestPayer.hasNonNull("external_customer_id")) {
            view.set("external_customer_id", requestPayer.get("external_customer_id").deepCopy());
        }
        ObjectNode info = (ObjectNode) view.get("payer_info");
        JsonNode sentCard = requestPayer.path("payer_info").path("bank_card");
        if (sentCard.isObject()) {
            info.set("bank_card", sentCard.deepCopy());
        }
        Agreement bound = used;
        String customer = requestPayer.path("external_customer_id").asText("");
        if (bound == null && customer.isEmpty()) {
            // an agreement is signed for the merchant's customer (3.7); without one, none is (2.2 non-contractual)
            info.remove("payer_agreement");
            return;
        }
        String number = payment.verifiedCardNumber();
        if (bound == null && number != null && BankNames.bankOfCard(number) != null) {
            bound = bindings.bindCard(customer, number, sentCard.path("phone").asText(""));
        }
        ObjectNode agreement = info.putObject("payer_agreement");
        agreement.put("usr_busi_agreement_id", bound == null ? ids.businessAgreementId(now) : bound.usrBusiAgreementId());
        agreement.put("usr_pay_agreement_id", bound == null ? ids.payAgreementId(now) : bound.usrPayAgreementId());
    }

    /** The order as sent, with a generated {@code mer_sub_reference_id} where a sub-order has none. */
    private ObjectNode withSubReferences(ObjectNode requestOrder) {
        ObjectNode order = requestOrder.deepCopy();
        for (JsonNode sub : order.get("sub_orders")) {
            ObjectNode subOrder = (ObjectNode) sub;
            if (!subOrder.hasNonNull("mer_sub_reference_id")
                    || subOrder.get("mer_sub_reference_id").asText().isEmpty()) {
                subOrder.put("mer_sub_reference_id", ids.subReferenceId());
            }
        }
        return order;
    }
}
