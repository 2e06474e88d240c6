package io.github.camelumf.example.main;

import java.util.List;

import io.github.camelumf.model.NotificationType;
import io.github.camelumf.model.PaymentState;
import io.github.camelumf.model.RefundState;

/**
 * How a demo run ended: the last payment and refund seen, the notifications received, the summary lines printed,
 * and the failure if any.
 *
 * @param paymentId     the payment id, or {@code null} if no payment was created
 * @param paymentState  the last state UMF reported for the payment
 * @param refundId      the refund id, or {@code null} if no refund was created
 * @param refundState   the last state UMF reported for the refund
 * @param finished      whether the flow ran to its end
 * @param failure       what went wrong, or {@code null}
 * @param notifications the notifications the umf:notification route processed, in order of arrival
 * @param lines         the summary lines, in order
 */
public record DemoOutcome(String paymentId, PaymentState paymentState, String refundId, RefundState refundState,
                          boolean finished, String failure, List<ReceivedNotification> notifications,
                          List<String> lines) {

    /** Whether the payment succeeded, its partial refund was completed and UMF notified both. */
    public boolean succeeded() {
        return finished && failure == null && paymentState == PaymentState.TRADE_SUCCESS
               && refundState == RefundState.REFUND_SUCCESS
               && notifications.stream().anyMatch(n -> n.isAbout(NotificationType.PAYMENT, paymentId))
               && notifications.stream().anyMatch(n -> n.isAbout(NotificationType.REFUND, refundId));
    }

    /** The process exit status: 0 when the flow succeeded, 1 otherwise. */
    public int exitCode() {
        return succeeded() ? 0 : 1;
    }
}
