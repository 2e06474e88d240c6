package io.github.camelumf.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class ReferenceDataTest {

    @RegisterExtension
    static UmfSandboxExtension sandbox = UmfSandboxExtension.create();

    private UmfTestClient client;

    @BeforeEach
    void setUp() {
        client = new UmfTestClient(sandbox.sandbox());
        client.authenticate();
    }

    @Test
    void bankListIsTheAppendixListOfTheCardType() {
        JsonNode banks = client.get("/bank?type=DEBIT_CARD").json().path("banks");

        assertThat(banks).hasSize(15);
        assertThat(banks.get(0).path("code").asText()).isEqualTo("SPDB");
        assertThat(banks.get(0).path("types").get(0).asText()).isEqualTo("DEBIT_CARD");
        assertThat(banks.get(0).path("name").asText()).isEqualTo("Shanghai Pudong Development Bank");
        assertThat(banks.get(0).path("name_zh").asText()).isEqualTo("浦发银行");
        assertThat(banks.get(0).has("is_support")).as("3.1 lists banks without is_support").isFalse();
        assertThat(client.get("/bank?type=CREDIT_CARD").json().path("banks")).hasSize(65);
        assertThat(client.get("/bank").retCode()).isEqualTo("00060700");
        assertThat(client.get("/bank?type=GOLD_CARD").retCode()).isEqualTo("00280702");
    }

    @Test
    void cardBinNeedsTheEncryptedCardNumber() {
        String card = URLEncoder.encode(client.enc("6217001234567890"), StandardCharsets.UTF_8);

        UmfTestClient.Response response = client.get("/bank/cardbin?card=" + card);

        assertThat(response.retCode()).as(response.toString()).isEqualTo("0000");
        assertThat(response.json().path("bank").path("code").asText()).isEqualTo("CCB");
        assertThat(response.json().path("bank").path("is_support").asText()).isEqualTo("Y");
        assertThat(response.json().has("banks")).as("one result member, never both").isFalse();
        assertThat(sandbox.requests()).last().satisfies(r -> assertThat(r.decryptedFields())
                .containsEntry("card", "6217001234567890"));
        assertThat(client.get("/bank/cardbin?card=6217001234567890").retCode()).isEqualTo("00060700");
        assertThat(client.get("/bank/cardbin?card=" + URLEncoder.encode(client.enc("9999991234567890"),
                StandardCharsets.UTF_8)).retCode()).isEqualTo("00060875");
    }

    @Test
    void exchangeRateAnswersTheRateArray() {
        JsonNode rate = client.get("/exchange_rate?currency=USD").json().path("exchange_rate").get(0);

        assertThat(rate.path("currency").asText()).isEqualTo("USD");
        assertThat(rate.path("rate").asText()).isEqualTo("6.9023");
        assertThat(client.get("/exchange_rate?currency=XXX").retCode()).isEqualTo("00280702");
        assertThat(client.get("/exchange_rate").retCode()).isEqualTo("00060700");
    }

    @Test
    void exchangeRatesCanBeAnsweredInTheOtherForm() {
        sandbox.sandbox().answerExchangeRatesIn("exchangeRates");

        JsonNode answer = client.get("/exchange_rate?currency=EUR").json();

        assertThat(answer.has("exchange_rate")).isFalse();
        assertThat(answer.path("exchangeRates").get(0).path("currency").asText()).isEqualTo("EUR");
        sandbox.sandbox().reset();
        assertThat(client.get("/exchange_rate?currency=EUR").json().has("exchange_rate")).isTrue();
    }

    @Test
    void wechatOpenIdLinksToWechatWithTheNotifyUrlInside() {
        String notify = "https://shop.example.com/umf/openid?shop=1";

        UmfTestClient.Response response = client.get("/payments/wechat_openid?notify_url="
                + URLEncoder.encode(notify, StandardCharsets.UTF_8));

        assertThat(response.retCode()).as(response.toString()).isEqualTo("0000");
        assertThat(response.json().path("links")).hasSize(1);
        String href = response.link("weChat");
        assertThat(href).startsWith("https://open.weixin.qq.com/connect/oauth2/authorize?appid=")
                .endsWith("#wechat_redirect")
                .contains(URLEncoder.encode(URLEncoder.encode(URLEncoder.encode(notify, StandardCharsets.UTF_8),
                        StandardCharsets.UTF_8), StandardCharsets.UTF_8));
        assertThat(client.get("/payments/wechat_openid").retCode()).isEqualTo("00060700");
        assertThat(client.get("/payments/wechat_openid?notify_url=shop").retCode()).isEqualTo("00280702");
    }

    @Test
    void balanceGrowsWithPaymentsAndShrinksWithRefunds() {
        String before = client.get("/payments/payment/self_account_balance").json()
                .path("account_balance").path("balance").asText();
        String paid = Flows.paidCardPayment(sandbox.sandbox(), client);
        client.post("/payments/payment/" + paid + "/refund", Payloads.refund(Payloads.merReferenceId(), "0.01", "CNY"));

        String after = client.get("/payments/payment/self_account_balance").json()
                .path("account_balance").path("balance").asText();

        assertThat(new java.math.BigDecimal(after).subtract(new java.math.BigDecimal(before)))
                .isEqualByComparingTo("0.01");
    }
}
