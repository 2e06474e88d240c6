package io.github.camelumf.example.main;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

import io.github.camelumf.model.Amount;
import io.github.camelumf.model.Payment;
import io.github.camelumf.model.PaymentState;
import io.github.camelumf.model.Refund;
import io.github.camelumf.model.RefundState;
import org.apache.camel.Exchange;
import org.apache.camel.ExchangeProperty;

/**
 * Prints one readable line per step of the demo (operation, id, state, amount: never card data) and remembers the
 * last payment and refund states, so that the run can end with the right exit status.
 */
public final class DemoJournal {

    private final PrintStream out;
    private final List<String> lines = new ArrayList<>();
    private String paymentId;
    private PaymentState paymentState;
    private String refundId;
    private RefundState refundState;
    private boolean finished;
    private String failure;

    public DemoJournal(PrintStream out) {
        this.out = out;
    }

    /** Records and prints the payment an operation returned. */
    public synchronized void payment(String operation, Payment payment) {
        paymentId = payment.getId();
        paymentState = payment.getState();
        Amount amount = payment.getOrder() == null ? null : payment.getOrder().getAmount();
        print(operation, payment.getId(), payment.getStateValue(), amount);
    }

    /** Records and prints the refund an operation returned. */
    public synchronized void refund(String operation, Refund refund) {
        refundId = refund.getId();
        refundState = refund.getState();
        Amount amount = refund.getRefundInfo() == null ? null : refund.getRefundInfo().getAmount();
        print(operation, refund.getId(), refund.getStateValue(), amount);
    }

    /**
     * Marks the flow as finished; fails if the payment or the refund did not reach its final successful state (the
     * refund may still be in process when the polling gave up).
     */
    public synchronized void finished() {
        if (paymentState != PaymentState.TRADE_SUCCESS || refundState != RefundState.REFUND_SUCCESS) {
            throw new IllegalStateException("The flow ended with payment " + paymentState + " and refund "
                                            + refundState + " instead of TRADE_SUCCESS and REFUND_SUCCESS");
        }
        finished = true;
        line(String.format("done: payment %s %s, refund %s %s", paymentId, paymentState, refundId, refundState));
    }

    /** Records and prints the exception that ended the flow (UMF's exceptions never carry card data). */
    public synchronized void failed(@ExchangeProperty(Exchange.EXCEPTION_CAUGHT) Exception exception) {
        failure = exception == null ? "unknown failure" : exception.getClass().getSimpleName() + ": " + exception.getMessage();
        line("FAILED: " + failure);
    }

    /** How the run ended so far. */
    public synchronized DemoOutcome outcome() {
        return new DemoOutcome(paymentId, paymentState, refundId, refundState, finished, failure, List.copyOf(lines));
    }

    private void print(String operation, String id, String state, Amount amount) {
        String money = amount == null || amount.getTotal() == null ? ""
                : amount.getTotal().toPlainString() + " " + amount.getCurrency();
        line(String.format("%-16s %-30s %-15s %s", operation, id, state, money).stripTrailing());
    }

    private void line(String text) {
        String line = "[umf-demo] " + text;
        lines.add(line);
        out.println(line);
        out.flush();
    }
}
