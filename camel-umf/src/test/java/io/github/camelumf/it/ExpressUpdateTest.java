package io.github.camelumf.it;

import java.util.Map;

import io.github.camelumf.UmfConstants;
import io.github.camelumf.error.UmfApiException;
import io.github.camelumf.error.UmfValidationException;
import io.github.camelumf.model.ExpressUpdateRequest;
import io.github.camelumf.model.Examples;
import io.github.camelumf.model.Payment;
import io.github.camelumf.model.UmfJson;
import io.github.camelumf.sandbox.RecordedRequest;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** umf:payment/updateExpress (3.58) against the sandbox. */
class ExpressUpdateTest extends SandboxTestSupport {

    @Test
    void trackingNumberOfAPaidGoodsPaymentIsUpdatedWithTheSampleRequestShape() {
        PaidPayment paid = payByCard("20.00");
        String subOrder = paid.reference().substring(0, 16);

        Exchange updated = call("umf:payment/updateExpress",
                new ExpressUpdateRequest().track(subOrder, "STO 3716523085241"), Map.of(UmfConstants.PAYMENT_ID, paid.id()));

        Payment payment = updated.getMessage().getBody(Payment.class);
        assertThat(payment.getId()).isEqualTo(paid.id());
        assertThat(payment.getOrder().getSubOrders()).singleElement()
                .satisfies(s -> assertThat(s.getTrackingNumber()).isEqualTo("STO 3716523085241"));
        assertThat(updated.getMessage().getHeader(UmfConstants.PAYMENT_ID)).isEqualTo(paid.id());
        assertThat(updated.getMessage().getHeader(UmfConstants.LINKS, Map.class)).containsKey("parent_payment");
        assertThat(SANDBOX.sandbox().trackingNumbers(paid.id())).containsEntry(subOrder, "STO 3716523085241");
        RecordedRequest sent = last();
        assertThat(sent.apiPath()).isEqualTo("/payments/payment/" + paid.id() + "/update_express_info");
        assertThat(JsonShapes.of(UmfJson.parseObject(sent.body())))
                .isEqualTo(JsonShapes.of(Examples.tree("3.58-update-express-request.json")));
    }

    @Test
    void unpaidPaymentIsRefusedByUmf() {
        String reference = TestOrders.newReference();
        String id = call("umf:payment/create", TestOrders.payment("CREDIT_CARD", reference, "20.00"), Map.of())
                .getMessage().getHeader(UmfConstants.PAYMENT_ID, String.class);

        Exchange refused = send("umf:payment/updateExpress", new ExpressUpdateRequest().track(reference.substring(0, 16),
                "STO 1"), Map.of(UmfConstants.PAYMENT_ID, id));

        assertThat(refused.getException()).isInstanceOfSatisfying(UmfApiException.class,
                e -> assertThat(e.getRetCode()).isEqualTo("00230006"));
    }

    @Test
    void tooLongTrackingNumberIsRefusedBeforeSending() {
        int before = SANDBOX.requests().size();

        Exchange refused = send("umf:payment/updateExpress", new ExpressUpdateRequest().track("SUB00001", "x".repeat(65)),
                Map.of(UmfConstants.PAYMENT_ID, "PAY_ANY"));

        assertThat(refused.getException()).isInstanceOfSatisfying(UmfValidationException.class, e -> {
            assertThat(e.getField()).isEqualTo("order.sub_orders[0].tracking_number");
            assertThat(e.getRule()).isEqualTo("must be 1 to 64 characters");
        });
        assertThat(SANDBOX.requests()).hasSize(before);
    }

    @Test
    void paymentIdIsRequired() {
        Exchange refused = send("umf:payment/updateExpress", new ExpressUpdateRequest().track("SUB00001", "STO 1"), Map.of());

        assertThat(refused.getException()).isInstanceOfSatisfying(UmfValidationException.class,
                e -> assertThat(e.getField()).isEqualTo("paymentId"));
    }

    private RecordedRequest last() {
        return SANDBOX.requests().get(SANDBOX.requests().size() - 1);
    }
}
