package io.github.camelumf.example.main;

import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import io.github.camelumf.model.Amount;
import io.github.camelumf.model.NotificationType;
import io.github.camelumf.model.Payment;
import io.github.camelumf.model.PaymentState;
import io.github.camelumf.model.Refund;
import io.github.camelumf.model.RefundState;
import io.github.camelumf.model.UmfNotification;
import org.apache.camel.Exchange;
import org.apache.camel.ExchangeProperty;

/**
 * Prints one readable line per step of the demo and per notification received (operation or notification type, id,
 * state, amount or payment: never card data), remembers the last payment and refund states and the notifications,
 * so that the run can end with the right exit status. Thread-safe: notifications arrive on the HTTP server's threads
 * while the flow waits for them. When the flow finished or failed it runs the end action (stopping Camel Main).
 */
public final class DemoJournal {

    private final PrintStream out;
    private final List<String> lines = new ArrayList<>();
    private final List<ReceivedNotification> notifications = new ArrayList<>();
    private Runnable onEnd = () -> { };
    private String paymentId;
    private PaymentState paymentState;
    private String refundId;
    private RefundState refundState;
    private boolean finished;
    private String failure;

    public DemoJournal(PrintStream out) {
        this.out = out;
    }

    /** What to do once the flow finished or failed, for example stop Camel Main. */
    public synchronized void onEnd(Runnable action) {
        this.onEnd = action;
    }

    /** Records and prints the payment an operation returned. */
    public synchronized void payment(String operation, Payment payment) {
        paymentId = payment.getId();
        paymentState = payment.getState();
        Amount amount = payment.getOrder() == null ? null : payment.getOrder().getAmount();
        print(operation, payment.getId(), payment.getStateValue(), money(amount));
    }

    /** Records and prints the refund an operation returned. */
    public synchronized void refund(String operation, Refund refund) {
        refundId = refund.getId();
        refundState = refund.getState();
        Amount amount = refund.getRefundInfo() == null ? null : refund.getRefundInfo().getAmount();
        print(operation, refund.getId(), refund.getStateValue(), money(amount));
    }

    /**
     * Records and prints a verified notification from UMF (the body of {@code umf:notification}) and wakes up
     * whoever waits for it.
     */
    public synchronized void notification(UmfNotification notification) {
        ReceivedNotification received = ReceivedNotification.of(notification);
        notifications.add(received);
        String about = received.paymentId() == null || received.paymentId().equals(received.id()) ? ""
                : "payment " + received.paymentId();
        print("notified " + received.type(), received.id(), received.state(), about);
        notifyAll();
    }

    /**
     * Waits until a notification about this payment, refund or declaration was received, at most {@code timeout}.
     *
     * @return the first such notification, or empty when none arrived in time
     */
    public synchronized Optional<ReceivedNotification> awaitNotification(NotificationType type, String id,
                                                                         Duration timeout)
            throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            for (ReceivedNotification received : notifications) {
                if (received.isAbout(type, id)) {
                    return Optional.of(received);
                }
            }
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return Optional.empty();
            }
            Duration wait = Duration.ofNanos(left);
            wait(Math.max(1, wait.toMillis()));
        }
    }

    /**
     * Marks the flow as finished; fails if the payment or the refund did not reach its final successful state.
     */
    public synchronized void finished() {
        if (paymentState != PaymentState.TRADE_SUCCESS || refundState != RefundState.REFUND_SUCCESS) {
            throw new IllegalStateException("The flow ended with payment " + paymentState + " and refund "
                                            + refundState + " instead of TRADE_SUCCESS and REFUND_SUCCESS");
        }
        finished = true;
        line(String.format("done: payment %s %s, refund %s %s", paymentId, paymentState, refundId, refundState));
        onEnd.run();
    }

    /** Records and prints the exception that ended the flow (UMF's exceptions never carry card data). */
    public synchronized void failed(@ExchangeProperty(Exchange.EXCEPTION_CAUGHT) Exception exception) {
        failure = exception == null ? "unknown failure" : exception.getClass().getSimpleName() + ": " + exception.getMessage();
        line("FAILED: " + failure);
        onEnd.run();
    }

    /** How the run ended so far. */
    public synchronized DemoOutcome outcome() {
        return new DemoOutcome(paymentId, paymentState, refundId, refundState, finished, failure,
                List.copyOf(notifications), List.copyOf(lines));
    }

    private static String money(Amount amount) {
        return amount == null || amount.getTotal() == null ? ""
                : amount.getTotal().toPlainString() + " " + amount.getCurrency();
    }

    private void print(String what, String id, String state, String detail) {
        line(String.format("%-16s %-44s %-15s %s", what, id, state == null ? "-" : state, detail).stripTrailing());
    }

    private void line(String text) {
        String line = "[umf-demo] " + text;
        lines.add(line);
        out.println(line);
        out.flush();
    }
}
