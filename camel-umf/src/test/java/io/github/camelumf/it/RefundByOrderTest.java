package io.github.camelumf.it;

import java.util.Map;

import io.github.camelumf.UmfConstants;
import io.github.camelumf.error.UmfApiException;
import io.github.camelumf.error.UmfValidationException;
import io.github.camelumf.model.Amount;
import io.github.camelumf.model.AsyncRefund;
import io.github.camelumf.model.Examples;
import io.github.camelumf.model.Item;
import io.github.camelumf.model.PaymentWithRefundsResponse;
import io.github.camelumf.model.RefundByOrderRequest;
import io.github.camelumf.model.RefundInfo;
import io.github.camelumf.model.RefundQueryRequest;
import io.github.camelumf.model.RefundState;
import io.github.camelumf.model.SubOrder;
import io.github.camelumf.model.UmfJson;
import io.github.camelumf.sandbox.RecordedRequest;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** umf:refund/asyncByOrder (3.47) and umf:refund/query (3.48) against the sandbox. */
class RefundByOrderTest extends SandboxTestSupport {

    @Test
    void refundByOrderReferenceIsInProcessUntilUmfCompletesItAndQueriedByMerRefundId() {
        PaidPayment paid = payByCard("50.00");
        String merRefundId = TestOrders.newReference();

        Exchange accepted = call("umf:refund/asyncByOrder", byOrder(paid, merRefundId, "20.00"), Map.of());

        AsyncRefund refund = accepted.getMessage().getBody(AsyncRefund.class);
        assertThat(refund.getMerRefundId()).isEqualTo(merRefundId);
        assertThat(refund.getRefundInfo().getMerReferenceId()).isEqualTo(paid.reference());
        assertThat(refund.getRefundInfo().getAmount().getTotal()).isEqualByComparingTo("20.00");
        assertThat(JsonShapes.of(UmfJson.parseObject(last().body())))
                .containsAll(JsonShapes.of(Examples.tree("3.47-refund-by-order-request.json")))
                .allMatch(path -> JsonShapes.of(Examples.tree("3.47-refund-by-order-request.json")).contains(path)
                                  || path.startsWith("refund_info.sub_orders[].items"));

        Exchange pending = call("umf:refund/query", RefundQueryRequest.of(merRefundId), Map.of());
        assertThat(pending.getMessage().getBody(AsyncRefund.class).getState()).isEqualTo(RefundState.REFUND_PROCESS);
        assertThat(pending.getMessage().getHeader(UmfConstants.STATE)).isEqualTo("REFUND_PROCESS");
        assertThat(JsonShapes.of(UmfJson.parseObject(last().body())))
                .isEqualTo(JsonShapes.of(Examples.tree("3.48-refund-query-request.json")));

        PaymentWithRefundsResponse refunds = call("umf:payment/getWithRefunds", null,
                Map.of(UmfConstants.PAYMENT_ID, paid.id())).getMessage().getBody(PaymentWithRefundsResponse.class);
        assertThat(refunds.refundInfos()).hasSize(1);
        // UMF's refund list carries no refund id (3.13): the sandbox's own record names it
        SANDBOX.completeRefund(SANDBOX.payment(paid.id()).path("refund").path("refund_infos").get(0).path("id").asText());

        Exchange done = call("umf:refund/query", "{\"mer_refund_id\":\"" + merRefundId + "\"}", Map.of());
        assertThat(done.getMessage().getBody(AsyncRefund.class).getState()).isEqualTo(RefundState.REFUND_SUCCESS);
    }

    @Test
    void refundByOrderAboveThePaymentIsRefusedByUmf() {
        PaidPayment paid = payByCard("10.00");

        Exchange refused = send("umf:refund/asyncByOrder", byOrder(paid, TestOrders.newReference(), "10.01"), Map.of());

        assertThat(refused.getException()).isInstanceOfSatisfying(UmfApiException.class,
                e -> assertThat(e.getRetCode()).isEqualTo("00060774"));
    }

    @Test
    void missingMerRefundIdIsRefusedBeforeSending() {
        PaidPayment paid = payByCard("10.00");
        int before = SANDBOX.requests().size();

        Exchange refused = send("umf:refund/asyncByOrder", byOrder(paid, null, "1.00"), Map.of());

        assertThat(refused.getException()).isInstanceOfSatisfying(UmfValidationException.class,
                e -> assertThat(e.getField()).isEqualTo("mer_refund_id"));
        assertThat(SANDBOX.requests()).hasSize(before);
    }

    @Test
    void queryOfAnUnknownRefundIsRefusedByUmf() {
        Exchange refused = send("umf:refund/query", RefundQueryRequest.of("NOSUCHREFUND"), Map.of());

        assertThat(refused.getException()).isInstanceOfSatisfying(UmfApiException.class,
                e -> assertThat(e.getRetCode()).isEqualTo("00060778"));
    }

    private static RefundByOrderRequest byOrder(PaidPayment paid, String merRefundId, String total) {
        return new RefundByOrderRequest()
                .withRefundInfo(new RefundInfo().withMerReferenceId(paid.reference()).withMerDate(TestOrders.today())
                        .withAmount(Amount.of(total, "CNY"))
                        .addSubOrder(new SubOrder().withMerSubReferenceId(paid.reference().substring(0, 16))
                                .withTransCode("01122030").withAmount(Amount.of(total, "CNY"))
                                .addItem(banana(total))))
                .withNotifyUrl("http://127.0.0.1:9/umf/refund-notify")
                .withMerRefundId(merRefundId);
    }

    /** The item of a goods-trade sub-order (the reference's sample refunds a service, without items). */
    private static Item banana(String total) {
        Item item = new Item().withType("FOOD").withName("banana").withQuantity(1).withDescription("banana")
                .withAmount(Amount.of(total, "CNY"));
        item.setMerItemId("ITEM0001");
        return item;
    }

    private RecordedRequest last() {
        return SANDBOX.requests().get(SANDBOX.requests().size() - 1);
    }
}
