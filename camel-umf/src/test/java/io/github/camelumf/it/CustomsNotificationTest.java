package io.github.camelumf.it;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import io.github.camelumf.UmfConstants;
import io.github.camelumf.model.Amount;
import io.github.camelumf.model.CustomsDeclaration;
import io.github.camelumf.model.CustomsNotification;
import io.github.camelumf.model.DeclarationState;
import io.github.camelumf.model.NotificationType;
import io.github.camelumf.model.SubOrder;
import io.github.camelumf.sandbox.NotificationDelivery;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.test.AvailablePortFinder;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A customs declaration made through umf:customs/apply whose result the sandbox notifies, like UMF, to the
 * declaration's notify_url: umf:notification verifies it and routes a typed CustomsNotification that a route branches
 * on by state; the sandbox sees it acknowledged.
 */
class CustomsNotificationTest extends SandboxTestSupport {

    private static final Duration WAIT = Duration.ofSeconds(60);

    private final List<Exchange> declared = new CopyOnWriteArrayList<>();
    private final List<Map<?, ?>> resent = new CopyOnWriteArrayList<>();
    private String notifyUrl;

    @BeforeEach
    void addNotificationRoute() throws Exception {
        int port = AvailablePortFinder.getNextAvailable();
        notifyUrl = "http://127.0.0.1:" + port + "/umf/notifications";
        context.getPropertiesComponent().addInitialProperty("notify.port", String.valueOf(port));
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                interceptSendToEndpoint("umf:declaration/resend").process(e -> resent.add(e.getMessage().getBody(Map.class)));
                from("direct:cleared").process(declared::add);
                // as docs/user-guide.md shows them: a refused declaration is resent at once
                // tag::guide-customs-routes[]
                from("direct:declare")                                   // header CamelUmfPaymentId: the paid payment
                    .to("umf:customs/apply")                             // body: CustomsDeclarationsResponse
                    .log("declared as ${header.CamelUmfCustomsDeclarationId}");

                from("umf:notification?path=/umf/notifications&port={{notify.port}}")
                    .filter(header(UmfConstants.NOTIFICATION_TYPE).isEqualTo("CUSTOMS"))
                    .choice()
                        .when(header(UmfConstants.STATE).isEqualTo("SUCCESS"))
                            .to("direct:cleared")                        // body: CustomsNotification
                        .when(header(UmfConstants.STATE).isEqualTo("FAIL"))
                            .setBody(e -> Map.of("mer_reference_id", e.getMessage().getBody(CustomsNotification.class)
                                    .getCustomsDeclaration().getSubOrder().getMerSubReferenceId(), "declare_type", "0"))
                            .to("umf:declaration/resend");               // customs gets it again; a new result follows
                // end::guide-customs-routes[]
            }
        });
    }

    @Test
    void declarationBuiltAsTheUserGuideShowsItIsDeclaredAndItsResultRouted() {
        PaidPayment paid = payByCard("100.00");
        String paymentId = paid.id();
        String subOrderReference = CustomsDeclarationTest.subReference(paid);

        // tag::guide-customs-declaration[]
        CustomsDeclaration declaration = new CustomsDeclaration();
        declaration.setCustomsId("HZHG");                        // appendix 8 customs code
        declaration.setMerCustomsCode("2342362435435");
        declaration.setEcPlatId("2342362435435");
        declaration.setFreightAmount(Amount.of("0.00", "CNY"));
        declaration.setTaxAmount(Amount.of("0.00", "CNY"));
        declaration.setSubOrderAmount(Amount.of("100.00", "CNY"));
        declaration.setSubOrder(new SubOrder().withMerSubReferenceId(subOrderReference));
        declaration.setNotifyUrl(notifyUrl);                     // UMF posts the customs result here
        template.sendBodyAndHeader("direct:declare", declaration, UmfConstants.PAYMENT_ID, paymentId);
        // end::guide-customs-declaration[]

        String id = SANDBOX.declarationId(subOrderReference, false);
        assertThat(id).as("declared through direct:declare").startsWith("CUST_");
        SANDBOX.completeDeclaration(id);

        assertThat(SANDBOX.notifications().awaitAcknowledged(id, WAIT).state()).isEqualTo("SUCCESS");
        assertThat(declared).singleElement().satisfies(e -> assertThat(e.getMessage().getBody(CustomsNotification.class)
                .getCustomsDeclaration().getCustomsId()).isEqualTo("HZHG"));
        assertThat(resent).isEmpty();
    }

    @Test
    void declaredCustomsResultReachesTheNotificationRoute() {
        PaidPayment paid = payByCard("100.00");
        String id = call("umf:customs/apply", CustomsDeclarationTest.customsRequest(paid, notifyUrl),
                Map.of(UmfConstants.PAYMENT_ID, paid.id())).getMessage()
                .getHeader(UmfConstants.CUSTOMS_DECLARATION_ID, String.class);
        assertThat(SANDBOX.notifications().deliveries(id)).as("nothing to tell before customs answers").isEmpty();

        SANDBOX.completeDeclaration(id);

        NotificationDelivery delivery = SANDBOX.notifications().awaitAcknowledged(id, WAIT);
        assertThat(delivery.state()).isEqualTo("SUCCESS");
        assertThat(declared).hasSize(1);
        assertThat(resent).isEmpty();
        Exchange routed = declared.get(0);
        CustomsNotification notification = routed.getMessage().getBody(CustomsNotification.class);
        assertThat(notification.type()).isEqualTo(NotificationType.CUSTOMS);
        CustomsDeclaration declaration = notification.getCustomsDeclaration();
        assertThat(declaration.getId()).isEqualTo(id);
        assertThat(declaration.getState()).isEqualTo(DeclarationState.SUCCESS);
        assertThat(declaration.getMerReferenceId()).isEqualTo(paid.reference());
        assertThat(declaration.getSubOrder().getMerSubReferenceId()).isEqualTo(CustomsDeclarationTest.subReference(paid));
        assertThat(routed.getMessage().getHeader(UmfConstants.PAYMENT_ID)).isEqualTo(paid.id());
        assertThat(routed.getMessage().getHeader(UmfConstants.MER_REFERENCE_ID)).isEqualTo(paid.reference());
    }

    @Test
    void refusedCustomsResultIsResentByTheRouteAndTheNextResultNotifiedAgain() {
        PaidPayment paid = payByCard("100.00");
        String id = call("umf:customs/apply", CustomsDeclarationTest.customsRequest(paid, notifyUrl),
                Map.of(UmfConstants.PAYMENT_ID, paid.id())).getMessage()
                .getHeader(UmfConstants.CUSTOMS_DECLARATION_ID, String.class);

        SANDBOX.failDeclaration(id);
        SANDBOX.notifications().awaitAcknowledged(id, WAIT);
        assertThat(SANDBOX.declaration(id).path("state").asText()).as("resent by the route").isEqualTo("SUBMITTED");
        assertThat(lastRequest().apiPath()).isEqualTo("/declare_again");
        SANDBOX.completeDeclaration(id);
        List<NotificationDelivery> acknowledged = awaitAcknowledged(id, 2);

        assertThat(acknowledged).extracting(NotificationDelivery::state).containsExactly("FAIL", "SUCCESS");
        assertThat(resent).singleElement().isEqualTo(Map.of("mer_reference_id", CustomsDeclarationTest.subReference(paid),
                "declare_type", "0"));
        assertThat(declared).hasSize(1);
    }

    private static io.github.camelumf.sandbox.RecordedRequest lastRequest() {
        List<io.github.camelumf.sandbox.RecordedRequest> requests = SANDBOX.requests();
        return requests.get(requests.size() - 1);
    }

    /** The acknowledged deliveries about {@code id} once there are {@code count}, waiting at most {@link #WAIT}. */
    private static List<NotificationDelivery> awaitAcknowledged(String id, int count) {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (true) {
            List<NotificationDelivery> acknowledged = SANDBOX.notifications().deliveries(id).stream()
                    .filter(NotificationDelivery::acknowledged).toList();
            if (acknowledged.size() >= count || System.nanoTime() > deadline) {
                return acknowledged;
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return acknowledged;
            }
        }
    }
}
