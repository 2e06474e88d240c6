package io.github.camelumf.notification;

import io.github.camelumf.model.UmfNotification;

/**
 * Asks UMF for the current state of the payment or refund a notification is about ({@code payment/get},
 * {@code refund/get}), so that a captured notification replayed later is not routed as news. Notifications carry no
 * timestamp or nonce: UMF's own answer is the only proof that the notified state is real and current.
 */
@FunctionalInterface
public interface StateConfirmation {

    /**
     * @return UMF's current state of the notified payment or refund
     * @throws RuntimeException when UMF cannot be asked or refuses to tell (the notification is then answered with a
     *                          retryable status)
     */
    String currentState(UmfNotification notification);
}
