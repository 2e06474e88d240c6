package io.github.camelumf.it;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.Signature;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import io.github.camelumf.UmfComponent;
import io.github.camelumf.UmfConstants;
import io.github.camelumf.UmfEndpoint;
import io.github.camelumf.model.UmfNotification;
import io.github.camelumf.notification.NotificationRejection;
import io.github.camelumf.notification.NotificationStatistics;
import io.github.camelumf.sandbox.UmfSandboxExtension;
import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.test.AvailablePortFinder;
import org.apache.logging.log4j.Level;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * UMF's notifications carry no timestamp or nonce: a captured, validly signed notification can be posted again
 * later. By default umf:notification asks UMF (payment/get, refund/get) for the current state and routes only what
 * UMF confirms; a state earlier than one already processed is never routed; the in-memory repository is announced
 * with a WARN at start.
 */
class NotificationReplayTest {

    @RegisterExtension
    static final UmfSandboxExtension SANDBOX = UmfSandboxExtension.create();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final List<UmfNotification> routed = new CopyOnWriteArrayList<>();
    private CamelContext context;
    private String notifyUrl;

    @AfterEach
    void stop() {
        if (context != null) {
            context.stop();
        }
    }

    @Test
    void notificationOfAStateUmfDoesNotConfirmIsAnswered503AndNotRouted() throws Exception {
        start("");
        String paymentId = createPayment(); // WAIT_BUYER_PAY at UMF

        HttpResponse<String> answer = post(paymentNotification(paymentId, "TRADE_SUCCESS"));

        assertThat(answer.statusCode()).isEqualTo(503);
        assertThat(answer.body()).contains("UMF does not confirm the notified state");
        assertThat(routed).isEmpty();
        assertThat(statistics().getRejected(NotificationRejection.UNCONFIRMED)).isEqualTo(1);
        assertThat(SANDBOX.requests()).as("the state was asked with payment/get")
                .anyMatch(r -> r.method().equals("GET") && r.apiPath().equals("/payments/payment/" + paymentId));
    }

    @Test
    void notificationOfTheStateUmfConfirmsIsRoutedAndAcknowledged() throws Exception {
        start("");
        String paymentId = createPayment();
        SANDBOX.completePayment(paymentId);

        HttpResponse<String> answer = post(paymentNotification(paymentId, "TRADE_SUCCESS"));

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(routed).singleElement().satisfies(n -> assertThat(n.state()).isEqualTo("TRADE_SUCCESS"));
        assertThat(statistics().getAccepted()).isEqualTo(1);
    }

    @Test
    void anUnconfirmedNotificationIsRoutedWhenUmfDeliversItAgainOnceItsStateIsTrue() throws Exception {
        start("");
        String paymentId = createPayment();
        String notification = paymentNotification(paymentId, "TRADE_SUCCESS");
        assertThat(post(notification).statusCode()).isEqualTo(503);

        SANDBOX.completePayment(paymentId);
        HttpResponse<String> redelivery = post(notification);

        assertThat(redelivery.statusCode()).isEqualTo(200);
        assertThat(routed).singleElement().satisfies(n -> assertThat(n.state()).isEqualTo("TRADE_SUCCESS"));
    }

    @Test
    void capturedNotificationReplayedAfterARestartIsNotRoutedAgainAsNews() throws Exception {
        start("");
        String paymentId = createPayment();
        String waiting = paymentNotification(paymentId, "WAIT_BUYER_PAY");
        assertThat(post(waiting).statusCode()).isEqualTo(200);
        SANDBOX.completePayment(paymentId);
        assertThat(post(paymentNotification(paymentId, "TRADE_SUCCESS")).statusCode()).isEqualTo(200);
        assertThat(routed).hasSize(2);

        context.stop(); // a restart: the in-memory repository forgets everything
        routed.clear();
        start("");
        HttpResponse<String> replay = post(waiting);

        assertThat(replay.statusCode()).isEqualTo(503);
        assertThat(routed).isEmpty();
        assertThat(statistics().getRejected(NotificationRejection.UNCONFIRMED)).isEqualTo(1);
    }

    @Test
    void refundNotificationIsConfirmedWithUmfTooAndOneUmfDoesNotKnowIsNotRouted() throws Exception {
        start("");

        HttpResponse<String> answer = post("""
                {"meta":{"ret_code":"0000","ret_msg":["SUCCESS"]},"refund":{"id":"REF_UNKNOWN_1","refund_info":{\
                "mer_reference_id":"RREF1","mer_date":"20261125","amount":{"total":"30.00","currency":"CNY",\
                "total_cny":"30.00"}},"state":"REFUND_SUCCESS"},"links":[{"href":\
                "http://127.0.0.1/cberest/v1/payments/payment/PAY_UNKNOWN_1","ref":"parent_payment","method":"GET"},\
                {"href":"http://127.0.0.1/cberest/v1/payments/refund/REF_UNKNOWN_1","ref":"self","method":"GET"}]}""");

        assertThat(answer.statusCode()).isEqualTo(503);
        assertThat(routed).isEmpty();
        assertThat(SANDBOX.requests()).as("the state was asked with refund/get")
                .anyMatch(r -> r.method().equals("GET") && r.apiPath().contains("REF_UNKNOWN_1"));
    }

    @Test
    void customsNotificationsAreRoutedWithoutAskingUmf() throws Exception {
        start("");

        HttpResponse<String> answer = post("""
                {"meta":{"ret_code":"0000","ret_msg":["SUCCESS"]},"customs_declaration":{"id":"CUST_R1",\
                "mer_reference_id":"ORDER_R1","customs_id":"HZHG","state":"SUCCESS"}}""");

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(routed).hasSize(1);
        assertThat(SANDBOX.requests()).as("nothing to confirm: no call to UMF").isEmpty();
    }

    @Test
    void confirmationThatCannotReachUmfIsAnswered503() throws Exception {
        int closed = AvailablePortFinder.getNextAvailable();
        start("&baseUrl=http://127.0.0.1:" + closed + "/cberest/v1&maxRetries=0");

        HttpResponse<String> answer = post(paymentNotification("PAY_UNREACHABLE", "TRADE_SUCCESS"));

        assertThat(answer.statusCode()).isEqualTo(503);
        assertThat(routed).isEmpty();
        assertThat(statistics().getRejected(NotificationRejection.CONFIRMATION_FAILED)).isEqualTo(1);
    }

    @Test
    void withoutConfirmationAnEarlierStateAfterALaterOneIsAcknowledgedButNotRouted() throws Exception {
        start("&confirmNotifications=false");

        assertThat(post(paymentNotification("PAY_F1", "TRADE_SUCCESS")).statusCode()).isEqualTo(200);
        HttpResponse<String> stale = post(paymentNotification("PAY_F1", "WAIT_BUYER_PAY"));
        assertThat(post(paymentNotification("PAY_F2", "WAIT_BUYER_PAY")).statusCode()).isEqualTo(200);

        assertThat(stale.statusCode()).isEqualTo(200);
        assertThat(stale.body()).contains("\"ret_code\":\"0000\"");
        assertThat(routed).extracting(UmfNotification::id, UmfNotification::state)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("PAY_F1", "TRADE_SUCCESS"),
                        org.assertj.core.groups.Tuple.tuple("PAY_F2", "WAIT_BUYER_PAY"));
        assertThat(statistics().getStale()).isEqualTo(1);
        assertThat(SANDBOX.requests()).as("no confirmation call").noneMatch(r -> r.method().equals("GET"));
    }

    @Test
    void inMemoryRepositoryIsAnnouncedWithAWarnAtStart() throws Exception {
        List<CapturingAppender.Captured> events;
        try (CapturingAppender capture = CapturingAppender.attach(Level.WARN, "io.github.camelumf")) {
            start("");
            events = capture.events();
        }
        assertThat(events).anySatisfy(e -> {
            assertThat(e.level()).isEqualTo(Level.WARN);
            assertThat(e.message()).contains("remembers processed notifications in memory only")
                    .contains("idempotentRepository");
        });
    }

    @Test
    void refusalsAreWarnedOncePerReasonAndAllCounted() throws Exception {
        start("&confirmNotifications=false");
        List<CapturingAppender.Captured> events;
        try (CapturingAppender capture = CapturingAppender.attach(Level.DEBUG, "io.github.camelumf.notification")) {
            for (int i = 0; i < 3; i++) {
                HttpResponse<String> refused = send(paymentNotification("PAY_X" + i, "TRADE_SUCCESS"), "AAAA");
                assertThat(refused.statusCode()).isEqualTo(400);
            }
            events = capture.events();
        }
        assertThat(events).filteredOn(e -> e.level() == Level.WARN).singleElement()
                .satisfies(e -> assertThat(e.message()).contains("not a well-formed signature"));
        assertThat(events).filteredOn(e -> e.level() == Level.DEBUG && e.message().startsWith("Refused")).hasSize(2);
        assertThat(statistics().getRejected(NotificationRejection.MALFORMED_SIGNATURE)).isEqualTo(3);
    }

    private void start(String options) throws Exception {
        int port = AvailablePortFinder.getNextAvailable();
        notifyUrl = "http://127.0.0.1:" + port + "/umf/notify";
        context = new DefaultCamelContext();
        UmfComponent component = new UmfComponent();
        SandboxTestSupport.configureFor(SANDBOX, component.getConfiguration());
        context.addComponent("umf", component);
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("umf:notification?bindHost=127.0.0.1&path=/umf/notify&port=" + port + options)
                        .process(e -> routed.add(e.getMessage().getBody(UmfNotification.class)));
            }
        });
        context.start();
        SANDBOX.clearRequests();
    }

    private NotificationStatistics statistics() {
        return context.getEndpoints().stream().filter(UmfEndpoint.class::isInstance).map(UmfEndpoint.class::cast)
                .filter(e -> e.getOperation().isConsumer()).findFirst().orElseThrow().getNotificationStatistics();
    }

    private String createPayment() {
        ProducerTemplate template = context.createProducerTemplate();
        String order = TestOrders.payment("CREDIT_CARD", TestOrders.newReference(), "100.00");
        String paymentId = template.request("umf:payment/create", e -> e.getMessage().setBody(order)).getMessage()
                .getHeader(UmfConstants.PAYMENT_ID, String.class);
        assertThat(paymentId).startsWith("PAY_");
        return paymentId;
    }

    private static String paymentNotification(String paymentId, String state) {
        return """
                {"meta":{"ret_code":"0000","ret_msg":["SUCCESS"]},"payment":{"id":"%s","payer":{\
                "payment_method":"CREDIT_CARD"},"order":{"mer_reference_id":"R%s","mer_date":"20261125",\
                "amount":{"total":"100.00","currency":"CNY","total_cny":"100.00"}},"state":"%s"},\
                "links":[{"href":"http://127.0.0.1/cberest/v1/payments/payment/%s","ref":"self","method":"GET"}]}"""
                .formatted(paymentId, Math.abs(paymentId.hashCode()), state, paymentId);
    }

    private HttpResponse<String> post(String body) throws Exception {
        Signature signature = Signature.getInstance("SHA256withRSA");
        signature.initSign(SANDBOX.keys().umfPrivateKey());
        signature.update(body.getBytes(StandardCharsets.UTF_8));
        return send(body, Base64.getEncoder().encodeToString(signature.sign()));
    }

    private HttpResponse<String> send(String body, String signature) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(notifyUrl)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json").header("Signature", signature)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
