package io.github.camelumf.it;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import io.github.camelumf.UmfConstants;
import io.github.camelumf.error.UmfApiException;
import io.github.camelumf.error.UmfValidationException;
import io.github.camelumf.model.BankList;
import io.github.camelumf.model.ExchangeRateList;
import io.github.camelumf.model.LinkList;
import io.github.camelumf.sandbox.RecordedRequest;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** umf:bank/list (3.1), umf:bank/cardBin (3.2), umf:wechat/openId (3.3) and umf:exchangeRate/get (3.4) against the sandbox. */
class BanksRatesAndWechatTest extends SandboxTestSupport {

    @AfterEach
    void restoreRateForm() {
        SANDBOX.sandbox().answerExchangeRatesIn("exchange_rate");
    }

    @Test
    void bankListAnswersTheBanksOfTheCardTypeAsTheSampleRequestAsks() {
        BankList banks = call("umf:bank/list", null, Map.of(UmfConstants.TYPE, "DEBIT_CARD")).getMessage()
                .getBody(BankList.class);

        assertThat(banks).hasSize(15);
        assertThat(banks.get(1).getCode()).isEqualTo("CCB");
        assertThat(banks.get(1).getNameZh()).isEqualTo("建设银行");
        assertThat(banks.get(1).getTypes()).containsExactly("DEBIT_CARD");
        RecordedRequest request = last();
        assertThat(request.method()).isEqualTo("GET");
        assertThat(request.apiPath()).isEqualTo("/bank");
        assertThat(request.query()).isEqualTo("type=DEBIT_CARD");
        assertThat(request.body()).isEmpty();
    }

    @Test
    void bankListTypeComesFromTheOptionAndIsRequired() {
        assertThat(call("umf:bank/list?type=CREDIT_CARD", null, Map.of()).getMessage().getBody(BankList.class))
                .hasSize(65);
        int before = SANDBOX.requests().size();

        Exchange missing = send("umf:bank/list", null, Map.of());

        assertThat(missing.getException()).isInstanceOfSatisfying(UmfValidationException.class,
                e -> assertThat(e.getField()).isEqualTo("type"));
        assertThat(SANDBOX.requests()).hasSize(before);
        assertThat(send("umf:bank/list", null, Map.of(UmfConstants.TYPE, "GOLD")).getException())
                .isInstanceOfSatisfying(UmfApiException.class, e -> assertThat(e.getRetCode()).isEqualTo("00280702"));
    }

    @Test
    void cardBinSendsTheCardEncryptedAndRoutesOnTheBank() throws Exception {
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:bankOfCard")
                        .setHeader(UmfConstants.CARD, simple("${body}"))
                        .to("umf:bank/cardBin")
                        .choice()
                            .when(simple("${body.supported()}")).setBody(simple("pay with ${body.code}"))
                            .otherwise().setBody(constant("ask for another card"));
            }
        });

        String decision = template.requestBody("direct:bankOfCard", "6225881234567890", String.class);

        assertThat(decision).isEqualTo("pay with CMB");
        RecordedRequest request = last();
        assertThat(request.apiPath()).isEqualTo("/bank/cardbin");
        assertThat(request.query()).startsWith("card=").doesNotContain("6225881234567890");
        assertThat(request.decryptedFields()).containsEntry("card", "6225881234567890");
        assertThat(send("umf:bank/cardBin", null, Map.of(UmfConstants.CARD, "9999991234567890")).getException())
                .isInstanceOfSatisfying(UmfApiException.class, e -> {
                    assertThat(e.getRetCode()).isEqualTo("00060875");
                    assertThat(e.getMessage()).doesNotContain("9999991234567890");
                });
    }

    @Test
    void exchangeRateIsReadFromEitherResultForm() {
        ExchangeRateList rates = call("umf:exchangeRate/get?currency=USD", null, Map.of()).getMessage()
                .getBody(ExchangeRateList.class);
        SANDBOX.sandbox().answerExchangeRatesIn("exchangeRates");
        ExchangeRateList other = call("umf:exchangeRate/get", null, Map.of(UmfConstants.CURRENCY, "EUR")).getMessage()
                .getBody(ExchangeRateList.class);

        assertThat(rates).singleElement().satisfies(r -> {
            assertThat(r.getCurrency()).isEqualTo("USD");
            assertThat(r.getRate()).isEqualByComparingTo("6.9023");
        });
        assertThat(other).singleElement().satisfies(r -> assertThat(r.getCurrency()).isEqualTo("EUR"));
        assertThat(last().query()).isEqualTo("currency=EUR");
        assertThat(send("umf:exchangeRate/get?currency=XXX", null, Map.of()).getException())
                .isInstanceOfSatisfying(UmfApiException.class, e -> assertThat(e.getRetCode()).isEqualTo("00280702"));
    }

    @Test
    void wechatOpenIdSendsTheNotifyUrlEncodedAndAnswersTheWechatLink() {
        String notify = "https://shop.example.com/umf/openid?shop=1&lang=zh";

        Exchange exchange = call("umf:wechat/openId", null, Map.of(UmfConstants.NOTIFY_URL, notify));

        LinkList links = exchange.getMessage().getBody(LinkList.class);
        assertThat(links).singleElement().satisfies(l -> assertThat(l.getRef()).isEqualTo("weChat"));
        Map<?, ?> byRef = exchange.getMessage().getHeader(UmfConstants.LINKS, Map.class);
        assertThat((String) byRef.get("weChat")).startsWith("https://open.weixin.qq.com/connect/oauth2/authorize");
        String query = last().query();
        assertThat(query).startsWith("notify_url=").doesNotContain("&lang");
        assertThat(URLDecoder.decode(query.substring("notify_url=".length()), StandardCharsets.UTF_8)).isEqualTo(notify);
    }

    private static RecordedRequest last() {
        return SANDBOX.requests().get(SANDBOX.requests().size() - 1);
    }
}
