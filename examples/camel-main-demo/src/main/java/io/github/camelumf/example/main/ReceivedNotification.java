package io.github.camelumf.example.main;

import io.github.camelumf.model.NotificationType;
import io.github.camelumf.model.UmfNotification;

/**
 * One notification the demo's {@code umf:notification} route received: what it is about and the state it reports,
 * never the payer or card data it may carry.
 *
 * @param type      PAYMENT, REFUND, CUSTOMS or CIQ
 * @param id        the id of the payment, refund or declaration
 * @param state     the state UMF reported, for example TRADE_SUCCESS or REFUND_SUCCESS
 * @param paymentId the payment it belongs to (the payment's own id for a payment notification)
 */
public record ReceivedNotification(NotificationType type, String id, String state, String paymentId) {

    /** The summary of a verified notification. */
    public static ReceivedNotification of(UmfNotification notification) {
        return new ReceivedNotification(notification.type(), notification.id(), notification.state(),
                notification.paymentId());
    }

    /** Whether this notification is about the given payment, refund or declaration. */
    public boolean isAbout(NotificationType expectedType, String expectedId) {
        return type == expectedType && id != null && id.equals(expectedId);
    }
}
