package io.github.camelumf.notification;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import io.github.camelumf.UmfComponent;
import io.github.camelumf.UmfConfiguration;
import io.github.camelumf.UmfConstants;
import io.github.camelumf.UmfEndpoint;
import io.github.camelumf.model.CustomsNotification;
import io.github.camelumf.model.PaymentNotification;
import io.github.camelumf.model.RefundNotification;
import io.github.camelumf.model.UmfNotification;
import io.github.camelumf.sandbox.UmfSandboxExtension;
import org.apache.camel.CamelContext;
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
 * umf:notification over real HTTP: only notifications signed with the UMF key reach the route, typed; UMF is
 * acknowledged only after the route succeeded; a redelivery is acknowledged but routed once.
 */
class NotificationConsumerTest {

    @RegisterExtension
    static final UmfSandboxExtension SANDBOX = UmfSandboxExtension.create();

    private static final String PATH = "/umf/notify";
    private static final String ACK = "{\"meta\":{\"ret_code\":\"0000\",\"ret_msg\":\"SUCCESS\"}}";

    private CamelContext context;
    private NotificationSender umf;
    private final List<Exchange> routed = new CopyOnWriteArrayList<>();
    private final AtomicInteger failuresToCause = new AtomicInteger();
    private volatile java.util.concurrent.CountDownLatch routeEntered;
    private volatile java.util.concurrent.CountDownLatch routeRelease;
    private UmfEndpoint endpoint;

    @BeforeEach
    void start() throws Exception {
        int port = AvailablePortFinder.getNextAvailable();
        context = new DefaultCamelContext();
        UmfComponent component = new UmfComponent();
        UmfConfiguration configuration = component.getConfiguration();
        configuration.setUmfPublicKey(SANDBOX.keys().umfCertificatePem());
        // these notifications name payments no UMF holds: the reception itself is under test, not the confirmation
        // with UMF (NotificationReplayTest)
        configuration.setConfirmNotifications(false);
        context.addComponent("umf", component);
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("umf:notification?bindHost=127.0.0.1&port=" + port + "&path=" + PATH + "&maxBodySize=4096").routeId("notifications")
                        .process(exchange -> {
                            java.util.concurrent.CountDownLatch release = routeRelease;
                            if (release != null) {
                                routeEntered.countDown();
                                release.await(30, java.util.concurrent.TimeUnit.SECONDS);
                            }
                            if (failuresToCause.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
                                throw new IllegalStateException("the back office is down");
                            }
                            routed.add(exchange.copy());
                        });
            }
        });
        context.start();
        endpoint = context.getEndpoints().stream().filter(UmfEndpoint.class::isInstance).map(UmfEndpoint.class::cast)
                .findFirst().orElseThrow();
        umf = new NotificationSender("http://127.0.0.1:" + port + PATH, SANDBOX.keys().umfPrivateKey());
    }

    @AfterEach
    void stop() {
        context.stop();
    }

    @Test
    void signedPaymentNotificationIsRoutedTypedWithHeadersAndAcknowledged() throws Exception {
        HttpResponse<String> answer = umf.postSigned(
                NotificationSender.paymentNotification("PAY_A1", "ORDER0001", "TRADE_SUCCESS", true));

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.body()).as("the acknowledgement itself, not an echo of the notification").isEqualTo(ACK);
        assertThat(routed).hasSize(1);
        Exchange exchange = routed.get(0);
        PaymentNotification notification = exchange.getMessage().getBody(PaymentNotification.class);
        assertThat(notification.getPayment().getId()).isEqualTo("PAY_A1");
        assertThat(notification.getMeta().getRetMsg()).contains("SUCCESS");
        assertThat(notification.getPayment().getOrder().getUnknownMember("mer_priv")).isNotNull();
        assertThat(exchange.getMessage().getHeader(UmfConstants.NOTIFICATION_TYPE)).isEqualTo("PAYMENT");
        assertThat(exchange.getMessage().getHeader(UmfConstants.PAYMENT_ID)).isEqualTo("PAY_A1");
        assertThat(exchange.getMessage().getHeader(UmfConstants.MER_REFERENCE_ID)).isEqualTo("ORDER0001");
        assertThat(exchange.getMessage().getHeader(UmfConstants.STATE)).isEqualTo("TRADE_SUCCESS");
        assertThat(endpoint.getNotificationStatistics().getAccepted()).isEqualTo(1);
    }

    @Test
    void retMsgAsAPlainStringIsAcceptedToo() throws Exception {
        HttpResponse<String> answer = umf.postSigned(
                NotificationSender.paymentNotification("PAY_A2", "ORDER0002", "TRADE_FAIL", false));

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(routed).hasSize(1);
        assertThat(routed.get(0).getMessage().getBody(PaymentNotification.class).getMeta().getRetMsg())
                .isEqualTo("SUCCESS");
    }

    @Test
    void refundNotificationNamesTheRefundAndItsPayment() throws Exception {
        HttpResponse<String> answer = umf.postSigned(
                NotificationSender.refundNotification("REFUND_R1", "PAY_P1", "REFUND0001", "REFUND_SUCCESS"));

        assertThat(answer.statusCode()).isEqualTo(200);
        Exchange exchange = routed.get(0);
        assertThat(exchange.getMessage().getBody()).isInstanceOf(RefundNotification.class);
        assertThat(exchange.getMessage().getHeader(UmfConstants.NOTIFICATION_TYPE)).isEqualTo("REFUND");
        assertThat(exchange.getMessage().getHeader(UmfConstants.REFUND_ID)).isEqualTo("REFUND_R1");
        assertThat(exchange.getMessage().getHeader(UmfConstants.PAYMENT_ID)).isEqualTo("PAY_P1");
        assertThat(exchange.getMessage().getHeader(UmfConstants.MER_REFERENCE_ID)).isEqualTo("REFUND0001");
        assertThat(exchange.getMessage().getHeader(UmfConstants.STATE)).isEqualTo("REFUND_SUCCESS");
    }

    @Test
    void customsNotificationIsTyped() throws Exception {
        String body = """
                {"meta":{"ret_code":"0000","ret_msg":["SUCCESS"]},"customs_declaration":{"id":"CUST_C1",\
                "mer_reference_id":"ORDER0003","customs_id":"HZHG","state":"SUCCESS"}}""";

        assertThat(umf.postSigned(body).statusCode()).isEqualTo(200);

        CustomsNotification notification = routed.get(0).getMessage().getBody(CustomsNotification.class);
        assertThat(notification.getDeclarations()).singleElement()
                .satisfies(d -> assertThat(d.getCustomsId()).isEqualTo("HZHG"));
        assertThat(routed.get(0).getMessage().getHeader(UmfConstants.NOTIFICATION_TYPE)).isEqualTo("CUSTOMS");
    }

    @Test
    void forgedNotificationIsRefusedAndNeverRouted() throws Exception {
        String genuine = NotificationSender.paymentNotification("PAY_F1", "ORDER0004", "TRADE_FAIL", true);

        HttpResponse<String> answer = umf.postForged(genuine, "TRADE_FAIL", "TRADE_SUCCESS");

        assertThat(answer.statusCode()).isEqualTo(401);
        assertThat(routed).isEmpty();
        assertThat(endpoint.getNotificationStatistics().getRejected(NotificationRejection.INVALID_SIGNATURE))
                .isEqualTo(1);
    }

    @Test
    void notificationSignedWithAnotherKeyIsRefused() throws Exception {
        java.security.KeyPairGenerator generator = java.security.KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        byte[] body = NotificationSender.paymentNotification("PAY_F2", "ORDER0005", "TRADE_SUCCESS", true)
                .getBytes(StandardCharsets.UTF_8);

        HttpResponse<String> answer = umf.post(body,
                NotificationSender.sign(generator.generateKeyPair().getPrivate(), body));

        assertThat(answer.statusCode()).isEqualTo(401);
        assertThat(routed).isEmpty();
    }

    @Test
    void unsignedNotificationIsRefused() throws Exception {
        byte[] body = NotificationSender.paymentNotification("PAY_U1", "ORDER0006", "TRADE_SUCCESS", true)
                .getBytes(StandardCharsets.UTF_8);

        assertThat(umf.post(body, null).statusCode()).isEqualTo(401);
        assertThat(routed).isEmpty();
        assertThat(endpoint.getNotificationStatistics().getRejected(NotificationRejection.MISSING_SIGNATURE))
                .isEqualTo(1);
    }

    @Test
    void nonBase64SignatureIsRefused() throws Exception {
        byte[] body = NotificationSender.paymentNotification("PAY_U2", "ORDER0007", "TRADE_SUCCESS", true)
                .getBytes(StandardCharsets.UTF_8);

        assertThat(umf.post(body, "not base64 at all!").statusCode()).isEqualTo(400);
        assertThat(routed).isEmpty();
        assertThat(endpoint.getNotificationStatistics().getRejected(NotificationRejection.MALFORMED_SIGNATURE))
                .isEqualTo(1);
    }

    @Test
    void oversizedNotificationIsRefusedEvenWhenSigned() throws Exception {
        String big = NotificationSender.paymentNotification("PAY_B1", "ORDER0008", "TRADE_SUCCESS", true)
                .replace("\"mer_priv\":\"\"", "\"mer_priv\":\"" + "x".repeat(5000) + "\"");

        HttpResponse<String> answer = umf.postSigned(big);

        assertThat(answer.statusCode()).isEqualTo(413);
        assertThat(routed).isEmpty();
    }

    @Test
    void signedBodyThatIsNotJsonOrNotANotificationIsRefused() throws Exception {
        assertThat(umf.postSigned("this is not json").statusCode()).isEqualTo(400);
        assertThat(umf.postSigned("{\"meta\":{\"ret_code\":\"0000\"},\"something\":{}}").statusCode()).isEqualTo(400);
        assertThat(routed).isEmpty();
        assertThat(endpoint.getNotificationStatistics().getRejected(NotificationRejection.INVALID_JSON)).isEqualTo(1);
        assertThat(endpoint.getNotificationStatistics().getRejected(NotificationRejection.UNKNOWN_NOTIFICATION))
                .isEqualTo(1);
    }

    @Test
    void getIsNotAccepted() throws Exception {
        assertThat(umf.get().statusCode()).isEqualTo(405);
        assertThat(routed).isEmpty();
    }

    @Test
    void duplicateDeliveryIsRoutedOnceAndAcknowledgedTwice() throws Exception {
        String body = NotificationSender.paymentNotification("PAY_D1", "ORDER0009", "TRADE_SUCCESS", true);

        HttpResponse<String> first = umf.postSigned(body);
        HttpResponse<String> replay = umf.postSigned(body);

        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(replay.statusCode()).isEqualTo(200);
        assertThat(replay.body()).isEqualTo(ACK);
        assertThat(routed).hasSize(1);
        assertThat(endpoint.getNotificationStatistics().getDuplicates()).isEqualTo(1);
    }

    @Test
    void routeThatFailsOnceIsAnsweredWithAnErrorSoUmfDeliversAgainAndItIsProcessedExactlyOnce() throws Exception {
        failuresToCause.set(1);
        String body = NotificationSender.paymentNotification("PAY_R1", "ORDER0010", "TRADE_SUCCESS", true);

        HttpResponse<String> first = umf.postSigned(body);
        assertThat(first.statusCode()).isEqualTo(500);
        assertThat(first.body()).doesNotContain("0000");
        assertThat(routed).isEmpty();

        HttpResponse<String> redelivery = umf.postSigned(body);
        HttpResponse<String> late = umf.postSigned(body);

        assertThat(redelivery.statusCode()).isEqualTo(200);
        assertThat(late.statusCode()).isEqualTo(200);
        assertThat(routed).hasSize(1);
        assertThat(endpoint.getNotificationStatistics().getFailed()).isEqualTo(1);
        assertThat(endpoint.getNotificationStatistics().getAccepted()).isEqualTo(1);
    }

    @Test
    void refundNotificationBeforeItsPaymentNotificationIsRoutedWithThePaymentIdSoTheRouteCanQueryIt()
            throws Exception {
        umf.postSigned(NotificationSender.refundNotification("REFUND_O1", "PAY_O1", "REFUND0011", "REFUND_SUCCESS"));
        umf.postSigned(NotificationSender.paymentNotification("PAY_O1", "ORDER0011", "TRADE_SUCCESS", true));

        assertThat(routed).extracting(e -> e.getMessage().getBody(UmfNotification.class).type().name())
                .containsExactly("REFUND", "PAYMENT");
        assertThat(routed).allSatisfy(e -> assertThat(e.getMessage().getHeader(UmfConstants.PAYMENT_ID))
                .isEqualTo("PAY_O1"));
    }

    @Test
    void aLaterStateOfTheSamePaymentIsANewNotification() throws Exception {
        umf.postSigned(NotificationSender.paymentNotification("PAY_S1", "ORDER0012", "WAIT_BUYER_PAY", true));
        umf.postSigned(NotificationSender.paymentNotification("PAY_S1", "ORDER0012", "TRADE_SUCCESS", true));

        assertThat(routed).hasSize(2);
    }

    @Test
    void withoutAnHttpServerTheRouteFailsToStartSayingWhatToDo() throws Exception {
        try (CamelContext other = new DefaultCamelContext()) {
            UmfComponent component = new UmfComponent();
            component.getConfiguration().setUmfPublicKey(SANDBOX.keys().umfCertificatePem());
            component.getConfiguration().setConfirmNotifications(false);
            other.addComponent("umf", component);
            other.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    from("umf:notification").log("never");
                }
            });

            Throwable failure = org.assertj.core.api.Assertions.catchThrowable(other::start);

            assertThat(failure).hasRootCauseInstanceOf(IllegalArgumentException.class);
            Throwable cause = failure;
            while (cause != null && !(cause instanceof io.github.camelumf.error.UmfConfigurationException)) {
                cause = cause.getCause();
            }
            assertThat(cause).isNotNull().hasMessageContaining("port").hasMessageContaining("camel.server.enabled");
        }
    }

    @Test
    void countersAreExposedAsJmxAttributesOfTheEndpoint() throws Exception {
        umf.postSigned(NotificationSender.paymentNotification("PAY_J1", "ORDER0013", "TRADE_SUCCESS", true));
        umf.post("{}".getBytes(StandardCharsets.UTF_8), null);

        javax.management.MBeanServer server = context.getManagementStrategy().getManagementAgent().getMBeanServer();
        java.util.Set<javax.management.ObjectName> names = server.queryNames(
                new javax.management.ObjectName("org.apache.camel:type=endpoints,*"), null);
        javax.management.ObjectName umfEndpoint = names.stream()
                .filter(n -> n.getKeyProperty("name").contains("umf://notification")).findFirst().orElseThrow();

        assertThat(server.getAttribute(umfEndpoint, "NotificationsAccepted")).isEqualTo(1L);
        assertThat(server.getAttribute(umfEndpoint, "NotificationsRejected")).isEqualTo(1L);
    }

    @Test
    void oversizedNotificationIsRefusedCountedAndWarnedByTheComponentWhetherAnnouncedOrChunked() throws Exception {
        String large = NotificationSender.paymentNotification("PAY_BIG", "ORDER0099", "TRADE_SUCCESS", true)
                .replace("\"mer_priv\":\"\"", "\"mer_priv\":\"" + "x".repeat(10_000) + "\"");
        byte[] bytes = large.getBytes(StandardCharsets.UTF_8);
        List<CapturingLog.Event> events;
        HttpResponse<String> announced;
        HttpResponse<String> chunked;
        try (CapturingLog log = CapturingLog.attach("")) {
            announced = umf.postSigned(large);
            chunked = umf.postChunked(new byte[4 * 1024 * 1024], NotificationSender.sign(SANDBOX.keys().umfPrivateKey(),
                    bytes));
            events = log.events();
        }

        assertThat(announced.statusCode()).isEqualTo(413);
        assertThat(chunked.statusCode()).isEqualTo(413);
        assertThat(routed).isEmpty();
        assertThat(endpoint.getNotificationStatistics().getRejected(NotificationRejection.TOO_LARGE)).isEqualTo(2);
        assertThat(events).anySatisfy(e -> assertThat(e.level() + " " + e.message())
                .startsWith("WARN Refused a notification").contains("the body is larger than the limit"));
        assertThat(events).as("nobody else logs the refusal as an error").noneMatch(e -> e.level().equals("ERROR"));
    }

    @Test
    void deliveryOfANotificationStillBeingProcessedIsAnswered409SoUmfDeliversItAgain() throws Exception {
        routeEntered = new java.util.concurrent.CountDownLatch(1);
        routeRelease = new java.util.concurrent.CountDownLatch(1);
        String notification = NotificationSender.paymentNotification("PAY_BUSY", "ORDER0409", "TRADE_SUCCESS", true);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newSingleThreadExecutor();
        try {
            java.util.concurrent.Future<HttpResponse<String>> first = pool.submit(() -> umf.postSigned(notification));
            assertThat(routeEntered.await(30, java.util.concurrent.TimeUnit.SECONDS)).isTrue();

            HttpResponse<String> second = umf.postSigned(notification);
            routeRelease.countDown();

            assertThat(second.statusCode()).isEqualTo(409);
            assertThat(second.body()).contains("the same notification is being processed");
            assertThat(first.get(30, java.util.concurrent.TimeUnit.SECONDS).body()).isEqualTo(ACK);
        } finally {
            routeRelease.countDown();
            pool.shutdownNow();
        }
        assertThat(routed).hasSize(1);
        assertThat(endpoint.getNotificationStatistics().getBusy()).isEqualTo(1);
        assertThat(umf.postSigned(notification).body()).as("afterwards a duplicate, acknowledged").isEqualTo(ACK);
        assertThat(routed).hasSize(1);
    }
}
