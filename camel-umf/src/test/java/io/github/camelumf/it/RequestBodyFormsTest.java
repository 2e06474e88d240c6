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
        PaymentVerifyRequest verify = PaymentVerifyRequest.of(new Payer().paymentMethod(PaymentMethod.CREDIT_CARD)
                .bankCode("BOC")
                .payerInfo(new PayerInfo().bankCard(new BankCard().number(TestOrders.CARD_NUMBER)
                        .validDate(TestOrders.VALID_DATE).cvv2(TestOrders.CVV2).payerName(TestOrders.PAYER_NAME)
                        .citizenIdType("IDENTITY_CARD").citizenIdNumber(TestOrders.CITIZEN_ID)
                        .phone(TestOrders.PHONE))));

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
                .payer(new Payer().paymentMethod(PaymentMethod.WECHAT_SCAN)
                        .payerInfo(new PayerInfo().phone(TestOrders.PHONE))
                        .interfaceType(InterfaceType.SERVER_TO_SERVER).businessType(BusinessType.B2C))
                .order(new Order().merReferenceId(reference).merDate(TestOrders.today())
                        .amount(Amount.of(total, "CNY")).orderSummary("Camel UMF test order").expireTime("360")
                        .userIp("127.0.0.1")
                        .addSubOrder(new SubOrder().merSubReferenceId(reference.substring(0, 16)).transCode("01122030")
                                .amount(Amount.of(total, "CNY")).isCustoms("FALSE").invoiceId("INV0001")
                                .addItem(new Item().merItemId("ITEM0001").type("FOOD").name("banana").quantity("2")
                                        .description("banana").amount(Amount.of(total, "CNY")))))
                .notifyUrl("http://127.0.0.1:9/umf/notify")
                .riskInfo(new RiskInfo().transType("02"));
    }

    private static JsonNode withoutReferences(ObjectNode request) {
        ObjectNode order = (ObjectNode) request.get("order");
        order.remove("mer_reference_id");
        ((ObjectNode) order.get("sub_orders").get(0)).remove("mer_sub_reference_id");
        return request;
    }
}
