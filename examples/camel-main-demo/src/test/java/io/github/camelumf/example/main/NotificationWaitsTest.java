package io.github.camelumf.example.main;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import io.github.camelumf.model.Link;
import io.github.camelumf.model.NotificationType;
import io.github.camelumf.model.Payment;
import io.github.camelumf.model.PaymentNotification;
import io.github.camelumf.model.Refund;
import io.github.camelumf.model.RefundNotification;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@Timeout(value = 30, unit = TimeUnit.SECONDS)
class NotificationWaitsTest {

    private static final String URL = "http://127.0.0.1:8080/umf/notifications";

    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();
    private final DemoJournal journal = new DemoJournal(new PrintStream(printed, true, StandardCharsets.UTF_8));

    @Test
    void waitEndsAsSoonAsTheNotificationArrivesFromAnotherThread() throws Exception {
        NotificationWaits waits = new NotificationWaits(journal, Duration.ofSeconds(20), URL);

        long started = System.nanoTime();
        CompletableFuture<Void> umf = CompletableFuture.runAsync(() -> {
            sleep(200);
            journal.notification(payment("PAY_1", "TRADE_SUCCESS"));
        });
        waits.await(NotificationType.PAYMENT, "PAY_1", "TRADE_SUCCESS");

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(10));
        umf.get(5, TimeUnit.SECONDS);
    }

    @Test
    void notificationReceivedBeforeTheWaitStartedIsFoundAtOnce() {
        journal.notification(refund("REFUND_1", "PAY_1", "REFUND_SUCCESS"));
        NotificationWaits waits = new NotificationWaits(journal, Duration.ofMillis(1), URL);

        assertThatCode(() -> waits.await(NotificationType.REFUND, "REFUND_1", "REFUND_SUCCESS"))
                .doesNotThrowAnyException();
    }

    @Test
    void noNotificationWithinTheTimeoutFailsNamingWhatWasAwaitedAndTheNotifyUrl() {
        journal.notification(payment("PAY_OTHER", "TRADE_SUCCESS"));
        journal.notification(refund("PAY_2", "PAY_2", "REFUND_SUCCESS")); // same id, another type
        NotificationWaits waits = new NotificationWaits(journal, Duration.ofMillis(150), URL);

        long started = System.nanoTime();
        assertThatThrownBy(() -> waits.await(NotificationType.PAYMENT, "PAY_2", "TRADE_SUCCESS"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("No PAYMENT notification for PAY_2 arrived within 150 ms (demo.notify.timeout): UMF must"
                            + " be able to reach demo.notify-url " + URL);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofMillis(150));
    }

    @Test
    void notificationOfAnotherStateFailsTheWaitAtOnce() {
        journal.notification(payment("PAY_3", "TRADE_FAIL"));
        NotificationWaits waits = new NotificationWaits(journal, Duration.ofSeconds(20), URL);

        assertThatThrownBy(() -> waits.await(NotificationType.PAYMENT, "PAY_3", "TRADE_SUCCESS"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("UMF notified PAYMENT PAY_3 as TRADE_FAIL instead of TRADE_SUCCESS");
    }

    @Test
    void eachNotificationIsPrintedWithTypeIdStateAndPaymentAndRecorded() {
        journal.notification(payment("PAY_4", "TRADE_SUCCESS"));
        journal.notification(refund("REFUND_4", "PAY_4", "REFUND_SUCCESS"));

        assertThat(printed.toString(StandardCharsets.UTF_8).lines()).satisfiesExactly(
                line -> assertThat(line).matches("\\[umf-demo] notified PAYMENT +PAY_4 +TRADE_SUCCESS"),
                line -> assertThat(line).matches("\\[umf-demo] notified REFUND +REFUND_4 +REFUND_SUCCESS +payment PAY_4"));
        assertThat(journal.outcome().notifications()).containsExactly(
                new ReceivedNotification(NotificationType.PAYMENT, "PAY_4", "TRADE_SUCCESS", "PAY_4"),
                new ReceivedNotification(NotificationType.REFUND, "REFUND_4", "REFUND_SUCCESS", "PAY_4"));
    }

    @Test
    void timeoutMustBePositive() {
        assertThatThrownBy(() -> new NotificationWaits(journal, Duration.ZERO, URL))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("demo.notify.timeout");
    }

    private static PaymentNotification payment(String id, String state) {
        PaymentNotification notification = new PaymentNotification();
        notification.setPayment(new Payment().withId(id).withStateValue(state));
        return notification;
    }

    private static RefundNotification refund(String id, String paymentId, String state) {
        RefundNotification notification = new RefundNotification();
        notification.setRefund(new Refund().withId(id).withStateValue(state));
        notification.setLinks(List.of(new Link().withRef("parent_payment")
                .withHref("https://umf.example/cberest/v1/payments/payment/" + paymentId)));
        return notification;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
