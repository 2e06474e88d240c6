package io.github.camelumf.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class FormatRulesTest {

    @RegisterExtension
    static UmfSandboxExtension sandbox = UmfSandboxExtension.create();

    private UmfTestClient client;

    @BeforeEach
    void setUp() {
        client = new UmfTestClient(sandbox.sandbox());
        client.authenticate();
    }

    /** Replaces the first {@code from} (the order's member) in a valid DEBIT_CARD creation body and expects {@code retCode} naming {@code field}. */
    @ParameterizedTest(name = "{3}: {0} -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '\'', textBlock = """
            "mer_reference_id":"T                   | "mer_reference_id":"#               | 00280702 | order.mer_reference_id
            "mer_date":"2                            | "mer_date":"2x                    | 00280702 | order.mer_date
            "amount":{"total":"0.02","currency":"CNY"} | "amount":{"total":"0.021","currency":"CNY"} | 00280702 | order.amount.total
            "amount":{"total":"0.02","currency":"CNY"} | "amount":{"total":"12345678901.00","currency":"CNY"} | 00280702 | order.amount.total
            "amount":{"total":"0.02","currency":"CNY"} | "amount":{"total":"0.00","currency":"CNY"} | 00202003 | order.amount.total
            "amount":{"total":"0.02","currency":"CNY"} | "amount":{"total":"0.03","currency":"CNY"} | 00060700 | order.sub_orders
            "amount":{"total":"0.02","currency":"CNY"} | "amount":{"total":"0.02","currency":"XYZ"} | 00280702 | order.amount.currency
            "trans_code":"01122030"                  | "trans_code":"99999999"           | 00280702 | order.sub_orders[0].trans_code
            "payment_method":"DEBIT_CARD"            | "payment_method":"PAYPAL"         | 00280702 | payer.payment_method
            "interface_type":"SERVER_TO_SERVER"      | "interface_type":"SERVER_TO_WEB"  | 00202017 | payer.payment_method
            "business_type":"B2C"                    | "business_type":"B2B"             | 00202017 | payer.payment_method
            "bank_code":"BOC"                        | "bank_code":"NOBANK"              | 00280702 | payer.bank_code
            "is_customs":"TRUE"                      | "is_customs":"MAYBE"              | 00280702 | order.sub_orders[0].is_customs
            "type":"FOOD"                            | "type":"WEAPONS"                  | 00280702 | order.sub_orders[0].items[0].type
            "quantity":"2"                           | "quantity":"200"                  | 00280702 | order.sub_orders[0].items[0].quantity
            "phone":"13552105741"                    | "phone":"555-1234"                | 00060720 | payer.payer_info.phone
            "expire_time":"360"                      | "expire_time":"soon"              | 00280702 | order.expire_time
            "order":{                                | "order_x":{                       | 00060700 | order
            "payer":{                                | "payer_x":{                       | 00060700 | payer
            "mer_sub_reference_id":"S                | "mer_sub_reference_id":"#         | 00280702 | order.sub_orders[0].mer_sub_reference_id
            """)
    void invalidCreationRequestIsRefusedNamingTheField(String from, String to, String retCode, String field) {
        String valid = Payloads.cardPayment(Payloads.merReferenceId(), "DEBIT_CARD");
        String invalid = valid.replaceFirst(java.util.regex.Pattern.quote(from.trim()),
                java.util.regex.Matcher.quoteReplacement(to.trim()));
        assertThat(invalid).isNotEqualTo(valid);

        UmfTestClient.Response response = client.post("/payments/payment", invalid);

        assertThat(response.retCode()).as(response.toString()).isEqualTo(retCode);
        assertThat(response.retMsg()).contains(field);
    }

    @Test
    void goodsSubOrderWithoutItemsIsRefusedWith00202016() {
        String body = Payloads.cardPayment(Payloads.merReferenceId(), "DEBIT_CARD")
                .replaceAll("(?s),\\s*\"items\":\\[.*?\\]\\}\\]\\}", "}]}");
        assertThat(body).doesNotContain("items");

        assertThat(client.post("/payments/payment", body).retCode()).isEqualTo("00202016");
    }

    @Test
    void numericAmountsAreAcceptedEchoedAsSentAndQueriedAsStringsWithTwoDecimals() {
        String body = Payloads.cardPayment(Payloads.merReferenceId(), "DEBIT_CARD")
                .replace("\"total\":\"0.02\"", "\"total\":0.2")
                .replace("\"quantity\":\"2\"", "\"quantity\":2");

        UmfTestClient.Response response = client.post("/payments/payment", body);

        assertThat(response.retCode()).as(response.toString()).isEqualTo("0000");
        JsonNode echoed = response.payment().path("order").path("amount").path("total");
        assertThat(echoed.isNumber()).as("echoed as sent, a JSON number").isTrue();
        assertThat(echoed.decimalValue()).isEqualByComparingTo("0.2");
        assertThat(response.payment().path("order").path("sub_orders").get(0).path("amount").path("total").isNumber())
                .isTrue();
        JsonNode queried = client.get("/payments/payment/" + response.payment().path("id").asText()).payment()
                .path("order").path("amount");
        assertThat(queried.path("total").asText()).isEqualTo("0.20");
        assertThat(queried.path("total_cny").asText()).isEqualTo("0.20");
    }

    @Test
    void missingSubOrderReferenceIsGenerated() {
        String body = Payloads.cardPayment(Payloads.merReferenceId(), "DEBIT_CARD")
                .replaceAll("\"mer_sub_reference_id\":\"[^\"]*\",", "");

        UmfTestClient.Response response = client.post("/payments/payment", body);

        assertThat(response.payment().path("order").path("sub_orders").get(0).path("mer_sub_reference_id").asText())
                .matches("\\d{16}");
    }

    @Test
    void bodyThatIsNotAJsonObjectIsRefusedWith00060700() {
        for (String body : new String[] {"not json", "[1,2]", "{\"a\":1}{", "{\"a\":1,\"a\":2}", ""}) {
            UmfTestClient.Response response = client.post("/payments/payment", body);
            assertThat(response.retCode()).as(body).isEqualTo("00060700");
        }
    }

    @Test
    void postWithoutJsonContentTypeIsRefusedWith00060700() {
        byte[] body = Payloads.cardPayment(Payloads.merReferenceId(), "DEBIT_CARD").getBytes(StandardCharsets.UTF_8);
        UmfTestClient.Response response = client.send(HttpRequest.newBuilder(client.uri("/payments/payment"))
                .header("Content-Type", "text/plain")
                .header("Authorization", "Bearer " + client.authenticate())
                .header("Signature", UmfTestClient.sign(sandbox.keys().merchantPrivateKey(), body))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build());

        assertThat(response.retCode()).isEqualTo("00060700");
        assertThat(response.retMsg()).contains("Content-Type");
    }

    @Test
    void unknownPathAnswers404AndWrongMethod405() {
        UmfTestClient.Response notFound = client.get("/payments/nothing/here");
        UmfTestClient.Response wrongMethod = client.get("/payments/payment/PAY_X/refund");
        UmfTestClient.Response outsideApi = client.send(HttpRequest.newBuilder(
                java.net.URI.create("http://127.0.0.1:" + sandbox.port() + "/elsewhere")).GET().build());

        assertThat(notFound.status()).isEqualTo(404);
        assertThat(notFound.json().path("meta").has("ret_code")).isTrue();
        assertThat(wrongMethod.status()).isEqualTo(405);
        assertThat(wrongMethod.headers().firstValue("Allow")).hasValue("POST");
        assertThat(outsideApi.status()).isEqualTo(404);
    }

    @Test
    void refundRequestRulesNameTheField() {
        String id = Flows.paidCardPayment(sandbox.sandbox(), client);
        UmfTestClient.Response noInfo = client.post("/payments/payment/" + id + "/refund", "{\"notify_url\":\"x\"}");
        UmfTestClient.Response badId = client.post("/payments/payment/" + id + "/refund",
                Payloads.refund("ab", "0.01", "CNY"));
        UmfTestClient.Response badTotal = client.post("/payments/payment/" + id + "/refund",
                Payloads.refund(Payloads.merReferenceId(), "-1", "CNY"));

        assertThat(noInfo.retCode()).isEqualTo("00060700");
        assertThat(noInfo.retMsg()).contains("refund_info");
        assertThat(badId.retCode()).isEqualTo("00280702");
        assertThat(badId.retMsg()).contains("refund_info.mer_reference_id");
        assertThat(badTotal.retCode()).isEqualTo("00280702");
    }
}
