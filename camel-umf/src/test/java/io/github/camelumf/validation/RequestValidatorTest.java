package io.github.camelumf.validation;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.github.camelumf.error.UmfValidationException;
import io.github.camelumf.model.Amount;
import io.github.camelumf.model.BusinessType;
import io.github.camelumf.model.InterfaceType;
import io.github.camelumf.model.Item;
import io.github.camelumf.model.Order;
import io.github.camelumf.model.Payer;
import io.github.camelumf.model.PayerInfo;
import io.github.camelumf.model.PaymentMethod;
import io.github.camelumf.model.PaymentRequest;
import io.github.camelumf.model.RiskInfo;
import io.github.camelumf.model.SubOrder;
import io.github.camelumf.model.UmfJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static io.github.camelumf.validation.Violations.VALIDATOR;
import static io.github.camelumf.validation.Violations.assertValid;
import static io.github.camelumf.validation.Violations.assertViolation;
import static io.github.camelumf.validation.Violations.example;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The validator as a whole: operations, body kinds, the reference's own examples. */
class RequestValidatorTest {

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
        "payment/create, 2.2-card-create-request.json",
        "payment/create, 2.3-alipay-qr-request.json",
        "payment/create, 2.5-wechat-web-request.json",
        "payment/create, 2.6-wechat-in-app-request.json",
        "payment/create, 2.10-direct-to-bank-request.json",
        "payment/create, 2.13-web-pay-request.json",
        "payment/create, 4.3-b2b-request.json",
        "payment/verify, 3.6-verify-request.json",
        "payment/execute, 3.7-execute-request.json",
        "refund/create, 3.10-refund-request.json",
        "refund/async, 3.11-async-refund-request.json"})
    void requestExamplesOfTheReferenceAreValid(String operation, String example) {
        assertValid(operation, example(example));
    }

    /**
     * Some examples of the reference use sub-order IDs longer than the 4 to 16 characters section 5 allows; the
     * validator follows section 5.
     */
    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
        "payment/create, 2.3-wechat-qr-request.json, order.sub_orders[0].mer_sub_reference_id",
        "payment/create, 2.8-wechat-h5-request.json, order.sub_orders[0].mer_sub_reference_id",
        "refund/create, 2.11-refund-request.json, refund_info.sub_orders[0].mer_sub_reference_id"})
    void examplesWithSubOrderIdsBeyondSectionFiveAreRefused(String operation, String example, String field) {
        assertViolation(operation, example(example), field, "must be 4 to 16 characters");
    }

    @Test
    void typedMapAndJsonBodiesGiveTheSameVerdict() {
        PaymentRequest typed = validTypedRequest();
        Map<String, Object> map = UmfJson.mapper().convertValue(typed, Map.class);
        String json = UmfJson.toJson(typed);

        assertValid("payment/create", UmfJson.toTree(typed));
        assertValid("payment/create", UmfJson.toTree(map));
        assertValid("payment/create", UmfJson.toTree(json));

        typed.getOrder().getSubOrders().get(0).getItems().get(0).withName("");
        map = UmfJson.mapper().convertValue(typed, Map.class);
        json = UmfJson.toJson(typed);
        for (Object body : List.of(typed, map, json)) {
            assertViolation("payment/create", UmfJson.toTree(body), "order.sub_orders[0].items[0].name",
                    "must be 1 to 256 characters");
        }
    }

    @Test
    void typedAmountWithMoreThanTwoDecimalsIsRefusedNotRounded() {
        PaymentRequest typed = validTypedRequest();
        typed.getOrder().withAmount(Amount.of("100.005", "USD"));

        assertViolation("payment/create", UmfJson.toTree(typed), "order.amount.total",
                "must have at most 12 digits with at most 2 decimals");
    }

    @Test
    void handWrittenMapIsHeldToTheSameRules() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("refund_info", Map.of("mer_reference_id", "REF1", "amount",
                Map.of("total", new BigDecimal("1.00"), "currency", "USD"),
                "sub_orders", List.of(Map.of("mer_sub_reference_id", "SUB1", "trans_code", "08227020",
                        "amount", Map.of("total", 1.0, "currency", "USD")))));

        assertViolation("refund/create", UmfJson.toTree(body), "notify_url", RefundRules.NOTIFY_URL_REQUIRED);
        body.put("notify_url", "https://m.example/refunds");
        assertValid("refund/create", UmfJson.toTree(body));
    }

    @Test
    void bodyOfAnOperationWithRulesMustBeAnObject() {
        JsonNode array = JsonNodeFactory.instance.arrayNode();

        assertViolation("payment/create", array, "body", "must be a JSON object");
        assertViolation("refund/async", null, "body", "must be a JSON object");
    }

    @Test
    void operationsWithoutBodyRulesPassAnything() {
        assertThat(Violations.rules("payment/get")).isNull();
        assertThat(Violations.rules("refund/async")).isSameAs(BodyRules.REFUND);
        assertValid("payment/get", null);
        assertValid("refund/get", JsonNodeFactory.instance.objectNode());
        assertValid("payment/getWithRefunds", JsonNodeFactory.instance.textNode("x"));
    }

    @Test
    void againstPaymentNeedsAnObjectBody() {
        assertThatThrownBy(() -> VALIDATOR.validateRefundAgainstPayment(null, Amount.of("1", "USD"), null))
                .isInstanceOf(UmfValidationException.class)
                .hasMessage("Invalid request field 'body': must be a JSON object");
    }

    static PaymentRequest validTypedRequest() {
        return new PaymentRequest()
                .withPayer(new Payer()
                        .withPaymentMethod(PaymentMethod.CREDIT_CARD)
                        .withInterfaceType(InterfaceType.SERVER_TO_SERVER)
                        .withBusinessType(BusinessType.B2C)
                        .withPayerInfo(new PayerInfo().withPhone("13552105741")))
                .withOrder(new Order()
                        .withMerReferenceId("ORD-20250301-0001")
                        .withMerDate("20250301")
                        .withAmount(Amount.of("120.50", "USD"))
                        .withOrderSummary("Two books and a flight")
                        .withExpireTime("360")
                        .addSubOrder(new SubOrder()
                                .withMerSubReferenceId("ORD1-GOODS")
                                .withTransCode("01122030")
                                .withAmount(Amount.of("20.50", "USD"))
                                .withCustoms(false)
                                .addItem(new Item().withMerItemId("BOOK-1").withType("HOUSEHOLD_ITEMS").withName("Book")
                                        .withDescription("Paperback").withQuantity(2)
                                        .withAmount(Amount.of("20.50", "USD"))))
                        .addSubOrder(new SubOrder()
                                .withMerSubReferenceId("ORD1-FLIGHT")
                                .withTransCode("03222024")
                                .withAmount(Amount.of(new BigDecimal("100"), "USD"))))
                .withNotifyUrl("https://merchant.example/umf/notify")
                .withRiskInfo(new RiskInfo().withTransType("02"));
    }
}
