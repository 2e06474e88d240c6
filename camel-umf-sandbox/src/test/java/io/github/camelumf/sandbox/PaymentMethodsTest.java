package io.github.camelumf.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.net.URLDecoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class PaymentMethodsTest {

    @RegisterExtension
    static UmfSandboxExtension sandbox = UmfSandboxExtension.create();

    private UmfTestClient client;

    @BeforeEach
    void setUp() {
        client = new UmfTestClient(sandbox.sandbox());
        client.authenticate();
    }

    private UmfTestClient.Response create(String method, String interfaceType, String businessType, String extra) {
        UmfTestClient.Response response = client.post("/payments/payment",
                Payloads.payment(Payloads.merReferenceId(), method, interfaceType, businessType, extra));
        assertThat(response.retCode()).as(response.toString()).isEqualTo("0000");
        return response;
    }

    @Test
    void wechatScanReturnsAQrCodeUrlAndIsPaidThroughCompletePayment() {
        UmfTestClient.Response created = create("WECHAT_SCAN", "SERVER_TO_SERVER", "B2C",
                ",\"qr_code_scan\":{\"citizen_id_type\":\"IDENTITY_CARD\",\"citizen_id_number\":\""
                        + client.enc("370124197111250021") + "\"}");
        String id = created.payment().path("id").asText();

        assertThat(created.payment().path("payer").path("payer_info").path("qr_code_scan").path("qr_code_url")
                .asText()).startsWith("weixin://wxpay/bizpayurl?pr=");
        assertThat(created.link("parent_payment")).endsWith("/payments/payment/" + id);
        assertThat(created.payment().path("state").asText()).isEqualTo("WAIT_BUYER_PAY");

        sandbox.completePayment(id);

        UmfTestClient.Response queried = client.get("/payments/payment/" + id);
        assertThat(queried.payment().path("state").asText()).isEqualTo("TRADE_SUCCESS");
        assertThat(queried.payment().path("execute_success_time").asText()).endsWith("+0800");
        assertThat(queried.json().has("links")).as("3.9 answers no links").isFalse();
    }

    @Test
    void alipayScanIsCompletedThroughTheHttpControlApi() {
        String id = create("ALIPAY_SCAN", "SERVER_TO_SERVER", "B2C", "").payment().path("id").asText();

        UmfTestClient.Response completed = client.send(HttpRequest.newBuilder(
                java.net.URI.create(sandbox.controlUrl() + "/payments/" + id + "/complete"))
                .POST(HttpRequest.BodyPublishers.noBody()).build());
        UmfTestClient.Response again = client.send(HttpRequest.newBuilder(
                java.net.URI.create(sandbox.controlUrl() + "/payments/" + id + "/complete"))
                .POST(HttpRequest.BodyPublishers.noBody()).build());

        assertThat(completed.status()).isEqualTo(200);
        assertThat(completed.json().path("payment").path("state").asText()).isEqualTo("TRADE_SUCCESS");
        assertThat(again.status()).isEqualTo(409);
        assertThat(client.get("/payments/payment/" + id).payment().path("state").asText()).isEqualTo("TRADE_SUCCESS");
    }

    @Test
    void wechatInAppReturnsPayInfoForTheSdk() {
        JsonNode payInfo = create("WECHAT_IN_APP", "SERVER_TO_SERVER", "B2C",
                ",\"wechat_in_app\":{\"app_id\":\"wxc03854ecf3af1b0a\"}").payment()
                .path("payer").path("payer_info").path("wechat_in_app").path("pay_info");

        assertThat(payInfo.path("app_id").asText()).isEqualTo("wxc03854ecf3af1b0a");
        assertThat(payInfo.path("sign_type").asText()).isEqualTo("MD5");
        assertThat(payInfo.path("package").asText()).startsWith("prepay_id=wx");
        assertThat(payInfo.path("nonce_str").asText()).hasSize(30);
        assertThat(payInfo.path("time_stamp").asText()).matches("\\d{10}");
        assertThat(payInfo.path("pay_sign").asText()).matches("[0-9A-F]{32}");
    }

    @Test
    void wechatWebNeedsAnOpenIdAndReturnsPayInfo() {
        UmfTestClient.Response missing = client.post("/payments/payment", Payloads.payment(Payloads.merReferenceId(),
                "WECHAT_WEB", "SERVER_TO_SERVER", "B2C", ""));
        assertThat(missing.retCode()).isEqualTo("00060700");
        assertThat(missing.retMsg()).contains("payer.payer_info.wechat_in_app_web");

        JsonNode payInfo = create("WECHAT_WEB", "SERVER_TO_SERVER", "B2C",
                ",\"wechat_in_app_web\":{\"open_id\":\"oEufkwGogWxfOlYilVepVpX4sUcs\"}").payment()
                .path("payer").path("payer_info").path("wechat_in_app_web").path("pay_info");
        assertThat(payInfo.path("sign_type").asText()).isEqualTo("MD5");
        assertThat(payInfo.path("app_id").asText()).startsWith("wx");
    }

    @Test
    void wechatH5ReturnsAnUrlEncodedH5Url() {
        JsonNode h5 = create("WECHAT_H5", "SERVER_TO_SERVER", "B2C", "").payment()
                .path("payer").path("payer_info").path("wechat_H5");

        String url = h5.path("wechat_H5_url").asText();
        assertThat(url).startsWith("https%3A%2F%2Fwx.tenpay.com");
        assertThat(URLDecoder.decode(url, StandardCharsets.UTF_8)).contains("?prepay_id=wx");
        assertThat(h5.has("wechat_h5_url")).as("2.8 spells it wechat_H5_url only").isFalse();
    }

    @Test
    void serverToWebReturnsTheUpayLinkToTheCashierPage() {
        UmfTestClient.Response created = create("NOT_APPLICABLE", "SERVER_TO_WEB", "B2C", "");
        String id = created.payment().path("id").asText();

        String upay = created.link("upay");
        assertThat(upay).isEqualTo("http://127.0.0.1:" + sandbox.port() + "/sandbox/upay/" + id);
        assertThat(created.link("update_express_info")).endsWith(id + "/update_express_info");
        UmfTestClient.Response page = client.send(HttpRequest.newBuilder(java.net.URI.create(upay)).GET().build());
        assertThat(page.status()).isEqualTo(200);
        assertThat(new String(page.body(), StandardCharsets.UTF_8)).contains(id).contains("0.02 CNY");
        assertThat(page.signatureHeader()).as("the cashier page is not signed").isNull();
    }

    @Test
    void serverToH5WebIsAccepted() {
        assertThat(create("NOT_APPLICABLE", "SERVER_TO_H5WEB", "B2C", "").link("upay")).isNotNull();
    }

    @Test
    void directToBankNeedsABankCode() {
        String body = Payloads.payment(Payloads.merReferenceId(), "NOT_APPLICABLE", "DIRECT_TO_BANK", "B2C", "")
                .replace("\"bank_code\":\"BOC\",", "");

        UmfTestClient.Response response = client.post("/payments/payment", body);

        assertThat(response.retCode()).isEqualTo("00060700");
        assertThat(response.retMsg()).contains("payer.bank_code");
        assertThat(create("NOT_APPLICABLE", "DIRECT_TO_BANK", "B2C", "").link("upay")).isNotNull();
    }

    @Test
    void b2bPaymentWithEnterpriseQualificationGetsSelfAndUpayLinks() {
        String body = Payloads.payment(Payloads.merReferenceId(), "NOT_APPLICABLE", "DIRECT_TO_BANK", "B2B", "")
                .replace("\"payer_info\":{\"phone\":\"13552105741\"}",
                        "\"enterprise_qualification\":{\"external_enterprise_id\":\"E1\"}")
                .replace("\"CNY\"", "\"USD\"");
        UmfTestClient.Response created = client.post("/payments/payment", body);
        String self = created.link("self");
        String id = self.substring(self.lastIndexOf('/') + 1);

        assertThat(created.retCode()).as(created.toString()).isEqualTo("0000");
        assertThat(created.payment().has("id")).as("4.3 answers no payment id: it is in the links").isFalse();
        assertThat(created.payment().path("payer").path("business_type").asText()).isEqualTo("B2B");
        assertThat(created.payment().path("payer").path("enterprise_qualification").path("external_enterprise_id")
                .asText()).isEqualTo("E1");
        assertThat(id).startsWith("PAY_");
        assertThat(created.link("upay")).isNotNull();
        sandbox.completePayment(id);
        UmfTestClient.Response queried = client.get("/payments/payment/" + id);
        assertThat(queried.payment().path("state").asText()).isEqualTo("TRADE_SUCCESS");
        assertThat(queried.payment().path("order").path("amount").path("total_cny").asText()).isEqualTo("0.14");
    }

    @Test
    void failPaymentMakesTheTradeFail() {
        String id = create("WECHAT_SCAN", "SERVER_TO_SERVER", "B2C", "").payment().path("id").asText();

        sandbox.failPayment(id);

        assertThat(client.get("/payments/payment/" + id).payment().path("state").asText()).isEqualTo("TRADE_FAIL");
    }
}
