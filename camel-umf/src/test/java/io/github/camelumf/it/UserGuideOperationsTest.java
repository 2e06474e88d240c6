package io.github.camelumf.it;

import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.camelumf.UmfConstants;
import io.github.camelumf.model.AccountBalance;
import io.github.camelumf.model.Amount;
import io.github.camelumf.model.AsyncRefund;
import io.github.camelumf.model.ExpressUpdateRequest;
import io.github.camelumf.model.Item;
import io.github.camelumf.model.Payment;
import io.github.camelumf.model.RefundByOrderRequest;
import io.github.camelumf.model.RefundInfo;
import io.github.camelumf.model.RefundQueryRequest;
import io.github.camelumf.model.RefundState;
import io.github.camelumf.model.SubOrder;
import io.github.camelumf.sandbox.RecordedRequest;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The examples of the user guide's sections "Refunds by order reference", "Tracking numbers of shipped goods",
 * "Account balance" and "umf:raw", as the guide shows them (tagged regions), run against the sandbox.
 */
class UserGuideOperationsTest extends SandboxTestSupport {

    private static final long WAIT_SECONDS = 60;

    private final BlockingQueue<Object> completed = new LinkedBlockingQueue<>();

    @Test
    void refundByOrderReferenceAndItsQuery() {
        PaidPayment paid = payByCard("100.00");
        String reference = paid.reference();
        String today = TestOrders.today();
        String subOrderReference = reference.substring(0, 16);
        String refundReference = TestOrders.newReference();

        // tag::guide-refund-by-order[]
        RefundByOrderRequest refund = new RefundByOrderRequest()
            .withRefundInfo(new RefundInfo().withMerReferenceId(reference).withMerDate(today)    // the order you know
                .withAmount(Amount.of("30.00", "CNY"))
                .addSubOrder(new SubOrder().withMerSubReferenceId(subOrderReference).withTransCode("01122030")
                    .withAmount(Amount.of("30.00", "CNY"))
                    .addItem(new Item().withMerItemId("ITEM0001").withType("FOOD").withName("banana").withQuantity("1")
                        .withDescription("banana").withAmount(Amount.of("30.00", "CNY")))))
            .withNotifyUrl("https://shop.example.com/umf/refund-notify")
            .withMerRefundId(refundReference);                                   // your own reference of the refund
        AsyncRefund accepted = template.requestBody("umf:refund/asyncByOrder", refund, AsyncRefund.class);

        AsyncRefund state = template.requestBody("umf:refund/query", RefundQueryRequest.of(refundReference), AsyncRefund.class);
        // state.getState(): REFUND_PROCESS, later REFUND_SUCCESS or REFUND_FAIL; also in the CamelUmfState header
        // end::guide-refund-by-order[]

        assertThat(accepted.getMerRefundId()).isEqualTo(refundReference);
        assertThat(accepted.getRefundInfo().getAmount().getTotal()).isEqualByComparingTo("30.00");
        assertThat(state.getState()).isEqualTo(RefundState.REFUND_PROCESS);
        assertThat(last().apiPath()).isEqualTo("/payments/refund/refund_query");
    }

    @Test
    void shippedRouteSendsTheTrackingNumber() throws Exception {
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                // tag::guide-express-update[]
                from("direct:shipped")
                    .setHeader(UmfConstants.PAYMENT_ID, simple("${header.umfPaymentId}"))
                    .setBody(exchange -> new ExpressUpdateRequest()
                        .track(exchange.getMessage().getHeader("subOrder", String.class),
                               exchange.getMessage().getHeader("trackingNumber", String.class)))
                    .to("umf:payment/updateExpress");   // body: Payment with the sub-orders updated
                // end::guide-express-update[]
            }
        });
        PaidPayment paid = payByCard("20.00");
        String subOrder = paid.reference().substring(0, 16);

        Exchange shipped = call("direct:shipped", null,
                Map.of("umfPaymentId", paid.id(), "subOrder", subOrder, "trackingNumber", "STO 3716523085241"));

        assertThat(shipped.getMessage().getBody(Payment.class).getOrder().getSubOrders()).singleElement()
                .satisfies(s -> assertThat(s.getTrackingNumber()).isEqualTo("STO 3716523085241"));
        assertThat(SANDBOX.sandbox().trackingNumbers(paid.id())).containsEntry(subOrder, "STO 3716523085241");
    }

    @Test
    void balanceRouteReadsTheAccountBalance() throws Exception {
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                onCompletion().process(e -> completed.add(e.getMessage().getBody()));
                // tag::guide-account-balance[]
                from("timer:balance?period=3600000")
                    .to("umf:payment/balance")
                    .log("refundable balance: ${body.balance} CNY");   // body: AccountBalance
                // end::guide-account-balance[]
            }
        });

        Object body = completed.poll(WAIT_SECONDS, TimeUnit.SECONDS);

        assertThat(body).isInstanceOfSatisfying(AccountBalance.class,
                b -> assertThat(b.getBalance().scale()).isEqualTo(2));
        assertThat(last().apiPath()).isEqualTo("/payments/payment/self_account_balance");
    }

    @Test
    void rawRouteAnswersTheVerifiedJson() throws Exception {
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                onCompletion().process(e -> completed.add(e.getMessage().getBody()));
                // tag::guide-raw[]
                from("timer:rates?period=600000")
                    .setHeader(UmfConstants.HTTP_METHOD, constant("GET"))
                    .setHeader(UmfConstants.API_PATH, constant("/exchange_rate?currency=USD"))
                    .to("umf:raw")
                    .log("${body}");   // the verified answer: {"meta":{...},"exchange_rate":[{"rate":..,"currency":"USD"}]}
                // end::guide-raw[]
            }
        });

        Object body = completed.poll(WAIT_SECONDS, TimeUnit.SECONDS);

        assertThat(body).isInstanceOfSatisfying(JsonNode.class, json -> {
            assertThat(json.path("meta").path("ret_code").asText()).isEqualTo("0000");
            assertThat(json.path("exchange_rate").get(0).path("currency").asText()).isEqualTo("USD");
        });
        assertThat(last().apiPath()).isEqualTo("/exchange_rate");
        assertThat(last().query()).isEqualTo("currency=USD");
    }

    private RecordedRequest last() {
        return SANDBOX.requests().get(SANDBOX.requests().size() - 1);
    }
}
