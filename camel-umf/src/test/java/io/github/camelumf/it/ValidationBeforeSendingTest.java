package io.github.camelumf.it;

import java.util.Map;
import java.util.function.UnaryOperator;

import io.github.camelumf.UmfConstants;
import io.github.camelumf.error.UmfValidationException;
import org.apache.camel.Exchange;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Requests that break a rule of the reference fail in the route with an exception naming the field and the rule,
 * and never reach UMF. (Every rule is unit-tested in the validation package; these prove the producer applies them.)
 */
class ValidationBeforeSendingTest extends SandboxTestSupport {

    static Stream<Arguments> brokenOrders() {
        return Stream.of(
                broken("mer_date is not a date", "order.mer_date", s -> s.replace("\"mer_date\":\"" + TestOrders.today(),
                        "\"mer_date\":\"20251341")),
                broken("three decimals", "order.amount.total", s -> s.replace("\"total\":\"10.00\",\"currency\":\"CNY\"},\n"
                                                                               + "   \"order_summary\"",
                        "\"total\":\"10.001\",\"currency\":\"CNY\"},\n   \"order_summary\"")),
                broken("unknown currency", "order.amount.currency", s -> s.replaceFirst("\"currency\":\"CNY\"",
                        "\"currency\":\"XXX\"")),
                broken("mer_reference_id too short", "order.mer_reference_id",
                        s -> s.replaceFirst("\"mer_reference_id\":\"[0-9a-f]+\"", "\"mer_reference_id\":\"ab\"")),
                broken("unknown trans_code", "order.sub_orders[0].trans_code",
                        s -> s.replace("\"trans_code\":\"01122030\"", "\"trans_code\":\"99999999\"")),
                broken("goods without items", "order.sub_orders[0].items",
                        s -> s.replaceAll("(?s),\\s*\"items\":\\[.*?\\]\\}\\]", "}]")),
                broken("method not allowed for the interface", "payer.payment_method",
                        s -> s.replace("\"interface_type\":\"SERVER_TO_SERVER\"", "\"interface_type\":\"SERVER_TO_WEB\"")));
    }

    private static Arguments broken(String name, String field, UnaryOperator<String> change) {
        return Arguments.of(name, field, change);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenOrders")
    void brokenPaymentIsRefusedWithTheFieldAndRuleAndNeverSent(String name, String field, UnaryOperator<String> change) {
        String valid = TestOrders.payment("WECHAT_SCAN", TestOrders.newReference(), "10.00");
        String body = change.apply(valid);
        assertThat(body).as("the test changed the body").isNotEqualTo(valid);

        Exchange exchange = send("umf:payment/create", body, Map.of());

        assertThat(exchange.getException()).isInstanceOf(UmfValidationException.class);
        UmfValidationException e = (UmfValidationException) exchange.getException();
        assertThat(e.getField()).isEqualTo(field);
        assertThat(e.getRule()).isNotBlank();
        assertThat(e.getMessage()).contains(field);
        assertThat(SANDBOX.requests()).as("nothing reached UMF").noneMatch(r -> r.apiPath().startsWith("/payments"));
    }

    @Test
    void subOrdersMustAddUpToTheOrderAmount() {
        String body = TestOrders.payment("WECHAT_SCAN", TestOrders.newReference(), "10.00")
                .replaceFirst("(\"sub_orders\":\\[\\{[^}]*?\"amount\":\\{\"total\":\")10.00", "$19.00");

        Exchange exchange = send("umf:payment/create", body, Map.of());

        assertThat(exchange.getException()).isInstanceOf(UmfValidationException.class);
        assertThat(((UmfValidationException) exchange.getException()).getRule()).contains("sum");
    }

    @Test
    void malformedJsonIsAClearValidationErrorNotAJacksonTrace() {
        Exchange exchange = send("umf:payment/create", "{\"payer\": {\"payment_method\": ", Map.of());

        assertThat(exchange.getException()).isInstanceOf(UmfValidationException.class);
        assertThat(((UmfValidationException) exchange.getException()).getField()).isEqualTo("body");
        assertThat(exchange.getException().getMessage()).doesNotContain("com.fasterxml");
    }

    @Test
    void missingPaymentIdNamesTheHeaderAndTheOption() {
        Exchange exchange = send("umf:payment/get", null, Map.of());

        assertThat(exchange.getException()).isInstanceOf(UmfValidationException.class)
                .hasMessageContaining(UmfConstants.PAYMENT_ID).hasMessageContaining("paymentId");
    }

    @Test
    void theHeaderOverridesThePaymentIdOption() {
        Exchange created = call("umf:payment/create", TestOrders.payment("WECHAT_SCAN", TestOrders.newReference(), "1.00"),
                Map.of());
        String id = created.getMessage().getHeader(UmfConstants.PAYMENT_ID, String.class);

        Exchange fetched = call("umf:payment/get?paymentId=PAY_DOES_NOT_EXIST", null, Map.of(UmfConstants.PAYMENT_ID, id));

        assertThat(fetched.getMessage().getHeader(UmfConstants.PAYMENT_ID)).isEqualTo(id);
    }
}
