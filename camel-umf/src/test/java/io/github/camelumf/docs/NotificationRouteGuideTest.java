package io.github.camelumf.docs;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import io.github.camelumf.UmfComponent;
import io.github.camelumf.UmfConstants;
import io.github.camelumf.model.BusinessType;
import io.github.camelumf.model.InterfaceType;
import io.github.camelumf.model.Payment;
import io.github.camelumf.model.PaymentMethod;
import io.github.camelumf.model.PaymentNotification;
import io.github.camelumf.sandbox.UmfSandbox;
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

/** The notification route of docs/user-guide.md and the library use of docs/sandbox.md. */
class NotificationRouteGuideTest {

    @RegisterExtension
    static final UmfSandboxExtension SANDBOX = UmfSandboxExtension.create(b -> b
            .notificationInitialBackoff(Duration.ofMillis(50)));

    private final List<Object> paymentsSettled = new CopyOnWriteArrayList<>();
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
                // tag::notification-route[]
                from("umf:notification?path=/umf/notifications&port={{notify.port}}")
                    .choice()
                        .when(header(UmfConstants.NOTIFICATION_TYPE).isEqualTo("PAYMENT"))
                            .to("direct:paymentSettled")          // body: PaymentNotification
                        .when(header(UmfConstants.NOTIFICATION_TYPE).isEqualTo("REFUND"))
                            .to("direct:refundSettled")           // body: RefundNotification
                        .otherwise()
                            .to("direct:customs");                // body: CustomsNotification
                // end::notification-route[]
                from("direct:paymentSettled").process(e -> paymentsSettled.add(e.getMessage().getBody()));
                from("direct:refundSettled").log("refund");
                from("direct:customs").log("customs");
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
    void paidQrCodePaymentIsRoutedToPaymentSettled() {
        Payment created = template.requestBody("umf:payment/create", DocsOrders.payment(PaymentMethod.WECHAT_SCAN,
                InterfaceType.SERVER_TO_SERVER, BusinessType.B2C, DocsOrders.newReference(), notifyUrl), Payment.class);

        SANDBOX.completePayment(created.getId());
        SANDBOX.notifications().awaitAcknowledged(created.getId(), Duration.ofSeconds(20));

        assertThat(paymentsSettled).singleElement().isInstanceOfSatisfying(PaymentNotification.class,
                n -> assertThat(n.getPayment().getId()).isEqualTo(created.getId()));
    }

    @Test
    void sandboxAsALibrary() {
        // tag::sandbox-library[]
        try (UmfSandbox sandbox = UmfSandbox.builder().port(0).build().start()) {
            String baseUrl = sandbox.baseUrl();                        // http://127.0.0.1:<port>/cberest/v1
            String clientId = sandbox.clientId();
            String clientSecret = sandbox.clientSecret();
            String merchantKey = sandbox.keys().merchantPrivateKeyPkcs8Pem();
            String umfCertificate = sandbox.keys().umfCertificatePem();
            runTheApplicationAgainst(baseUrl, clientId, clientSecret, merchantKey, umfCertificate);
        }
        // end::sandbox-library[]
    }

    private static void runTheApplicationAgainst(String baseUrl, String... credentialsAndKeys) {
        assertThat(baseUrl).endsWith("/cberest/v1");
        assertThat(credentialsAndKeys).allSatisfy(s -> assertThat(s).isNotBlank());
    }
}
