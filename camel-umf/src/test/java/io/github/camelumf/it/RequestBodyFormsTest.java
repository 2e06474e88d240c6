package io.github.camelumf.it;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.camelumf.UmfConstants;
import io.github.camelumf.model.Amount;
import io.github.camelumf.model.BankCard;
import io.github.camelumf.model.BusinessType;
import io.github.camelumf.model.InterfaceType;
import io.github.camelumf.model.Item;
import io.github.camelumf.model.Order;
import io.github.camelumf.model.Payer;
import io.github.camelumf.model.PayerInfo;
import io.github.camelumf.model.PaymentMethod;
import io.github.camelumf.model.PaymentRequest;
import io.github.camelumf.model.PaymentVerifyRequest;
import io.github.camelumf.model.RiskInfo;
import io.github.camelumf.model.SubOrder;
import io.github.camelumf.model.UmfJson;
import io.github.camelumf.sandbox.RecordedRequest;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A typed model, a Map and a JSON string take the same path and put the same request on the wire. */
class RequestBodyFormsTest extends SandboxTestSupport {

    @Test
    void typedModelMapAndJsonStringSendTheSameRequest() {
        String json = TestOrders.payment("WECHAT_SCAN", TestOrders.newReference(), "25.50");
        Map<String, Object> map = UmfJson.mapper().convertValue(
                UmfJson.toTree(TestOrders.payment("WECHAT_SCAN", TestOrders.newReference(), "25.50")),
                new TypeReference<Map<String, Object>>() {
                });
        PaymentRequest typed = typedQrPayment(TestOrders.newReference(), "25.50");

        call("umf:payment/create", json, Map.of());
        call("umf:payment/create", map, Map.of());
        call("umf:payment/create", typed, Map.of());

        List<JsonNode> received = SANDBOX.requests().stream().filter(r -> r.apiPath().equals("/payments/payment"))
                .map(r -> withoutReferences(UmfJson.parseObject(r.body()))).toList();
        assertThat(received).hasSize(3);
        assertThat(received.get(1)).isEqualTo(received.get(0));
        assertThat(received.get(2)).isEqualTo(received.get(0));
        assertThat(received.get(0).at("/order/amount/total").asText()).isEqualTo("25.50");
    }

    @Test
    void typedVerifyRequestIsEncryptedLikeAnyOther() {
        Exchange created = call("umf:payment/create",
                TestOrders.payment("CREDIT_CARD", TestOrders.newReference(), "10.00"), Map.of());
        String paymentId = created.getMessage().getHeader(UmfConstants.PAYMENT_ID, String.class);
        PaymentVerifyRequest verify = PaymentVerifyRequest.of(new Payer().withPaymentMethod(PaymentMethod.CREDIT_CARD)
                .withBankCode("BOC")
                .withPayerInfo(new PayerInfo().withBankCard(new BankCard().withNumber(TestOrders.CARD_NUMBER)
                        .withValidDate(TestOrders.VALID_DATE).withCvv2(TestOrders.CVV2)
                        .withPayerName(TestOrders.PAYER_NAME)
                        .withCitizenIdType("IDENTITY_CARD").withCitizenIdNumber(TestOrders.CITIZEN_ID)
                        .withPhone(TestOrders.PHONE))));

        call("umf:payment/verify", verify, Map.of(UmfConstants.PAYMENT_ID, paymentId));

        RecordedRequest sent = SANDBOX.requests().stream().filter(r -> r.apiPath().endsWith("/verify")).findFirst()
                .orElseThrow();
        assertThat(sent.decryptedFields()).containsEntry("payer.payer_info.bank_card.number", TestOrders.CARD_NUMBER)
                .containsEntry("payer.payer_info.bank_card.payer_name", TestOrders.PAYER_NAME);
        assertThat(verify.getPayer().getPayerInfo().getBankCard().getNumber())
                .as("the route's object is not changed by the encryption").isEqualTo(TestOrders.CARD_NUMBER);
    }

    private static PaymentRequest typedQrPayment(String reference, String total) {
        return new PaymentRequest()
                .withPayer(new Payer().withPaymentMethod(PaymentMethod.WECHAT_SCAN)
                        .withPayerInfo(new PayerInfo().withPhone(TestOrders.PHONE))
                        .withInterfaceType(InterfaceType.SERVER_TO_SERVER).withBusinessType(BusinessType.B2C))
                .withOrder(new Order().withMerReferenceId(reference).withMerDate(TestOrders.today())
                        .withAmount(Amount.of(total, "CNY")).withOrderSummary("Camel UMF test order")
                        .withExpireTime("360")
                        .withUserIp("127.0.0.1")
                        .addSubOrder(new SubOrder().withMerSubReferenceId(reference.substring(0, 16))
                                .withTransCode("01122030")
                                .withAmount(Amount.of(total, "CNY")).withIsCustoms("FALSE").withInvoiceId("INV0001")
                                .addItem(new Item().withMerItemId("ITEM0001").withType("FOOD").withName("banana")
                                        .withQuantity("2")
                                        .withDescription("banana").withAmount(Amount.of(total, "CNY")))))
                .withNotifyUrl("http://127.0.0.1:9/umf/notify")
                .withRiskInfo(new RiskInfo().withTransType("02"));
    }

    private static JsonNode withoutReferences(ObjectNode request) {
        ObjectNode order = (ObjectNode) request.get("order");
        order.remove("mer_reference_id");
        ((ObjectNode) order.get("sub_orders").get(0)).remove("mer_sub_reference_id");
        return request;
    }
}
