package io.github.camelumf.example.settlement;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.UUID;

import io.github.camelumf.sandbox.SandboxClock;
import io.github.camelumf.sandbox.UmfSandbox;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.main.BaseMainSupport;
import org.apache.camel.main.MainListenerSupport;
import org.apache.camel.spi.PropertiesComponent;

/**
 * In demo mode ({@code demo.sandbox.embedded=true}): starts a UMF sandbox before Camel configures the component and
 * points the component at it; once Camel started, pays three orders by WeChat QR code and refunds part of one, moves
 * the sandbox's clock two days on (their settle date, the day after, is then past), gives the consumer a clock on the
 * same day, and starts the polling route. Binds the {@link SettlementSummary}; stops the sandbox after Camel.
 */
final class DemoSandbox extends MainListenerSupport implements AutoCloseable {

    private static final DateTimeFormatter YYYYMMDD = DateTimeFormatter.ofPattern("yyyyMMdd");

    private final PrintStream out;
    private final Runnable done;
    private UmfSandbox sandbox;
    private SettlementSummary summary;

    DemoSandbox(PrintStream out, Runnable done) {
        this.out = out;
        this.done = done;
    }

    SettlementSummary summary() {
        return summary;
    }

    boolean embedded() {
        return sandbox != null;
    }

    @Override
    public void beforeConfigure(BaseMainSupport main) {
        CamelContext camel = main.getCamelContext();
        PropertiesComponent properties = camel.getPropertiesComponent();
        boolean embedded = Boolean.parseBoolean(properties.resolveProperty("demo.sandbox.embedded").orElse("true").trim());
        int expected = embedded ? Integer.parseInt(properties.resolveProperty("demo.expected-dates").orElse("2").trim()) : 0;
        Path output = Path.of(properties.resolveProperty("demo.output").orElse("target/settlement-polling/out"));
        summary = new SettlementSummary(out, output.resolve("summary.csv"), expected, done);
        camel.getRegistry().bind("settlementSummary", summary);
        if (!embedded) {
            return;
        }
        sandbox = UmfSandbox.builder().build().start();
        LocalDate paymentDay = LocalDate.now(sandbox.clock());
        Map<String, String> supplied = Map.of(
                "camel.component.umf.environment", "SANDBOX",
                "camel.component.umf.baseUrl", sandbox.baseUrl(),
                "camel.component.umf.clientId", sandbox.clientId(),
                "camel.component.umf.clientSecret", sandbox.clientSecret(),
                "camel.component.umf.privateKey", sandbox.keys().merchantPrivateKeyPkcs1Pem(),
                "camel.component.umf.umfPublicKey", sandbox.keys().umfCertificatePem(),
                "camel.component.umf.clock", "#demoClock",
                "demo.start-date", paymentDay.format(YYYYMMDD));
        supplied.forEach(properties::addOverrideProperty);
        // the consumer's "now": 00:30 China time two days after the payments, before the cut-off hour (12), so the
        // last date it fetches is the payments' settle date (the day after them)
        camel.getRegistry().bind("demoClock", Clock.fixed(paymentDay.plusDays(2).atTime(0, 30)
                .toInstant(SandboxClock.CHINA), SandboxClock.CHINA));
    }

    @Override
    public void afterStart(BaseMainSupport main) {
        if (sandbox == null) {
            return;
        }
        CamelContext camel = main.getCamelContext();
        try (ProducerTemplate template = camel.createProducerTemplate()) {
            String refunded = null;
            String refundedId = null;
            for (String total : new String[] {"100.00", "250.00", "80.00"}) {
                String reference = UUID.randomUUID().toString().replace("-", "").substring(0, 20);
                Exchange created = template.request("umf:payment/create",
                        e -> e.getMessage().setBody(DemoOrders.payment(reference, total)));
                if (created.getException() != null) {
                    throw new IllegalStateException("payment/create failed", created.getException());
                }
                String paymentId = created.getMessage().getHeader("CamelUmfPaymentId", String.class);
                sandbox.completePayment(paymentId); // the buyer scans and pays
                if (refunded == null) {
                    refunded = reference;
                    refundedId = paymentId;
                }
            }
            String paymentReference = refunded;
            String paymentId = refundedId;
            Exchange refund = template.request("umf:refund/create", e -> {
                e.getMessage().setHeader("CamelUmfPaymentId", paymentId);
                e.getMessage().setBody(DemoOrders.refund(paymentReference, "30.00"));
            });
            if (refund.getException() != null) {
                throw new IllegalStateException("refund/create failed", refund.getException());
            }
            // a synchronous refund answers REFUND_PROCESS (as UMF does); it settles once UMF completed it
            sandbox.completeRefund(refund.getMessage().getBody(io.github.camelumf.model.Refund.class).getId());
            sandbox.advanceClock(Duration.ofDays(2));
            camel.getRouteController().startRoute(SettlementRoutes.ROUTE_ID);
        } catch (Exception e) {
            throw new IllegalStateException("Seeding the embedded sandbox failed", e);
        }
    }

    @Override
    public void afterStop(BaseMainSupport main) {
        close();
    }

    @Override
    public void close() {
        UmfSandbox running = sandbox;
        sandbox = null;
        if (running != null) {
            running.stop();
        }
    }
}
