package io.github.camelumf.docs;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import io.github.camelumf.UmfComponent;
import io.github.camelumf.UmfConstants;
import io.github.camelumf.model.BusinessType;
import io.github.camelumf.model.InterfaceType;
import io.github.camelumf.model.Payment;
import io.github.camelumf.model.PaymentExecuteRequest;
import io.github.camelumf.model.PaymentMethod;
import io.github.camelumf.model.PaymentState;
import io.github.camelumf.model.PaymentVerifyRequest;
import io.github.camelumf.model.Refund;
import io.github.camelumf.model.RefundState;
import io.github.camelumf.sandbox.UmfSandboxExtension;
import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.test.AvailablePortFinder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/** The routes of README.md, run against the sandbox: a card payment, a refund, and UMF's notifications of both. */
class ReadmeExampleTest {

    @RegisterExtension
    static final UmfSandboxExtension SANDBOX = UmfSandboxExtension.create(b -> b
            .notificationInitialBackoff(Duration.ofMillis(50)));

    private static final Duration WAIT = Duration.ofSeconds(20);

    private final List<String> settled = new CopyOnWriteArrayList<>();
    private CamelContext camel;
    private ProducerTemplate template;
    private String notifyUrl;

    @BeforeEach
    void startCamel() throws Exception {
        int port = AvailablePortFinder.getNextAvailable();
        notifyUrl = "http://127.0.0.1:" + port + "/umf/notifications";
        camel = new DefaultCamelContext();
        camel.getPropertiesComponent().addInitialProperty("notify.port", String.valueOf(port));
        UmfComponent umf = new UmfComponent();
        DocsOrders.configureFor(SANDBOX, umf.getConfiguration());
        camel.addComponent("umf", umf);
        camel.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                // tag::readme-routes[]
                from("direct:checkout")
                    .to("umf:payment/create")            // body: PaymentRequest, Map or JSON; out: Payment
                    .log("payment ${header.CamelUmfPaymentId} is ${header.CamelUmfState}");

                from("direct:sms")                        // the buyer's card details, in plain text: they leave encrypted
                    .to("umf:payment/verify");           // header CamelUmfPaymentId says which payment

                from("direct:pay")                        // the same card with the SMS verify_code the buyer typed
                    .to("umf:payment/execute");          // out: Payment in state TRADE_SUCCESS

                from("direct:refund")                     // body: RefundRequest; header CamelUmfPaymentId
                    .to("umf:refund/async");             // out: Refund (its id; no state yet): UMF notifies the result

                from("umf:notification?path=/umf/notifications&port={{notify.port}}")  // UMF's signed notifications
                    .log("${header.CamelUmfNotificationType} ${header.CamelUmfPaymentId} is ${header.CamelUmfState}")
                    .to("direct:settled");
                    // UMF is acknowledged only after this route succeeded; a redelivery is acknowledged but routed once
                // end::readme-routes[]
                from("direct:settled").process(e -> settled.add(
                        e.getMessage().getHeader(UmfConstants.NOTIFICATION_TYPE) + " "
                        + e.getMessage().getHeader(UmfConstants.STATE)));
            }
        });
        camel.start();
        template = camel.createProducerTemplate();
    }

    @AfterEach
    void stopCamel() {
        camel.stop();
    }

    @Test
    void cardPaymentRefundAndTheirNotificationsGoThroughTheReadmeRoutes() {
        String reference = DocsOrders.newReference();
        Payment created = template.requestBody("direct:checkout", DocsOrders.payment(PaymentMethod.CREDIT_CARD,
                InterfaceType.SERVER_TO_SERVER, BusinessType.B2C, reference, notifyUrl), Payment.class);
        template.requestBodyAndHeader("direct:sms", PaymentVerifyRequest.of(DocsOrders.card(null)),
                UmfConstants.PAYMENT_ID, created.getId());
        Payment paid = template.requestBodyAndHeader("direct:pay",
                PaymentExecuteRequest.of(DocsOrders.card(SANDBOX.smsCode(created.getId()))),
                UmfConstants.PAYMENT_ID, created.getId(), Payment.class);
        SANDBOX.notifications().awaitAcknowledged(created.getId(), WAIT);

        Refund refund = template.requestBodyAndHeader("direct:refund", DocsOrders.refund(reference, "30.00", notifyUrl),
                UmfConstants.PAYMENT_ID, created.getId(), Refund.class);
        SANDBOX.completeRefund(refund.getId());
        SANDBOX.notifications().awaitAcknowledged(refund.getId(), WAIT);

        assertThat(created.getState()).isEqualTo(PaymentState.WAIT_BUYER_PAY);
        assertThat(paid.getState()).isEqualTo(PaymentState.TRADE_SUCCESS);
        assertThat(refund.getId()).isNotBlank();
        assertThat(refund.getState()).as("3.11 answers no state").isNull();
        assertThat(settled).containsExactly("PAYMENT TRADE_SUCCESS", "REFUND REFUND_SUCCESS");
    }
}
