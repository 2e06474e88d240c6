package io.github.camelumf.notification;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import io.github.camelumf.UmfComponent;
import io.github.camelumf.UmfConfiguration;
import io.github.camelumf.UmfEndpoint;
import io.github.camelumf.sandbox.UmfSandboxExtension;
import org.apache.camel.CamelContext;
import org.apache.camel.Consumer;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.test.AvailablePortFinder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The consumer's life on the HTTP server: a stopped route takes no delivery (the server stays up for others) and
 * takes them again once restarted; a processor that throws is a failed route, answered 500 so UMF delivers again.
 */
class NotificationConsumerLifecycleTest {

    @RegisterExtension
    static final UmfSandboxExtension SANDBOX = UmfSandboxExtension.create();

    private final List<Exchange> routed = new CopyOnWriteArrayList<>();
    private CamelContext context;
    private int port;

    @BeforeEach
    void start() throws Exception {
        port = AvailablePortFinder.getNextAvailable();
        context = new DefaultCamelContext();
        UmfComponent component = new UmfComponent();
        UmfConfiguration configuration = component.getConfiguration();
        configuration.setUmfPublicKey(SANDBOX.keys().umfCertificatePem());
        configuration.setConfirmNotifications(false);
        context.addComponent("umf", component);
    }

    @AfterEach
    void stop() {
        context.stop();
    }

    @Test
    void aStoppedRouteTakesNoDeliveryUntilItIsStartedAgain() throws Exception {
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from(uri("/umf/notify")).routeId("notifications").process(exchange -> routed.add(exchange.copy()));
                from(uri("/umf/other")).routeId("other").process(exchange -> routed.add(exchange.copy()));
            }
        });
        context.start();
        NotificationSender umf = sender("/umf/notify");

        assertThat(umf.postSigned(NotificationSender.paymentNotification("PAY_L1", "ORDER_L1", "TRADE_SUCCESS", false))
                .statusCode()).isEqualTo(200);
        context.getRouteController().stopRoute("notifications");
        HttpResponse<String> whileStopped = umf.postSigned(
                NotificationSender.paymentNotification("PAY_L2", "ORDER_L2", "TRADE_SUCCESS", false));
        HttpResponse<String> otherRoute = sender("/umf/other").postSigned(
                NotificationSender.paymentNotification("PAY_L3", "ORDER_L3", "TRADE_SUCCESS", false));
        context.getRouteController().startRoute("notifications");
        HttpResponse<String> restarted = umf.postSigned(
                NotificationSender.paymentNotification("PAY_L4", "ORDER_L4", "TRADE_SUCCESS", false));

        assertThat(whileStopped.statusCode()).as("no consumer on the path while the route is stopped").isEqualTo(404);
        assertThat(otherRoute.statusCode()).isEqualTo(200);
        assertThat(restarted.statusCode()).isEqualTo(200);
        assertThat(routed).extracting(e -> e.getMessage().getHeader("CamelUmfPaymentId"))
                .containsExactly("PAY_L1", "PAY_L3", "PAY_L4");
    }

    @Test
    void aProcessorThatThrowsIsAFailedRouteAnswered500() throws Exception {
        context.start();
        UmfEndpoint endpoint = context.getEndpoint(uri("/umf/throws"), UmfEndpoint.class);
        Consumer consumer = endpoint.createConsumer(exchange -> {
            throw new IllegalStateException("the back office is down");
        });
        consumer.start();
        try {
            HttpResponse<String> answer = sender("/umf/throws").postSigned(
                    NotificationSender.paymentNotification("PAY_T1", "ORDER_T1", "TRADE_SUCCESS", false));

            assertThat(answer.statusCode()).isEqualTo(500);
            assertThat(answer.body()).doesNotContain("\"ret_code\":\"0000\"");
        } finally {
            consumer.stop();
        }
    }

    @Test
    void aPersistentRepositoryIsStartedWithTheConsumerSoWhatItRememberedCounts() throws Exception {
        java.nio.file.Path store = java.nio.file.Files.createTempFile("processed", ".txt");
        store.toFile().deleteOnExit();
        java.nio.file.Files.writeString(store, "PAYMENT:PAY_P1:TRADE_SUCCESS\n");
        context.getRegistry().bind("processed",
                org.apache.camel.support.processor.idempotent.FileIdempotentRepository.fileIdempotentRepository(
                        store.toFile()));
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from(uri("/umf/persistent") + "&idempotentRepository=#processed")
                        .process(exchange -> routed.add(exchange.copy()));
            }
        });
        context.start();

        HttpResponse<String> answer = sender("/umf/persistent").postSigned(
                NotificationSender.paymentNotification("PAY_P1", "ORDER_P1", "TRADE_SUCCESS", false));

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(routed).as("processed before the restart: acknowledged, not routed again").isEmpty();
    }

    @Test
    void theEmbeddedServerListensOnItsBindHostOnly() throws Exception {
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from(uri("/umf/bound")).process(exchange -> routed.add(exchange.copy()));
            }
        });
        context.start();
        String body = NotificationSender.paymentNotification("PAY_B1", "ORDER_B1", "TRADE_SUCCESS", false);

        assertThat(sender("/umf/bound").postSigned(body).statusCode()).isEqualTo(200);
        // 127.0.0.2 is this machine too, but not the address bindHost names
        NotificationSender otherAddress = new NotificationSender("http://127.0.0.2:" + port + "/umf/bound",
                SANDBOX.keys().umfPrivateKey());
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> otherAddress.postSigned(body))
                .isInstanceOf(java.net.ConnectException.class);
        assertThat(routed).hasSize(1);
    }

    private String uri(String path) {
        return "umf:notification?bindHost=127.0.0.1&port=" + port + "&path=" + path;
    }

    private NotificationSender sender(String path) {
        return new NotificationSender("http://127.0.0.1:" + port + path, SANDBOX.keys().umfPrivateKey());
    }
}
