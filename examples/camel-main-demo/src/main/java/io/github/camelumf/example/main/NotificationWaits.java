package io.github.camelumf.example.main;

import java.time.Duration;

import io.github.camelumf.model.NotificationType;

/**
 * The flow's bounded waits for UMF's notifications ({@code notificationWaits} in the routes): UMF reports the
 * payment's and the refund's results by posting them to {@code demo.notify-url}, where the {@code umf:notification}
 * route records them in the {@link DemoJournal}. A wait ends as soon as the notification is there; it fails with a
 * message saying what did not arrive, or which other state UMF reported.
 */
public final class NotificationWaits {

    private final DemoJournal journal;
    private final Duration timeout;
    private final String notifyUrl;

    /**
     * @param journal   where the notification route records what it received
     * @param timeout   how long each wait lasts at most
     * @param notifyUrl the URL UMF posts to (for the failure message)
     */
    public NotificationWaits(DemoJournal journal, Duration timeout, String notifyUrl) {
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("demo.notify.timeout must be a positive number of milliseconds");
        }
        this.journal = journal;
        this.timeout = timeout;
        this.notifyUrl = notifyUrl;
    }

    /**
     * Waits for UMF's notification about a payment or refund and checks the state it reports.
     *
     * @param type          PAYMENT or REFUND
     * @param id            the payment or refund id
     * @param expectedState the state the flow needs, for example TRADE_SUCCESS
     * @throws IllegalStateException when no notification arrived within the timeout, or it reports another state
     */
    public void await(NotificationType type, String id, String expectedState) throws InterruptedException {
        ReceivedNotification received = journal.awaitNotification(type, id, timeout)
                .orElseThrow(() -> new IllegalStateException(String.format(
                        "No %s notification for %s arrived within %d ms (demo.notify.timeout): UMF must be able to"
                        + " reach demo.notify-url %s", type, id, timeout.toMillis(), notifyUrl)));
        if (!expectedState.equals(received.state())) {
            throw new IllegalStateException(String.format("UMF notified %s %s as %s instead of %s", type, id,
                    received.state(), expectedState));
        }
    }

    @Override
    public String toString() {
        return "NotificationWaits[" + timeout.toMillis() + " ms, " + notifyUrl + "]";
    }
}
