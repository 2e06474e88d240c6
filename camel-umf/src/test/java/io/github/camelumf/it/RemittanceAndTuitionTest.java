package io.github.camelumf.it;

import java.util.Map;

import io.github.camelumf.UmfConstants;
import io.github.camelumf.error.UmfValidationException;
import io.github.camelumf.model.Examples;
import io.github.camelumf.model.Meta;
import io.github.camelumf.model.PaymentConfirmation;
import io.github.camelumf.model.RemittanceResult;
import io.github.camelumf.model.TuitionOrderStatus;
import io.github.camelumf.sandbox.RecordedRequest;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;

import static io.github.camelumf.it.B2bPaymentFlowTest.json;
import static io.github.camelumf.it.B2bPaymentFlowTest.lastRequest;
import static io.github.camelumf.it.B2bPaymentFlowTest.refusal;
import static io.github.camelumf.it.TradeRequests.unique;
import static org.assertj.core.api.Assertions.assertThat;

/** Outward remittance (9) and tuition transfer (10) from a route against the sandbox. */
class RemittanceAndTuitionTest extends SandboxTestSupport {

    @Test
    void remittanceOfTwoOrderDetailsIsConfirmedForTheirSumAndItsStatusQueried() {
        String batch = unique("R");
        String account = unique("6222");
        call("umf:remittance/payee", TradeRequests.payee(account, "Levi Strauss"), Map.of());

        Exchange item = call("umf:remittance/orderItem", TradeRequests.orderItem(batch, unique("O"), "120", "2", "240"),
                Map.of());
        RecordedRequest sent = lastRequest();
        call("umf:remittance/orderItem", TradeRequests.orderItem(batch, unique("O"), "10.50", "2", "21"), Map.of());
        Exchange wrongSum = send("umf:remittance/confirm", TradeRequests.confirm(batch, account, "240", "CNY_VALUATION"),
                Map.of());
        PaymentConfirmation confirmed = call("umf:remittance/confirm",
                TradeRequests.confirm(batch, account, "261.00", "CNY_VALUATION"), Map.of())
                .getMessage().getBody(PaymentConfirmation.class);
        RemittanceResult status = call("umf:remittance/status", null,
                Map.of(UmfConstants.PAYMENT_ID, confirmed.getPaymentId())).getMessage().getBody(RemittanceResult.class);

        assertThat(item.getMessage().getBody(Meta.class).getRetCode()).isEqualTo("0000");
        assertThat(sent.decryptedFields()).containsEntry("payer_name", "张三")
                .containsEntry("payer_IDCard", TradeRequests.ID_CARD);
        assertThat(sent.bodyAsString()).doesNotContain(TradeRequests.ID_CARD);
        assertThat(JsonShapes.of(json(sent))).isEqualTo(JsonShapes.of(Examples.tree("9.3-order-item-request.json")));
        assertThat(refusal(wrongSum).getRetCode()).isEqualTo("00280079");
        assertThat(status.getExchangeRate()).isPositive();
        assertThat(status.getTransferFee()).isNotNull();
    }

    @Test
    void orderDetailsBreakingTheRulesOfSection93AreRefusedBeforeSending() {
        int before = SANDBOX.requests().size();
        Map<String, Object> product = TradeRequests.orderItem(unique("R"), unique("O"), "120", "2", "241");
        Map<String, Object> idCard = TradeRequests.orderItem(unique("R"), unique("O"), "120", "2", "240");
        idCard.put("payer_IDCard", "110105194912310021");
        Map<String, Object> sameTime = TradeRequests.orderItem(unique("R"), unique("O"), "120", "2", "240");
        sameTime.put("pay_time", sameTime.get("order_time"));

        assertThat(send("umf:remittance/orderItem", product, Map.of()).getException())
                .isInstanceOf(UmfValidationException.class).hasMessageContaining("Damount");
        assertThat(send("umf:remittance/orderItem", idCard, Map.of()).getException())
                .isInstanceOf(UmfValidationException.class).hasMessageContaining("payer_IDCard")
                .hasMessageNotContaining("110105194912310021");
        assertThat(send("umf:remittance/orderItem", sameTime, Map.of()).getException())
                .isInstanceOf(UmfValidationException.class).hasMessageContaining("pay_time");
        assertThat(SANDBOX.requests()).hasSize(before);
    }

    @Test
    void tuitionOrderNamesAnUploadedFileAndItsStatusFollowsUmfsApproval() {
        String filePath = SANDBOX.sandbox().trade().tuition().issueFilePath("offer.pdf");
        String orderId = unique("T");

        PaymentConfirmation ordered = call("umf:tuition/order", TradeRequests.tuitionOrder(orderId, filePath), Map.of())
                .getMessage().getBody(PaymentConfirmation.class);
        RecordedRequest sent = lastRequest();
        Exchange duplicate = send("umf:tuition/order", TradeRequests.tuitionOrder(orderId, filePath), Map.of());
        TuitionOrderStatus before = call("umf:tuition/status", null, Map.of(UmfConstants.PAYMENT_ID,
                ordered.getPaymentId())).getMessage().getBody(TuitionOrderStatus.class);
        SANDBOX.sandbox().trade().tuition().approve(ordered.getPaymentId(), "approved");
        TuitionOrderStatus after = call("umf:tuition/status", null, Map.of(UmfConstants.PAYMENT_ID,
                ordered.getPaymentId())).getMessage().getBody(TuitionOrderStatus.class);
        Exchange unknown = send("umf:tuition/status", null, Map.of(UmfConstants.PAYMENT_ID, "PAY_UNKNOWN"));

        assertThat(sent.decryptedFields()).containsEntry("payer_id_card", TradeRequests.ID_CARD)
                .containsEntry("payer_name", "张三");
        assertThat(JsonShapes.of(json(sent))).isEqualTo(JsonShapes.of(Examples.tree("10.2-tuition-order-request.json")));
        assertThat(refusal(duplicate).getRetCode()).isEqualTo("00131074");
        assertThat(before.getMerOrderid()).isEqualTo(orderId);
        assertThat(before.getOperStatus()).isEqualTo("0");
        assertThat(after.getVerifyStatus()).isEqualTo("201");
        assertThat(after.getOperStatus()).isEqualTo("1");
        assertThat(refusal(unknown).getRetCode()).isEqualTo("00280077");
    }
}
