package io.github.camelumf.security;

import java.nio.charset.StandardCharsets;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import io.github.camelumf.error.UmfValidationException;

import static io.github.camelumf.security.TestKeys.MERCHANT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class SensitiveFieldEncryptionTest {

    /** The enc column of {@code umf:payment/create} in operations.md. */
    private static final List<String> PAYMENT_PATHS = FieldPaths.parse("payer.payer_info.name; "
                                                                       + "payer.payer_info.bank_card.{number,valid_date,cvv2,payer_name,citizen_id_number}; "
                                                                       + "payer.payer_info.{qr_code_scan,wechat_in_app,wechat_in_app_web,wechat_H5}.citizen_id_number; "
                                                                       + "payer.payer_info.payer_agreement.{valid_date,cvv2}; order.student_name");

    private final ObjectMapper mapper = new ObjectMapper();
    private final RsaFieldEncryptor encryptor = new RsaFieldEncryptor(MERCHANT.getPublic());
    private final SensitiveFieldEncryption encryption = new SensitiveFieldEncryption(encryptor);

    @Test
    void nestedSensitiveMembersAreEncryptedAndOthersLeftAlone() throws Exception {
        ObjectNode body = json("""
                {"payer":{"payment_method":"CREDIT_CARD","payer_info":{"name":"张三",
                  "bank_card":{"number":"6225880112345678","valid_date":"2512","cvv2":"123","payer_name":"张三",
                               "citizen_id_number":"110101199003071234","bank_code":"CMB"}}},
                 "order":{"amount":{"total":"10.00","currency":"CNY"},"student_name":"李四"}}""");

        int count = encryption.encrypt(body, PAYMENT_PATHS);

        assertThat(count).isEqualTo(7);
        assertThat(decrypt(body.at("/payer/payer_info/name"))).isEqualTo("张三");
        assertThat(decrypt(body.at("/payer/payer_info/bank_card/number"))).isEqualTo("6225880112345678");
        assertThat(decrypt(body.at("/payer/payer_info/bank_card/valid_date"))).isEqualTo("2512");
        assertThat(decrypt(body.at("/payer/payer_info/bank_card/cvv2"))).isEqualTo("123");
        assertThat(decrypt(body.at("/payer/payer_info/bank_card/payer_name"))).isEqualTo("张三");
        assertThat(decrypt(body.at("/payer/payer_info/bank_card/citizen_id_number"))).isEqualTo("110101199003071234");
        assertThat(decrypt(body.at("/order/student_name"))).isEqualTo("李四");
        assertThat(body.at("/payer/payer_info/bank_card/bank_code").textValue()).isEqualTo("CMB");
        assertThat(body.at("/payer/payment_method").textValue()).isEqualTo("CREDIT_CARD");
        assertThat(body.at("/order/amount/total").textValue()).isEqualTo("10.00");
        assertThat(body.toString()).doesNotContain("6225880112345678").doesNotContain("110101199003071234");
    }

    @Test
    void arraysOnTheWayAreWalkedElementByElement() throws Exception {
        ObjectNode body = json("""
                {"order":{"sub_orders":[{"student_name":"王五","amount":"1.00"},{"amount":"2.00"},
                                        {"student_name":"赵六"}],
                          "groups":[[{"id":"110101199003071234"}],[{"id":"220101199003071234"}]]}}""");

        int count = encryption.encrypt(body, List.of("order.sub_orders.student_name", "order.groups.id"));

        assertThat(count).isEqualTo(4);
        assertThat(decrypt(body.at("/order/sub_orders/0/student_name"))).isEqualTo("王五");
        assertThat(body.at("/order/sub_orders/1").has("student_name")).isFalse();
        assertThat(decrypt(body.at("/order/sub_orders/2/student_name"))).isEqualTo("赵六");
        assertThat(decrypt(body.at("/order/groups/0/0/id"))).isEqualTo("110101199003071234");
        assertThat(decrypt(body.at("/order/groups/1/0/id"))).isEqualTo("220101199003071234");
    }

    @Test
    void missingMembersNullsAndEmptyStringsAreSkipped() throws Exception {
        ObjectNode body = json("""
                {"bind":{"number":"","citizen_id_number":null},"payer":"not an object"}""");
        String before = body.toString();

        int count = encryption.encrypt(body, List.of("bind.number", "bind.citizen_id_number", "bind.name",
                "order.student_name", "payer.payer_info.name"));

        assertThat(count).isZero();
        assertThat(body.toString()).isEqualTo(before);
    }

    @Test
    void alreadyEncryptedValuesAreLeftAsTheyAreSoEncryptingTwiceIsHarmless() throws Exception {
        ObjectNode body = json("{\"bind\":{\"number\":\"6225880112345678\",\"name\":\"张三\"}}");
        String preEncrypted = encryptor.encrypt("110101199003071234");
        body.with("bind").put("citizen_id_number", preEncrypted);

        assertThat(encryption.encrypt(body, FieldPaths.expand("bind.{number,citizen_id_number,name}"))).isEqualTo(2);
        assertThat(body.at("/bind/citizen_id_number").textValue()).isEqualTo(preEncrypted);
        String once = body.toString();

        assertThat(encryption.encrypt(body, FieldPaths.expand("bind.{number,citizen_id_number,name}"))).isZero();
        assertThat(body.toString()).isEqualTo(once);
        assertThat(decrypt(body.at("/bind/number"))).isEqualTo("6225880112345678");
    }

    @Test
    void numbersAreEncryptedAsTheirPlainText() throws Exception {
        ObjectNode body = json("{\"bind\":{\"number\":6225880112345678,\"cvv2\":123}}");
        body.with("order").put("code", new java.math.BigDecimal("1E+3"));

        assertThat(encryption.encrypt(body, List.of("bind.number", "bind.cvv2", "order.code"))).isEqualTo(3);
        assertThat(decrypt(body.at("/bind/number"))).isEqualTo("6225880112345678");
        assertThat(decrypt(body.at("/bind/cvv2"))).isEqualTo("123");
        assertThat(decrypt(body.at("/order/code"))).isEqualTo("1000");
    }

    @Test
    void objectOrArrayAtTheEndOfAPathIsRefusedNamingTheConcretePathNotTheValue() throws Exception {
        ObjectNode body = json("""
                {"order":{"sub_orders":[{"student_name":"王五"},{"student_name":{"first":"秘密名字"}}]}}""");

        UmfValidationException e = catchThrowableOfType(UmfValidationException.class,
                () -> encryption.encrypt(body, List.of("order.sub_orders.student_name")));

        assertThat(e.getField()).isEqualTo("order.sub_orders[1].student_name");
        assertThat(e.getRule()).isEqualTo("must be a string");
        assertThat(e.getMessage()).doesNotContain("秘密名字");

        ObjectNode withArray = json("{\"bind\":{\"number\":[\"6225880112345678\"]}}");
        UmfValidationException arrayLeaf = catchThrowableOfType(UmfValidationException.class,
                () -> encryption.encrypt(withArray, List.of("bind.number")));
        assertThat(arrayLeaf.getField()).isEqualTo("bind.number");
        assertThat(arrayLeaf.getMessage()).doesNotContain("6225880112345678");
    }

    @Test
    void valueTooLongForTheKeyIsRefusedNamingThePathAndTheLimit() throws Exception {
        ObjectNode body = mapper.createObjectNode();
        body.with("payer").with("payer_info").put("name", "x".repeat(300));

        UmfValidationException e = catchThrowableOfType(UmfValidationException.class,
                () -> encryption.encrypt(body, PAYMENT_PATHS));

        assertThat(e.getField()).isEqualTo("payer.payer_info.name");
        assertThat(e.getRule()).contains("at most 245 bytes");
        assertThat(e.getMessage()).doesNotContain("xxxxxxxx");
    }

    private ObjectNode json(String text) throws Exception {
        return (ObjectNode) mapper.readTree(text);
    }

    private static String decrypt(JsonNode node) {
        assertThat(node.isTextual()).as("encrypted member is a string").isTrue();
        return new String(TestKeys.decrypt(MERCHANT.getPrivate(), node.textValue()), StandardCharsets.UTF_8);
    }

    @Test
    void aCatalogPathWithAnUnexpandedBraceSetFailsLoudlyInsteadOfSendingTheFieldInClear() throws Exception {
        ObjectNode body = (ObjectNode) mapper.readTree("{\"payer\":{\"bank_card\":{\"number\":\"6222020000000000\"}}}");

        IllegalArgumentException e = catchThrowableOfType(IllegalArgumentException.class,
                () -> encryption.encrypt(body, List.of("payer.bank_card.{number,cvv2}")));

        assertThat(e).hasMessageContaining("unexpanded brace set").hasMessageContaining("payer.bank_card.{number,cvv2}");
        assertThat(catchThrowableOfType(IllegalArgumentException.class, () -> encryption.encrypt(body, List.of(""))))
                .hasMessageContaining("is empty");
        assertThat(body.path("payer").path("bank_card").path("number").asText()).isEqualTo("6222020000000000");
    }
}
