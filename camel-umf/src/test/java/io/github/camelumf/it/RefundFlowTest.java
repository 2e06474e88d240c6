package io.github.camelumf.it;

import java.util.Map;

import io.github.camelumf.UmfComponent;
import io.github.camelumf.UmfConstants;
import io.github.camelumf.error.ErrorCategory;
import io.github.camelumf.error.UmfApiException;
import io.github.camelumf.error.UmfValidationException;
import io.github.camelumf.model.PaymentWithRefundsResponse;
import io.github.camelumf.model.Refund;
import io.github.camelumf.model.RefundState;
import io.github.camelumf.sandbox.SandboxBehaviour;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RefundFlowTest extends SandboxTestSupport {

    @Test
    void synchronousRefundIsInProcessAsTheReferenceShowsUntilUmfSettlesIt() {
        PaidPayment paid = payByCard("100.00");

        Exchange refunded = call("umf:refund/create",
                TestOrders.refund(paid.reference(), TestOrders.newReference(), "30.00", "CNY"),
                Map.of(UmfConstants.PAYMENT_ID, paid.id()));

        Refund refund = refunded.getMessage().getBody(Refund.class);
        assertThat(refund.getState()).isEqualTo(RefundState.REFUND_PROCESS);
        assertThat(refunded.getMessage().getHeader(UmfConstants.STATE)).isEqualTo("REFUND_PROCESS");
        SANDBOX.completeRefund(refund.getId());
        Exchange done = call("umf:refund/get", null, Map.of(UmfConstants.REFUND_ID, refund.getId()));
        assertThat(done.getMessage().getBody(Refund.class).getState()).isEqualTo(RefundState.REFUND_SUCCESS);
    }

    @Test
    void synchronousRefundSucceedsAtOnceWhenUmfSettlesItImmediately() {
        SANDBOX.behaviour().synchronousRefunds(SandboxBehaviour.SynchronousRefunds.SUCCESS);
        PaidPayment paid = payByCard("100.00");

        Exchange refunded = call("umf:refund/create",
                TestOrders.refund(paid.reference(), TestOrders.newReference(), "30.00", "CNY"),
                Map.of(UmfConstants.PAYMENT_ID, paid.id()));

        Refund refund = refunded.getMessage().getBody(Refund.class);
        assertThat(refund.getId()).startsWith("REFUND_");
        assertThat(refund.getState()).isEqualTo(RefundState.REFUND_SUCCESS);
        assertThat(refunded.getMessage().getHeader(UmfConstants.REFUND_ID)).isEqualTo(refund.getId());
        assertThat(refunded.getMessage().getHeader(UmfConstants.STATE)).isEqualTo("REFUND_SUCCESS");
    }

    @Test
    void asynchronousRefundIsInProcessUntilUmfCompletesIt() {
        PaidPayment paid = payByCard("100.00");

        Exchange accepted = call("umf:refund/async", TestOrders.refund(paid.reference(), TestOrders.newReference(), "40.00", "CNY"),
                Map.of(UmfConstants.PAYMENT_ID, paid.id()));
        Refund refund = accepted.getMessage().getBody(Refund.class);
        assertThat(refund.getState()).as("3.11 answers no state").isNull();
        assertThat(refund.getId()).startsWith("REFUND_");

        Exchange pending = call("umf:refund/get", null, Map.of(UmfConstants.REFUND_ID, refund.getId()));
        assertThat(pending.getMessage().getBody(Refund.class).getState()).isEqualTo(RefundState.REFUND_PROCESS);

        SANDBOX.completeRefund(refund.getId());

        Exchange done = call("umf:refund/get?refundId=" + refund.getId(), null, Map.of());
        assertThat(done.getMessage().getBody(Refund.class).getState()).isEqualTo(RefundState.REFUND_SUCCESS);
        assertThat(done.getMessage().getHeader(UmfConstants.STATE)).isEqualTo("REFUND_SUCCESS");
    }

    @Test
    void paymentWithRefundsListsEveryRefundOfThePayment() {
        PaidPayment paid = payByCard("100.00");
        call("umf:refund/create", TestOrders.refund(paid.reference(), TestOrders.newReference(), "10.00", "CNY"),
                Map.of(UmfConstants.PAYMENT_ID, paid.id()));
        call("umf:refund/async", TestOrders.refund(paid.reference(), TestOrders.newReference(), "20.00", "CNY"),
                Map.of(UmfConstants.PAYMENT_ID, paid.id()));

        Exchange both = call("umf:payment/getWithRefunds", null, Map.of(UmfConstants.PAYMENT_ID, paid.id()));

        PaymentWithRefundsResponse result = both.getMessage().getBody(PaymentWithRefundsResponse.class);
        assertThat(result.getPayment().getId()).isEqualTo(paid.id());
        assertThat(result.refundInfos()).hasSize(2);
        assertThat(result.refundInfos()).extracting(info -> info.getAmount().getTotal().toPlainString())
                .containsExactlyInAnyOrder("10.00", "20.00");
    }

    @Test
    void partialRefundsUpToThePaymentAmountAreAcceptedAndOneBeyondIsRefusedBeforeItLeaves() {
        PaidPayment paid = payByCard("50.00");
        Map<String, Object> headers = Map.of(UmfConstants.PAYMENT_ID, paid.id());
        call("umf:refund/create", TestOrders.refund(paid.reference(), TestOrders.newReference(), "20.00", "CNY"), headers);
        call("umf:refund/create",
                TestOrders.refund(paid.reference(), TestOrders.newReference(), "30.00", "CNY"), headers);
        int callsBefore = SANDBOX.requests().size();

        Exchange beyond = send("umf:refund/create", TestOrders.refund(paid.reference(), TestOrders.newReference(), "0.01", "CNY"),
                headers);

        assertThat(beyond.getException()).isInstanceOf(UmfValidationException.class);
        assertThat(((UmfValidationException) beyond.getException()).getField()).isEqualTo("refund_info.amount.total");
        assertThat(SANDBOX.requests()).as("nothing was sent").hasSize(callsBefore);
    }

    @Test
    void refundBeyondThePaymentIsRefusedByUmfWhenTheComponentDoesNotKnowThePayment() throws Exception {
        PaidPayment paid = payByCard("50.00");
        call("umf:refund/create", TestOrders.refund(paid.reference(), TestOrders.newReference(), "45.00", "CNY"),
                Map.of(UmfConstants.PAYMENT_ID, paid.id()));

        Exception refusal = sendFromAnotherApplication("umf:refund/create",
                TestOrders.refund(paid.reference(), TestOrders.newReference(), "5.01", "CNY"), paid.id());

        assertThat(refusal).isInstanceOf(UmfApiException.class);
        UmfApiException e = (UmfApiException) refusal;
        assertThat(e.getRetCode()).isEqualTo("00060774");
        assertThat(e.getCategory()).isEqualTo(ErrorCategory.REFUND);
        assertThat(e.getOperation()).isEqualTo("refund/create");
    }

    @Test
    void refundInAnotherCurrencyIsRefused() throws Exception {
        PaidPayment paid = payByCard("50.00");

        Exchange known = send("umf:refund/create", TestOrders.refund(paid.reference(), TestOrders.newReference(), "5.00", "USD"),
                Map.of(UmfConstants.PAYMENT_ID, paid.id()));
        assertThat(known.getException()).isInstanceOf(UmfValidationException.class);

        Exception refusal = sendFromAnotherApplication("umf:refund/async",
                TestOrders.refund(paid.reference(), TestOrders.newReference(), "5.00", "USD"), paid.id());
        assertThat(refusal).isInstanceOf(UmfApiException.class);
        assertThat(((UmfApiException) refusal).getRetCode()).isEqualTo("00202011");
    }

    /** Sends from a second Camel application that has not seen the payment, so only UMF can judge the refund. */
    private Exception sendFromAnotherApplication(String uri, String body, String paymentId) throws Exception {
        try (CamelContext other = new DefaultCamelContext()) {
            UmfComponent component = new UmfComponent();
            configure(component.getConfiguration());
            other.addComponent("umf", component);
            other.start();
            ProducerTemplate producer = other.createProducerTemplate();
            Exchange exchange = producer.send(uri, e -> {
                e.getMessage().setBody(body);
                e.getMessage().setHeader(UmfConstants.PAYMENT_ID, paymentId);
            });
            return exchange.getException();
        }
    }
}
