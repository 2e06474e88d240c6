package io.github.camelumf.sandbox.notification;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.camelumf.sandbox.NotificationDelivery;
import io.github.camelumf.sandbox.NotificationDelivery.Kind;
import io.github.camelumf.sandbox.SandboxClock;
import io.github.camelumf.sandbox.declaration.Declaration;
import io.github.camelumf.sandbox.declaration.DeclarationEvents;
import io.github.camelumf.sandbox.declaration.DeclarationKind;
import io.github.camelumf.sandbox.payment.Ids;
import io.github.camelumf.sandbox.payment.Payment;
import io.github.camelumf.sandbox.payment.PaymentEvents;
import io.github.camelumf.sandbox.payment.PaymentState;
import io.github.camelumf.sandbox.payment.PaymentStore;
import io.github.camelumf.sandbox.payment.Refund;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Turns payment, refund and customs declaration results into notifications to their notify_url: automatically (a
 * payment got TRADE_SUCCESS or TRADE_FAIL; an asynchronous refund got REFUND_SUCCESS or REFUND_FAIL; a customs
 * declaration got SUCCESS or FAIL), or on request (the manual
 * sends, one synchronous attempt). Without a notify_url there is no notification; a notify_url that is not loopback
 * is recorded as not delivered. The test controls ({@link NotificationControls}) are taken by the next notification
 * actually sent.
 */
public final class Notifier implements PaymentEvents, DeclarationEvents {

    private static final Logger LOG = LoggerFactory.getLogger(Notifier.class);

    private final PaymentStore store;
    private final SandboxClock clock;
    private final Ids ids;
    private final NotificationBodies bodies;
    private final NotificationSigner signer;
    private final NotificationControls controls;
    private final NotificationDispatcher dispatcher;
    private final AtomicLong numbers = new AtomicLong();

    public Notifier(PaymentStore store, SandboxClock clock, Ids ids, NotificationBodies bodies,
                    NotificationSigner signer, NotificationControls controls, NotificationDispatcher dispatcher) {
        this.store = store;
        this.clock = clock;
        this.ids = ids;
        this.bodies = bodies;
        this.signer = signer;
        this.controls = controls;
        this.dispatcher = dispatcher;
    }

    @Override
    public void paymentFinished(Payment payment) {
        String target = payment.extras().path("notify_url").asText("");
        if (target.isEmpty()) {
            LOG.debug("payment {} has no notify_url: no notification", payment.id());
            return;
        }
        Instant now = clock.instant();
        PaymentState state = payment.state(now);
        if (!dispatcher.isRunning()) {
            dispatcher.notDelivered(placeholder(Kind.PAYMENT, payment.id(), payment.id(), state.name(), target),
                    "not delivered: the sandbox is stopped");
            return;
        }
        prepared(Kind.PAYMENT, payment.id(), payment.id(), state.name(), target, bodies.payment(payment, now), false);
    }

    @Override
    public void refundFinished(Refund refund) {
        String target = refund.notifyUrl() == null ? "" : refund.notifyUrl();
        if (target.isEmpty()) {
            LOG.debug("refund {} has no notify_url: no notification", refund.id());
            return;
        }
        Instant now = clock.instant();
        String state = refund.state(now).name();
        if (!dispatcher.isRunning()) {
            dispatcher.notDelivered(placeholder(Kind.REFUND, refund.id(), refund.payment().id(), state, target),
                    "not delivered: the sandbox is stopped");
            return;
        }
        prepared(Kind.REFUND, refund.id(), refund.payment().id(), state, target, bodies.refund(refund, now), false);
    }

    /** Posts the payment result notification (3.8) now, whatever the payment's state; one attempt. */
    public NotificationDelivery sendPayment(String paymentId) {
        Payment payment = payment(paymentId);
        Instant now = clock.instant();
        return prepared(Kind.PAYMENT, paymentId, paymentId, payment.state(now).name(),
                requireTarget(payment.extras().path("notify_url").asText(""), "payment " + paymentId),
                bodies.payment(payment, now), true);
    }

    /** Posts the asynchronous refund result notification (3.49) now; one attempt. */
    public NotificationDelivery sendRefund(String refundId) {
        Refund refund = store.findRefund(refundId);
        if (refund == null) {
            throw new IllegalArgumentException("the sandbox has no refund " + refundId);
        }
        Instant now = clock.instant();
        return prepared(Kind.REFUND, refundId, refund.payment().id(), refund.state(now).name(),
                requireTarget(refund.notifyUrl() == null ? "" : refund.notifyUrl(), "refund " + refundId),
                bodies.refund(refund, now), true);
    }

    /**
     * A customs declaration got its result (SUCCESS or FAIL): the customs notification (the sandbox's reading, see
     * {@link NotificationBodies}) of its state goes to the declaration's notify_url in the background, with retries.
     * CIQ declarations and declarations without a notify_url are not notified.
     */
    @Override
    public void declarationFinished(Declaration declaration) {
        String target = declaration.notifyUrl();
        if (declaration.kind() != DeclarationKind.CUSTOMS || target.isEmpty()) {
            LOG.debug("declaration {} has no customs notify_url: no notification", declaration.id());
            return;
        }
        String state = declaration.state().name();
        if (!dispatcher.isRunning()) {
            dispatcher.notDelivered(placeholder(Kind.CUSTOMS, declaration.id(), declaration.payment().id(), state,
                    target), "not delivered: the sandbox is stopped");
            return;
        }
        prepared(Kind.CUSTOMS, declaration.id(), declaration.payment().id(), state, target,
                bodies.customs(declaration), false);
    }

    /** Posts the customs notification of a customs declaration's current state to its notify_url now; one attempt. */
    public NotificationDelivery sendCustoms(Declaration declaration) {
        if (declaration.kind() != DeclarationKind.CUSTOMS) {
            throw new IllegalStateException("declaration " + declaration.id() + " is a CIQ declaration: not notified");
        }
        return prepared(Kind.CUSTOMS, declaration.id(), declaration.payment().id(), declaration.state().name(),
                requireTarget(declaration.notifyUrl(), "declaration " + declaration.id()),
                bodies.customs(declaration), true);
    }

    private NotificationDelivery prepared(Kind kind, String id, String paymentId, String state, String target,
                                          ObjectNode message, boolean now) {
        String refusal = LoopbackTarget.refusal(target);
        if (refusal != null) {
            NotificationSigner.Signed signed = signer.sign(message, Tampering.NONE);
            return dispatcher.notDelivered(new Notification(numbers.incrementAndGet(), kind, id, paymentId, state,
                    target, signed.body(), signed.signature(), Tampering.NONE, false), refusal);
        }
        NotificationControls.Next next = controls.takeNext();
        NotificationSigner.Signed signed = signer.sign(message, next.tampering());
        Notification notification = new Notification(numbers.incrementAndGet(), kind, id, paymentId, state, target,
                signed.body(), signed.signature(), next.tampering(), false);
        if (now) {
            return dispatcher.sendNow(notification, next.duplicates());
        }
        dispatcher.enqueue(notification, next.duplicates());
        return null;
    }

    private Notification placeholder(Kind kind, String id, String paymentId, String state, String target) {
        return new Notification(numbers.incrementAndGet(), kind, id, paymentId, state, target, new byte[0], null,
                Tampering.NONE, false);
    }

    private Payment payment(String paymentId) {
        Payment payment = store.findPayment(paymentId);
        if (payment == null) {
            throw new IllegalArgumentException("the sandbox has no payment " + paymentId);
        }
        return payment;
    }

    private static String requireTarget(String target, String what) {
        if (target.isEmpty()) {
            throw new IllegalStateException(what + " has no notify_url");
        }
        return target;
    }
}
