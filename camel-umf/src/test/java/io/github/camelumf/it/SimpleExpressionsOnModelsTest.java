package io.github.camelumf.it;

import java.math.BigDecimal;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.camelumf.UmfConstants;
import io.github.camelumf.model.Amount;
import io.github.camelumf.model.BusinessType;
import io.github.camelumf.model.InterfaceType;
import io.github.camelumf.model.Item;
import io.github.camelumf.model.Order;
import io.github.camelumf.model.Payer;
import io.github.camelumf.model.PayerInfo;
import io.github.camelumf.model.Payment;
import io.github.camelumf.model.PaymentMethod;
import io.github.camelumf.model.PaymentRequest;
import io.github.camelumf.model.Refund;
import io.github.camelumf.model.RiskInfo;
import io.github.camelumf.model.SubOrder;
import io.github.camelumf.model.UmfJson;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Camel Simple expressions on the typed models ({@code ${body.id}}, {@code ${body.order.amount.total}}): they read the
 * property through its getter and leave the object as it was, on answers (Payment, Refund) and on requests built
 * with the fluent setters, which a route may inspect before sending them.
 */
class SimpleExpressionsOnModelsTest extends SandboxTestSupport {

    @BeforeEach
    void addRoutes() throws Exception {
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:readPayment")
                    .setHeader("id", simple("${body.id}"))
                    .setHeader("state", simple("${body.state}"))
                    .setHeader("reference", simple("${body.order.merReferenceId}"))
                    .setHeader("amount", simple("${body.order.amount}"))
                    .setHeader("total", simple("${body.order.amount.total}"))
                    .setHeader("currency", simple("${body.order.amount.currency}"))
                    .setHeader("notifyUrl", simple("${body.notifyUrl}"));

                from("direct:readRefund")
                    .setHeader("id", simple("${body.id}"))
                    .setHeader("amount", simple("${body.refundInfo.amount}"))
                    .setHeader("total", simple("${body.refundInfo.amount.total}"));

                from("direct:inspectThenCreate")
                    .setHeader("reference", simple("${body.order.merReferenceId}"))
                    .setHeader("total", simple("${body.order.amount.total}"))
                    .setHeader("items", simple("${body.order.subOrders[0].items.size()}"))
                    .setHeader("notifyUrl", simple("${body.notifyUrl}"))
                    .to("umf:payment/create");
            }
        });
    }

    @Test
    void simpleReadsAPaymentAnswerWithoutChangingIt() {
        Payment payment = call("umf:payment/create", TestOrders.payment("CREDIT_CARD", TestOrders.newReference(),
                "12.34"), Map.of()).getMessage().getBody(Payment.class);
        JsonNode before = UmfJson.mapper().valueToTree(payment);

        Exchange read = template.request("direct:readPayment", e -> e.getMessage().setBody(payment));

        assertThat(read.getException()).isNull();
        assertThat(read.getMessage().getBody()).isSameAs(payment);
        assertThat(UmfJson.mapper().<JsonNode> valueToTree(payment)).isEqualTo(before);
        assertThat(read.getMessage().getHeaders())
                .containsEntry("id", payment.getId())
                .containsEntry("state", payment.getState())
                .containsEntry("reference", payment.getOrder().getMerReferenceId())
                .containsEntry("amount", payment.getOrder().getAmount())
                .containsEntry("total", new BigDecimal("12.34"))
                .containsEntry("currency", "CNY")
                .containsEntry("notifyUrl", "http://127.0.0.1:9/umf/notify");
    }

    @Test
    void simpleReadsARefundAnswerWithoutChangingIt() {
        PaidPayment paid = payByCard("50.00");
        Refund refund = call("umf:refund/create", TestOrders.refund(paid.reference(), TestOrders.newReference(),
                "20.00", "CNY"), Map.of(UmfConstants.PAYMENT_ID, paid.id())).getMessage().getBody(Refund.class);
        JsonNode before = UmfJson.mapper().valueToTree(refund);

        Exchange read = template.request("direct:readRefund", e -> e.getMessage().setBody(refund));

        assertThat(read.getException()).isNull();
        assertThat(read.getMessage().getBody()).isSameAs(refund);
        assertThat(UmfJson.mapper().<JsonNode> valueToTree(refund)).isEqualTo(before);
        assertThat(read.getMessage().getHeaders())
                .containsEntry("id", refund.getId())
                .containsEntry("amount", refund.getRefundInfo().getAmount())
                .containsEntry("total", new BigDecimal("20.00"));
    }

    @Test
    void simpleReadsARequestWithoutChangingWhatIsSent() {
        String reference = TestOrders.newReference();
        PaymentRequest request = new PaymentRequest()
            .withPayer(new Payer().withPaymentMethod(PaymentMethod.CREDIT_CARD).withBankCode("BOC")
                .withInterfaceType(InterfaceType.SERVER_TO_SERVER).withBusinessType(BusinessType.B2C)
                .withPayerInfo(new PayerInfo().withPhone(TestOrders.PHONE)))
            .withOrder(new Order().withMerReferenceId(reference).withMerDate(TestOrders.today())
                .withAmount(Amount.of("88.00", "CNY")).withOrderSummary("Books").withExpireTime("360")
                .withUserIp("203.0.113.7")
                .addSubOrder(new SubOrder().withMerSubReferenceId(reference.substring(0, 16)).withTransCode("01122030")
                    .withAmount(Amount.of("88.00", "CNY")).withIsCustoms("FALSE").withInvoiceId("INV-1")
                    .addItem(new Item().withMerItemId("SKU-1").withType("ELECTRONIC").withName("e-reader")
                        .withQuantity("1").withDescription("e-reader").withAmount(Amount.of("88.00", "CNY")))))
            .withNotifyUrl("https://shop.example.com/umf/notify")
            .withRiskInfo(new RiskInfo().withTransType("02"));
        JsonNode before = UmfJson.mapper().valueToTree(request);

        Exchange created = template.request("direct:inspectThenCreate", e -> e.getMessage().setBody(request));

        assertThat(created.getException()).isNull();
        assertThat(UmfJson.mapper().<JsonNode> valueToTree(request)).isEqualTo(before);
        assertThat(created.getMessage().getHeaders())
                .containsEntry("reference", reference)
                .containsEntry("total", new BigDecimal("88.00"))
                .containsEntry("items", 1)
                .containsEntry("notifyUrl", "https://shop.example.com/umf/notify");
        Payment payment = created.getMessage().getBody(Payment.class);
        assertThat(payment.getOrder().getMerReferenceId()).isEqualTo(reference);
        assertThat(payment.getOrder().getAmount().getTotal()).isEqualByComparingTo("88.00");
        assertThat(payment.getNotifyUrl()).isEqualTo("https://shop.example.com/umf/notify");
    }
}
