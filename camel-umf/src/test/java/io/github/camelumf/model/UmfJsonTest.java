package io.github.camelumf.model;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.camelumf.error.UmfValidationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Every kind of body a route may send becomes the same JSON tree; bad bodies fail cleanly. */
class UmfJsonTest {

    private static final String REFUND_JSON = "{\"refund_info\":{\"mer_reference_id\":\"REF-0001\","
            + "\"mer_date\":\"20250301\",\"amount\":{\"total\":\"0.02\",\"currency\":\"CNY\"},"
            + "\"sub_orders\":[{\"mer_sub_reference_id\":\"SUB-1\",\"trans_code\":\"03223010\","
            + "\"amount\":{\"total\":\"0.02\",\"currency\":\"CNY\"}}]},"
            + "\"notify_url\":\"https://merchant.example/refund\"}";

    @Test
    void typedObjectMapJsonStringBytesStreamAndReaderGiveIdenticalTrees() {
        RefundRequest typed = new RefundRequest()
                .withRefundInfo(new RefundInfo().withMerReferenceId("REF-0001").withMerDate("20250301")
                        .withAmount(Amount.of("0.02", "CNY"))
                        .addSubOrder(new SubOrder().withMerSubReferenceId("SUB-1").withTransCode("03223010")
                                .withAmount(Amount.of("0.02", "CNY"))))
                .withNotifyUrl("https://merchant.example/refund");
        Map<String, Object> amount = map("total", "0.02", "currency", "CNY");
        Map<String, Object> map = map(
                "refund_info", map("mer_reference_id", "REF-0001", "mer_date", "20250301", "amount", amount,
                        "sub_orders", List.of(map("mer_sub_reference_id", "SUB-1", "trans_code", "03223010",
                                "amount", amount))),
                "notify_url", "https://merchant.example/refund");
        byte[] bytes = REFUND_JSON.getBytes(StandardCharsets.UTF_8);

        ObjectNode fromTyped = UmfJson.toTree(typed);

        assertThat(UmfJson.toTree(map)).isEqualTo(fromTyped);
        assertThat(UmfJson.toTree(REFUND_JSON)).isEqualTo(fromTyped);
        assertThat(UmfJson.toTree(bytes)).isEqualTo(fromTyped);
        assertThat(UmfJson.toTree(new ByteArrayInputStream(bytes))).isEqualTo(fromTyped);
        assertThat(UmfJson.toTree(new StringReader(REFUND_JSON))).isEqualTo(fromTyped);
        assertThat(UmfJson.toTree(fromTyped)).isEqualTo(fromTyped);
        assertThat(UmfJson.toJson(fromTyped)).isEqualTo(REFUND_JSON);
    }

    @Test
    void givenTreeIsCopiedNotChanged() {
        ObjectNode given = UmfJson.toTree(REFUND_JSON);

        ObjectNode copy = UmfJson.toTree(given);
        copy.put("notify_url", "changed");

        assertThat(given.get("notify_url").asText()).isEqualTo("https://merchant.example/refund");
    }

    @Test
    void malformedJsonGivesCleanValidationExceptionWithoutContentOrJacksonText() {
        String malformed = "{\"payer\":{\"payer_info\":{\"bank_card\":{\"number\":\"6222021234567890123\" \"cvv2\"}}}";

        assertThatThrownBy(() -> UmfJson.toTree(malformed))
                .isInstanceOfSatisfying(UmfValidationException.class, e -> {
                    assertThat(e.getField()).isEqualTo("body");
                    assertThat(e.getRule()).startsWith("must be a JSON object, but is not well-formed JSON (line 1,");
                    assertThat(e.getMessage()).doesNotContain("6222021234567890123", "cvv2", "Unexpected character",
                            "Source", "com.fasterxml");
                    assertThat(e.getCause()).isNull();
                });
    }

    @Test
    void truncatedJsonSaysItEndsTooEarly() {
        assertThatThrownBy(() -> UmfJson.toTree("{\"refund_info\":{\"amount\":"))
                .isInstanceOf(UmfValidationException.class)
                .hasMessageContaining("not well-formed JSON")
                .hasMessageContaining("the JSON ends too early");
    }

    @Test
    void memberGivenTwiceIsRefused() {
        assertThatThrownBy(() -> UmfJson.toTree("{\"notify_url\":\"a\",\"notify_url\":\"b\"}"))
                .isInstanceOf(UmfValidationException.class)
                .hasMessageContaining("a member occurs twice");
    }

    @Test
    void contentAfterTheObjectIsRefused() {
        assertThatThrownBy(() -> UmfJson.toTree("{\"a\":1} {\"b\":2}"))
                .isInstanceOf(UmfValidationException.class)
                .hasMessageContaining("content after the JSON object");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "[1,2]", "\"text\"", "42", "null"})
    void bodyThatIsNotAJsonObjectIsRefusedNamingTheBody(String body) {
        assertThatThrownBy(() -> UmfJson.toTree(body))
                .isInstanceOfSatisfying(UmfValidationException.class, e -> {
                    assertThat(e.getField()).isEqualTo("body");
                    assertThat(e.getRule()).startsWith("must be a JSON object");
                });
    }

    @Test
    void missingBodyAndListBodyAreRefused() {
        assertThatThrownBy(() -> UmfJson.toTree(null))
                .isInstanceOf(UmfValidationException.class)
                .hasMessage("Invalid request field 'body': must be a JSON object, but there is no body");
        assertThatThrownBy(() -> UmfJson.toTree(List.of(1, 2)))
                .isInstanceOf(UmfValidationException.class)
                .hasMessage("Invalid request field 'body': must be a JSON object, not a JSON array");
    }

    @Test
    void objectJacksonCannotConvertIsRefusedByTypeName() {
        assertThatThrownBy(() -> UmfJson.toTree(new Object()))
                .isInstanceOf(UmfValidationException.class)
                .hasMessageContaining("a Object cannot be converted to JSON");
    }

    @Test
    void fromTreeNamesThePathOfAMemberOfTheWrongShape() {
        JsonNode tree = UmfJson.toTree("{\"order\":{\"sub_orders\":{\"not\":\"an array\"}}}");

        assertThatThrownBy(() -> UmfJson.fromTree(tree, PaymentRequest.class))
                .isInstanceOfSatisfying(UmfValidationException.class, e -> {
                    assertThat(e.getField()).isEqualTo("order.sub_orders");
                    assertThat(e.getRule()).isEqualTo("must be a JSON array");
                });
    }

    @ParameterizedTest
    @ValueSource(strings = {"2.2-card-create-response.json", "2.5-wechat-web-response.json",
                            "2.10-direct-to-bank-response.json"})
    void aResultReadFromTheBytesWhereItLiesEqualsTheResultReadFromItsTree(String example) {
        byte[] answer = Examples.text(example).getBytes(StandardCharsets.UTF_8);
        io.github.camelumf.security.RawMembers.Parsed parsed =
                io.github.camelumf.security.RawMembers.parse(answer, UmfJson.mapper());
        io.github.camelumf.security.RawMembers.Member payment = parsed.members().find("payment");

        Payment fromBytes = parsed.members().read(payment,
                (body, offset, length) -> UmfJson.fromBytes(body, offset, length, Payment.class));

        Payment fromTree = UmfJson.fromTree(parsed.tree().get("payment"), Payment.class);
        assertThat(fromBytes).isEqualTo(fromTree);
        assertThat((JsonNode) UmfJson.mapper().valueToTree(fromBytes)).isEqualTo(UmfJson.mapper().valueToTree(fromTree));
        assertThat(fromBytes.getId()).isNotBlank();
    }

    @Test
    void fromBytesNamesThePathOfAMemberOfTheWrongShapeAsFromTreeDoes() {
        byte[] json = "{\"order\":{\"sub_orders\":{\"not\":\"an array\"}}}".getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> UmfJson.fromBytes(json, 0, json.length, PaymentRequest.class))
                .isInstanceOfSatisfying(UmfValidationException.class, e -> {
                    assertThat(e.getField()).isEqualTo("order.sub_orders");
                    assertThat(e.getRule()).isEqualTo("must be a JSON array");
                });
        assertThatThrownBy(() -> UmfJson.fromBytes(json, 0, 5, PaymentRequest.class))
                .isInstanceOf(UmfValidationException.class).hasMessageContaining("cannot be read as PaymentRequest");
    }

    @Test
    void fromTreeOfNothingIsNull() {
        assertThat(UmfJson.fromTree(null, Payment.class)).isNull();
    }

    @Test
    void numbersInTreesKeepTheirExactText() {
        ObjectNode tree = UmfJson.toTree("{\"total\":1.10,\"big\":12345678901234567890.123456789}");

        assertThat(UmfJson.toJson(tree)).isEqualTo("{\"total\":1.10,\"big\":12345678901234567890.123456789}");
    }

    private static Map<String, Object> map(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }
}
