package io.github.camelumf.example.main;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import io.github.camelumf.model.NotificationType;
import io.github.camelumf.model.PaymentState;
import io.github.camelumf.model.RefundState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs the demo's Camel Main application in-process, against the embedded sandbox, the way
 * {@code mvn -Pdemo verify} runs it: the sandbox posts its notifications to the demo's umf:notification route.
 */
@Timeout(value = 2, unit = TimeUnit.MINUTES)
class CamelMainDemoTest {

    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(printed, true, StandardCharsets.UTF_8);

    @Test
    void demoPaysRefundsPartOfItReceivesBothNotificationsOnceAndEndsWithStatusZero() {
        DemoOutcome outcome = CamelMainDemo.run(Map.of(), out);

        assertThat(outcome.failure()).isNull();
        assertThat(outcome.finished()).isTrue();
        assertThat(outcome.paymentState()).isEqualTo(PaymentState.TRADE_SUCCESS);
        assertThat(outcome.refundState()).isEqualTo(RefundState.REFUND_SUCCESS);
        assertThat(outcome.exitCode()).isZero();
        String paymentId = outcome.paymentId();
        String refundId = outcome.refundId();
        assertThat(paymentId).startsWith("PAY_");
        assertThat(refundId).startsWith("REFUND_");
        assertThat(outcome.notifications()).as("each notification routed once").containsExactly(
                new ReceivedNotification(NotificationType.PAYMENT, paymentId, "TRADE_SUCCESS", paymentId),
                new ReceivedNotification(NotificationType.REFUND, refundId, "REFUND_SUCCESS", paymentId));

        List<String> lines = outcome.lines();
        assertThat(lines.stream().filter(line -> !line.contains("notified"))).satisfiesExactly(
                line -> assertThat(line).contains("payment/create", paymentId, "WAIT_BUYER_PAY", "100.00 CNY"),
                // only what UMF's answers promise: 3.6 has no state, 3.7 no order, 3.11 no state, 3.12 {id, state}
                line -> assertThat(line).contains("payment/verify", paymentId),
                line -> assertThat(line).contains("payment/execute", paymentId, "TRADE_SUCCESS"),
                line -> assertThat(line).contains("payment/get", paymentId, "TRADE_SUCCESS", "100.00 CNY"),
                line -> assertThat(line).contains("refund/async", refundId, "30.00 CNY"),
                line -> assertThat(line).contains("refund/get", refundId, "REFUND_SUCCESS"),
                line -> assertThat(line).contains("done", paymentId, "TRADE_SUCCESS", refundId, "REFUND_SUCCESS"));
        int paymentNotified = indexOf(lines, "notified PAYMENT " + paymentId + " TRADE_SUCCESS");
        int refundNotified = indexOf(lines, "notified REFUND  " + refundId + " REFUND_SUCCESS  payment " + paymentId);
        assertThat(paymentNotified).as("payment notification line").isBetween(
                indexOf(lines, "payment/create"), indexOf(lines, "payment/get"));
        assertThat(refundNotified).as("refund notification line").isBetween(
                indexOf(lines, "payment/get"), indexOf(lines, "refund/get"));
        assertThat(printed.toString(StandardCharsets.UTF_8).lines()).containsExactlyElementsOf(lines);
    }

    @Test
    void embeddedSandboxIsStoppedWhenTheDemoEnds() {
        CamelMainDemo.run(Map.of(), out);

        assertThat(Thread.getAllStackTraces().keySet())
                .as("the sandbox's HTTP server thread")
                .noneMatch(thread -> thread.isAlive() && thread.getName().equals("HTTP-Dispatcher"));
    }

    @Test
    void notificationsArriveOnTheConfiguredPortWhichIsReleasedWhenTheDemoEnds() throws IOException {
        int port = NotificationPort.freePort();

        DemoOutcome outcome = CamelMainDemo.run(Map.of("demo.notify.port", Integer.toString(port)), out);

        assertThat(outcome.exitCode()).isZero();
        assertThat(outcome.notifications()).hasSize(2);
        try (ServerSocket again = new ServerSocket()) {
            again.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
            assertThat(again.getLocalPort()).isEqualTo(port);
        }
    }

    @Test
    void summaryLinesCarryNoCardData() {
        DemoOutcome outcome = CamelMainDemo.run(Map.of(), out);

        assertThat(outcome.notifications()).isNotEmpty();
        assertThat(printed.toString(StandardCharsets.UTF_8)).isNotBlank()
                .doesNotContain("6222021234567890123", "2812", "987", "王小明", "110101199003071234", "13552105741");
    }

    @Test
    void notificationThatNeverArrivesFailsTheDemoAfterTheTimeoutWithStatusOne() {
        // the sandbox delivers to loopback URLs only: this notify_url is never reached
        DemoOutcome outcome = CamelMainDemo.run(Map.of("demo.notify-url", "https://merchant.example/umf/notifications",
                "demo.notify.timeout", "300"), out);

        assertThat(outcome.paymentState()).isEqualTo(PaymentState.TRADE_SUCCESS);
        assertThat(outcome.notifications()).isEmpty();
        assertThat(outcome.refundId()).isNull();
        assertThat(outcome.finished()).isFalse();
        assertThat(outcome.failure()).contains("No PAYMENT notification for " + outcome.paymentId(),
                "within 300 ms", "demo.notify-url https://merchant.example/umf/notifications");
        assertThat(outcome.exitCode()).isEqualTo(1);
        assertThat(outcome.lines()).last().asString().startsWith("[umf-demo] FAILED:");
    }

    @Test
    void refundLargerThanThePaymentIsRefusedAndTheDemoEndsWithStatusOne() {
        DemoOutcome outcome = CamelMainDemo.run(Map.of("demo.refund.amount", "200.00"), out);

        assertThat(outcome.paymentState()).isEqualTo(PaymentState.TRADE_SUCCESS);
        assertThat(outcome.notifications()).singleElement()
                .isEqualTo(new ReceivedNotification(NotificationType.PAYMENT, outcome.paymentId(), "TRADE_SUCCESS",
                        outcome.paymentId()));
        assertThat(outcome.refundId()).isNull();
        assertThat(outcome.finished()).isFalse();
        assertThat(outcome.failure()).contains("UmfValidationException", "refund_info.amount.total");
        assertThat(outcome.exitCode()).isEqualTo(1);
        assertThat(outcome.lines()).last().asString().startsWith("[umf-demo] FAILED:");
    }

    @Test
    void credentialsUmfRefusesStopTheFlowBeforeAnyPaymentAndEndWithStatusOne() {
        DemoOutcome outcome = CamelMainDemo.run(Map.of("camel.component.umf.clientSecret", "not-the-secret"), out);

        assertThat(outcome.paymentId()).isNull();
        assertThat(outcome.refundId()).isNull();
        assertThat(outcome.notifications()).isEmpty();
        assertThat(outcome.failure()).contains("UmfAuthenticationException").doesNotContain("not-the-secret");
        assertThat(outcome.exitCode()).isEqualTo(1);
        assertThat(outcome.lines()).singleElement().asString().startsWith("[umf-demo] FAILED:");
    }

    private static int indexOf(List<String> lines, String text) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).replaceAll(" +", " ").contains(text.replaceAll(" +", " "))) {
                return i;
            }
        }
        throw new AssertionError("no line contains \"" + text + "\" in " + lines);
    }
}
