package io.github.camelumf.notification;

import java.util.List;
import java.util.Map;

import io.github.camelumf.model.NotificationType;

/**
 * The order of payment and refund states: a payment waits for the buyer, then ends (success, failure, close,
 * cancel); a refund is processed (or waits to be retried), then ends. A notification of an earlier state after a
 * later one was processed is stale: it is acknowledged and not routed.
 */
final class StateOrder {

    private static final Map<String, Integer> PAYMENT = Map.of("WAIT_BUYER_PAY", 0, "TRADE_SUCCESS", 1,
            "TRADE_FAIL", 1, "TRADE_CLOSED", 1, "TRADE_CANCEL", 1);
    private static final Map<String, Integer> REFUND = Map.of("REFUND_PROCESS", 0, "REFUND_RETRY", 0,
            "REFUND_SUCCESS", 1, "REFUND_FAIL", 1, "REFUND_CLOSE", 1);

    private StateOrder() {
    }

    /** The states that come after {@code state} for this kind of notification (empty when unknown or final). */
    static List<String> laterThan(NotificationType type, String state) {
        Map<String, Integer> order = type == NotificationType.PAYMENT ? PAYMENT
                : type == NotificationType.REFUND ? REFUND : Map.of();
        Integer rank = state == null ? null : order.get(state);
        if (rank == null) {
            return List.of();
        }
        return order.entrySet().stream().filter(e -> e.getValue() > rank).map(Map.Entry::getKey).sorted().toList();
    }
}
