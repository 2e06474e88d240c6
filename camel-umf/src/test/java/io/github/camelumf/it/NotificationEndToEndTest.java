package io.github.camelumf.it;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import io.github.camelumf.UmfComponent;
import io.github.camelumf.UmfConstants;
import io.github.camelumf.model.PaymentNotification;
import io.github.camelumf.model.RefundNotification;
import io.github.camelumf.model.UmfNotification;
import io.github.camelumf.sandbox.NotificationDelivery;
import io.github.camelumf.sandbox.UmfSandboxExtension;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.test.AvailablePortFinder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole loop: payments and refunds made through the producer, the sandbox notifying by itself like UMF (signed,
 * retried until acknowledged), and umf:notification routing each verified notification once.
 */
class NotificationEndToEndTest {

    @RegisterExtension
    static final UmfSandboxExtension SANDBOX = UmfSandboxExtension.create(b -> b
            .notificationInitialBackoff(Duration.ofMillis(50)).notificationAttempts(5));

    private static final Duration WAIT = Duration.ofSeconds(10);

    private CamelContext context;
    private ProducerTemplate template;
    private String notifyUrl;
    private final List<UmfNotification> routed = new CopyOnWriteArrayList<>();
    private final AtomicInteger failuresToCause = new AtomicInteger();

    @BeforeEach
    void start() throws Exception {
        int port = AvailablePortFinder.getNextAvailable();
        notifyUrl = "http://127.0.0.1:" + port + "/umf/notify";
        context = new DefaultCamelContext();
        UmfComponent component = new UmfComponent();
        SandboxTestSupport.configureFor(SANDBOX, component.getConfiguration());
        context.addComponent("umf", component);
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("umf:notification?bindHost=127.0.0.1&path=/umf/notify&port=" + port)
                        .process(exchange -> {
                            if (failuresToCause.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
                                throw new IllegalStateException("the ledger is unavailable");
                            }
                            routed.add(exchange.getMessage().getBody(UmfNotification.class));
                        });
            }
        });
        context.start();
        template = context.createProducerTemplate();
    }

    @AfterEach
    void stop() {
        context.stop();
    }

    @Test
    void paidCardPaymentIsNotifiedVerifiedRoutedAndAcknowledged() {
        String paymentId = payByCard();

        NotificationDelivery delivery = SANDBOX.notifications().awaitAcknowledged(paymentId, WAIT);

        assertThat(delivery.attempt()).isEqualTo(1);
        assertThat(routed).singleElement().isInstanceOfSatisfying(PaymentNotification.class, n -> {
            assertThat(n.getPayment().getId()).isEqualTo(paymentId);
            assertThat(n.state()).isEqualTo("TRADE_SUCCESS");
        });
    }

    @Test
    void completedAsynchronousRefundIsNotifiedWithItsPayment() {
        String paymentId = payByCard();
        SANDBOX.notifications().awaitAcknowledged(paymentId, WAIT);
        Exchange accepted = call("umf:refund/async", TestOrders.refund(reference(paymentId), TestOrders.newReference(),
                "40.00", "CNY").replace("http://127.0.0.1:9/umf/refund-notify", notifyUrl), paymentId);
        String refundId = accepted.getMessage().getHeader(UmfConstants.REFUND_ID, String.class);

        SANDBOX.completeRefund(refundId);
        SANDBOX.notifications().awaitAcknowledged(refundId, WAIT);

        assertThat(routed).hasSize(2);
        assertThat(routed.get(1)).isInstanceOfSatisfying(RefundNotification.class, n -> {
            assertThat(n.id()).isEqualTo(refundId);
            assertThat(n.paymentId()).isEqualTo(paymentId);
            assertThat(n.state()).isEqualTo("REFUND_SUCCESS");
        });
    }

    @Test
    void duplicateDeliveryIsRoutedOnceAndAcknowledgedTwice() {
        SANDBOX.notifications().duplicateNext(1);
        String paymentId = payByCard();

        List<NotificationDelivery> deliveries = SANDBOX.notifications().awaitDeliveries(2, WAIT);

        assertThat(deliveries).filteredOn(d -> d.id().equals(paymentId)).hasSize(2)
                .allSatisfy(d -> assertThat(d.acknowledged()).isTrue());
        assertThat(routed).hasSize(1);
    }

    @Test
    void routeThatFailsOnceIsRedeliveredByUmfAndProcessedExactlyOnce() {
        failuresToCause.set(1);
        String paymentId = payByCard();

        NotificationDelivery acknowledged = SANDBOX.notifications().awaitAcknowledged(paymentId, WAIT);

        assertThat(acknowledged.attempt()).isEqualTo(2);
        assertThat(SANDBOX.notifications().deliveries(paymentId).get(0).status()).isEqualTo(500);
        assertThat(routed).hasSize(1);
    }

    @Test
    void forgedUnsignedAndBadlyEncodedNotificationsAreNeverRouted() {
        SANDBOX.notifications().forgeNext();
        String forged = payByCard();
        assertThat(SANDBOX.notifications().awaitFinal(forged, WAIT).status()).isEqualTo(401);

        SANDBOX.notifications().unsignedNext();
        String unsigned = payByCard();
        assertThat(SANDBOX.notifications().awaitFinal(unsigned, WAIT).status()).isEqualTo(401);

        SANDBOX.notifications().badSignatureEncodingNext();
        String badlyEncoded = payByCard();
        assertThat(SANDBOX.notifications().awaitFinal(badlyEncoded, WAIT).status()).isEqualTo(400);

        assertThat(routed).isEmpty();
    }

    @Test
    void refundNotifiedBeforeItsPaymentIsRoutedFirstAndThePaymentAfter() {
        SANDBOX.notifications().holdPaymentNotifications();
        String paymentId = payByCard();
        Exchange accepted = call("umf:refund/async", TestOrders.refund(reference(paymentId), TestOrders.newReference(),
                "10.00", "CNY").replace("http://127.0.0.1:9/umf/refund-notify", notifyUrl), paymentId);
        String refundId = accepted.getMessage().getHeader(UmfConstants.REFUND_ID, String.class);
        SANDBOX.completeRefund(refundId);
        SANDBOX.notifications().awaitAcknowledged(refundId, WAIT);

        SANDBOX.notifications().releaseHeld();
        SANDBOX.notifications().awaitAcknowledged(paymentId, WAIT);

        assertThat(routed).extracting(n -> n.type().name()).containsExactly("REFUND", "PAYMENT");
        assertThat(routed).extracting(UmfNotification::paymentId).containsOnly(paymentId);
    }

    private String payByCard() {
        String body = TestOrders.payment("CREDIT_CARD", TestOrders.newReference(), "100.00")
                .replace("http://127.0.0.1:9/umf/notify", notifyUrl);
        Exchange created = call("umf:payment/create", body, null);
        String id = created.getMessage().getHeader(UmfConstants.PAYMENT_ID, String.class);
        call("umf:payment/verify", TestOrders.cardPayer("CREDIT_CARD", null), id);
        call("umf:payment/execute", TestOrders.cardPayer("CREDIT_CARD", SANDBOX.smsCode(id)), id);
        return id;
    }

    private static String reference(String paymentId) {
        return SANDBOX.sandbox().payment(paymentId).path("order").path("mer_reference_id").asText();
    }

    private Exchange call(String uri, Object body, String paymentId) {
        Exchange exchange = template.send(uri, e -> {
            e.getMessage().setBody(body);
            if (paymentId != null) {
                e.getMessage().setHeader(UmfConstants.PAYMENT_ID, paymentId);
            }
        });
        if (exchange.getException() != null) {
            throw new AssertionError(uri + " failed", exchange.getException());
        }
        return exchange;
    }
}
