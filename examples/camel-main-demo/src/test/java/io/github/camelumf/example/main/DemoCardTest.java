package io.github.camelumf.example.main;

import io.github.camelumf.model.BankCard;
import io.github.camelumf.model.PaymentMethod;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DemoCardTest {

    @Test
    void sandboxTestCardIsReadAsUtf8AndBecomesTheCardOfVerifyAndExecute() {
        DemoCard card = DemoCard.load(new DefaultCamelContext(), "classpath:sandbox-test-card.properties");

        BankCard bankCard = card.cardPayer("123456").getPayerInfo().getBankCard();
        assertThat(card.cardPayer(null).getPaymentMethod()).isEqualTo(PaymentMethod.CREDIT_CARD);
        assertThat(bankCard.getNumber()).isEqualTo("6222021234567890123");
        assertThat(bankCard.getPayerName()).isEqualTo("王小明");
        assertThat(bankCard.getVerifyCode()).isEqualTo("123456");
        assertThat(card.createPayer().getPayerInfo().getBankCard()).isNull();
    }

    @Test
    void toStringShowsOnlyTheLastFourDigits() {
        DemoCard card = DemoCard.load(new DefaultCamelContext(), "classpath:sandbox-test-card.properties");

        assertThat(card.toString()).contains("0123").doesNotContain("6222021234567890123", "987", "王小明", "2812");
    }

    @Test
    void cardFileWithoutANumberIsRefusedNamingTheKey() {
        assertThatThrownBy(() -> DemoCard.load(new DefaultCamelContext(), "classpath:card-without-number.properties"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("demo.card: number is required")
                .hasMessageNotContaining("987");
    }
}
