package io.github.camelumf.it;

import java.util.HashMap;
import java.util.Map;

import io.github.camelumf.UmfConstants;
import io.github.camelumf.model.AgreementInfo;
import io.github.camelumf.model.BankList;
import io.github.camelumf.model.ExchangeRateList;
import io.github.camelumf.model.PayerAgreement;
import io.github.camelumf.model.PayerInfo;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The route examples of the user guide's sections "Banks and card BINs", "Exchange rates", "WeChat open_id" and
 * "Binding a card and paying by agreement", as the guide shows them, run against the sandbox.
 */
class ReferenceDataRoutesTest extends SandboxTestSupport {

    @BeforeEach
    void addRoutes() throws Exception {
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:payByCard").setBody(simple("pay with ${body.code}"));
                from("direct:askForAnotherCard").setBody(constant("ask for another card"));

                // user guide: Banks and card BINs
                // tag::guide-bank-routes[]
                from("direct:bankOfCard")
                    .setHeader(UmfConstants.CARD, body())
                    .to("umf:bank/cardBin")
                    .removeHeader(UmfConstants.CARD)
                    .choice()
                        .when(simple("${body.supported()}")).to("direct:payByCard")
                        .otherwise().to("direct:askForAnotherCard");

                from("direct:debitBanks")
                    .to("umf:bank/list?type=DEBIT_CARD")
                    .split(body()).log("debit cards of ${body.code} (${body.name}) accepted");
                // end::guide-bank-routes[]

                // user guide: Exchange rates
                // tag::guide-exchange-rate[]
                from("direct:usdRate")
                    .to("umf:exchangeRate/get?currency=USD")
                    .log("1 USD = ${body[0].rate} CNY");
                // end::guide-exchange-rate[]

                // user guide: WeChat open_id
                // tag::guide-wechat-open-id[]
                from("direct:wechatLogin")
                    .setHeader(UmfConstants.NOTIFY_URL, constant("https://shop.example.com/umf/openid"))
                    .to("umf:wechat/openId")
                    .setHeader("Location", simple("${header.CamelUmfLinks[weChat]}"));
                // end::guide-wechat-open-id[]

                // user guide: Binding a card and paying by agreement
                // tag::guide-agreement-query[]
                from("direct:cardsOfCustomer")
                    .setHeader(UmfConstants.EXTERNAL_CUSTOMER_ID, body())
                    .to("umf:agreement/query")
                    .split(simple("${body.payerAgreements}"))
                    .log("${body.gateId} card ending ${body.lastFourCardid}");
                // end::guide-agreement-query[]
            }
        });
    }

    @Test
    void bankOfCardRoutesOnTheBankAndDropsTheCardHeader() {
        Exchange out = template.request("direct:bankOfCard", e -> e.getMessage().setBody("6225881234567890"));

        assertThat(out.getMessage().getBody(String.class)).isEqualTo("pay with CMB");
        assertThat(out.getMessage().getHeaders()).doesNotContainKey(UmfConstants.CARD);
    }

    @Test
    void debitBanksAndUsdRateAndWechatLogin() {
        assertThat(template.requestBody("direct:debitBanks", null, BankList.class)).hasSize(15);
        assertThat(template.requestBody("direct:usdRate", null, ExchangeRateList.class).get(0).getRate())
                .isEqualByComparingTo("6.9023");
        assertThat(template.request("direct:wechatLogin", e -> { }).getMessage().getHeader("Location", String.class))
                .startsWith("https://open.weixin.qq.com/connect/oauth2/authorize?");
    }

    @Test
    void bindingAsTheGuideShowsItThenTheCardsOfTheCustomer() {
        String customer = "G" + System.nanoTime() % 1_000_000_000L;

        // user guide: Binding a card and paying by agreement
        // tag::guide-card-binding[]
        Map<String, Object> card = Map.of(
            "number", "6225881234567890", "payer_name", "张三", "citizen_id_type", "IDENTITY_CARD",
            "citizen_id_number", "370124197111250021", "phone", "15700000000");
        template.sendBody("umf:bind/smsCode", Map.of("external_customer_id", customer, "payer_info", Map.of("bank_card", card)));
        String code = SANDBOX.bindingSmsCode(customer); // the payer types the code the bank sent
        Map<String, Object> withCode = new HashMap<>(card);
        withCode.put("verify_code", code);
        PayerInfo bound = template.requestBody("umf:bind/confirm",
            Map.of("external_customer_id", customer, "payer_info", Map.of("bank_card", withCode)), PayerInfo.class);
        PayerAgreement agreement = bound.getPayerAgreement();
        // end::guide-card-binding[]

        AgreementInfo cards = template.requestBody("direct:cardsOfCustomer", customer, AgreementInfo.class);
        assertThat(cards.getPayerAgreements()).extracting(PayerAgreement::getUsrPayAgreementId)
                .containsExactly(agreement.getUsrPayAgreementId());
        assertThat(cards.getPayerAgreements().get(0).getGateId()).isEqualTo("CMB");
    }
}
