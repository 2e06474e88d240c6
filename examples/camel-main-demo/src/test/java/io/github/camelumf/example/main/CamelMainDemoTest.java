package io.github.camelumf.example.main;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import io.github.camelumf.model.PaymentState;
import io.github.camelumf.model.RefundState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs the demo's Camel Main application in-process, against the embedded sandbox, the way
 * {@code mvn -Pdemo verify} runs it.
 */
@Timeout(value = 2, unit = TimeUnit.MINUTES)
class CamelMainDemoTest {

    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(printed, true, StandardCharsets.UTF_8);

    @Test
    void demoPaysByCreditCardRefundsPartOfItAndEndsWithStatusZero() {
        DemoOutcome outcome = CamelMainDemo.run(Map.of(), out);

        assertThat(outcome.failure()).isNull();
        assertThat(outcome.finished()).isTrue();
        assertThat(outcome.paymentState()).isEqualTo(PaymentState.TRADE_SUCCESS);
        assertThat(outcome.refundState()).isEqualTo(RefundState.REFUND_SUCCESS);
        assertThat(outcome.exitCode()).isZero();
        assertThat(outcome.paymentId()).startsWith("PAY_");
        assertThat(outcome.refundId()).isNotBlank();

        List<String> lines = outcome.lines();
        String paymentId = outcome.paymentId();
        assertThat(lines.subList(0, 5)).satisfiesExactly(
                line -> assertThat(line).contains("payment/create", paymentId, "WAIT_BUYER_PAY", "100.00 CNY"),
                line -> assertThat(line).contains("payment/verify", paymentId, "WAIT_BUYER_PAY"),
                line -> assertThat(line).contains("payment/execute", paymentId, "TRADE_SUCCESS", "100.00 CNY"),
                line -> assertThat(line).contains("payment/get", paymentId, "TRADE_SUCCESS", "100.00 CNY"),
                line -> assertThat(line).contains("refund/async", outcome.refundId(), "REFUND_PROCESS", "30.00 CNY"));
        assertThat(lines.subList(5, lines.size() - 1)).isNotEmpty()
                .allSatisfy(line -> assertThat(line).contains("refund/get", outcome.refundId(), "30.00 CNY"))
                .last().asString().contains("REFUND_SUCCESS");
        assertThat(lines.get(lines.size() - 1)).contains("done", "TRADE_SUCCESS", "REFUND_SUCCESS");
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
    void summaryLinesCarryNoCardData() {
        CamelMainDemo.run(Map.of(), out);

        assertThat(printed.toString(StandardCharsets.UTF_8)).isNotBlank()
                .doesNotContain("6222021234567890123", "2812", "987", "王小明", "110101199003071234", "13552105741");
    }

    @Test
    void refundLargerThanThePaymentIsRefusedAndTheDemoEndsWithStatusOne() {
        DemoOutcome outcome = CamelMainDemo.run(Map.of("demo.refund.amount", "200.00"), out);

        assertThat(outcome.paymentState()).isEqualTo(PaymentState.TRADE_SUCCESS);
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
        assertThat(outcome.failure()).contains("UmfAuthenticationException").doesNotContain("not-the-secret");
        assertThat(outcome.exitCode()).isEqualTo(1);
        assertThat(outcome.lines()).singleElement().asString().startsWith("[umf-demo] FAILED:");
    }
}
