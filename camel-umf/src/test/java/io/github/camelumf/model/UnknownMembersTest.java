package io.github.camelumf.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Members the model does not know are kept and written back; the mapping does not depend on UmfJson's mapper. */
class UnknownMembersTest {

    @Test
    void unknownMembersAtEveryLevelAreKeptAndWrittenBack() {
        String json = "{\"payment\":{\"id\":\"PAY_1\",\"new_flag\":true,"
                + "\"order\":{\"mer_priv\":\"x\",\"amount\":{\"total\":\"1.00\",\"fee\":{\"a\":[1,2.50]}}}},"
                + "\"extra\":[\"a\",null]}";

        PaymentResponse response = UmfJson.fromTree(UmfJson.toTree(json), PaymentResponse.class);

        assertThat(response.getUnknownMember("extra").size()).isEqualTo(2);
        assertThat(response.getPayment().getUnknownMember("new_flag").booleanValue()).isTrue();
        assertThat(response.getPayment().getOrder().getUnknownMember("mer_priv").asText()).isEqualTo("x");
        JsonNode written = UmfJson.toTree(response);
        assertThat(written).isEqualTo(UmfJson.toTree(json));
        assertThat(UmfJson.toJson(response)).contains("\"a\":[1,2.50]");
    }

    @Test
    void unknownMembersCanBeSetAndRemoved() {
        Order order = new Order().withMerReferenceId("ORDER-1");
        order.putUnknownMember("mer_priv", "private data");
        order.putUnknownMember("goods_info", java.util.Map.of("kind", "book"));

        assertThat(UmfJson.toJson(order))
                .isEqualTo("{\"mer_reference_id\":\"ORDER-1\",\"mer_priv\":\"private data\","
                        + "\"goods_info\":{\"kind\":\"book\"}}");

        order.putUnknownMember("mer_priv", null);
        assertThat(order.getUnknownMembers()).containsOnlyKeys("goods_info");
    }

    @Test
    void plainObjectMapperMapsModelsTheSameWay() throws Exception {
        ObjectMapper plain = new ObjectMapper();
        PaymentRequest request = new PaymentRequest()
                .withNotifyUrl("https://m.example/n")
                .withSubMchIdFlag("Y")
                .withOrder(new Order().withMerReferenceId("ORDER-1").withAmount(Amount.of("5", "USD")));

        String json = plain.writeValueAsString(request);

        assertThat(json).isEqualTo("{\"order\":{\"mer_reference_id\":\"ORDER-1\","
                + "\"amount\":{\"total\":\"5.00\",\"currency\":\"USD\"}},"
                + "\"notify_url\":\"https://m.example/n\",\"subMchId_flag\":\"Y\"}");
        assertThat(plain.readValue(json, PaymentRequest.class)).isEqualTo(request);
    }

    @Test
    void oddlyNamedMembersUseUmfSpelling() {
        Payment payment = new Payment().withIsFromUs("Y")
                .withPayer(new Payer().withPayerInfo(new PayerInfo().withWechatH5(new WechatH5()
                        .withWechatH5Url("u"))));

        assertThat(UmfJson.toJson(payment))
                .isEqualTo("{\"payer\":{\"payer_info\":{\"wechat_H5\":{\"wechat_H5_url\":\"u\"}}},\"is_from_US\":\"Y\"}");
        assertThat(UmfJson.toJson(new PayInfo()
                .withPackageValue("prepay_id=1"))).isEqualTo("{\"package\":\"prepay_id=1\"}");
    }

    @Test
    void objectsWithTheSameJsonAreEqual() {
        Amount one = Amount.of("1", "USD");
        Amount same = Amount.of("1.00", "USD");

        assertThat(one).isEqualTo(same).hasSameHashCodeAs(same);
        assertThat(one).isNotEqualTo(Amount.of("1.01", "USD"));
    }
}
