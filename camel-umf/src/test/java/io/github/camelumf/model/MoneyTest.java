package io.github.camelumf.model;

import java.math.BigDecimal;

import io.github.camelumf.error.UmfValidationException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Money is BigDecimal, written as a string with two decimals, read exactly, never rounded. */
class MoneyTest {

    @Test
    void amountIsWrittenAsStringWithTwoDecimals() {
        assertThat(UmfJson.toJson(Amount.of("0.02", "CNY"))).isEqualTo("{\"total\":\"0.02\",\"currency\":\"CNY\"}");
        assertThat(UmfJson.toJson(Amount.of(new BigDecimal("5"), "USD"))).contains("\"total\":\"5.00\"");
        assertThat(UmfJson.toJson(Amount.of("0.1", "USD"))).contains("\"total\":\"0.10\"");
        assertThat(UmfJson.toJson(Amount.of(new BigDecimal("1E+3"), "USD"))).contains("\"total\":\"1000.00\"");
    }

    @Test
    void trailingZerosBeyondTwoDecimalsAreNotMoreDecimals() {
        assertThat(UmfJson.toJson(Amount.of("1.500", "USD"))).contains("\"total\":\"1.50\"");
    }

    @Test
    void amountWithMoreThanTwoDecimalsIsWrittenUnroundedSoValidationCanRejectIt() {
        assertThat(UmfJson.toJson(Amount.of("0.125", "USD"))).contains("\"total\":\"0.125\"");
    }

    @Test
    void totalCnyIsMoneyToo() {
        Amount amount = Amount.of("1", "USD").withTotalCny("6.9");

        assertThat(UmfJson.toJson(amount)).contains("\"total_cny\":\"6.90\"");
    }

    @Test
    void amountIsReadExactlyFromStringAndFromNumber() {
        Amount fromString = UmfJson.fromTree(UmfJson.toTree("{\"total\":\"0.10\",\"currency\":\"CNY\"}"),
                Amount.class);
        Amount fromNumber = UmfJson.fromTree(UmfJson.toTree("{\"total\":0.1,\"currency\":\"CNY\"}"), Amount.class);
        Amount large = UmfJson.fromTree(UmfJson.toTree("{\"total\":9999999999.99}"), Amount.class);

        assertThat(fromString.getTotal()).isEqualTo(new BigDecimal("0.10"));
        // 0.1 through double would be 0.1000000000000000055511151231257827...
        assertThat(fromNumber.getTotal()).isEqualTo(new BigDecimal("0.1"));
        assertThat(large.getTotal()).isEqualTo(new BigDecimal("9999999999.99"));
    }

    @Test
    void emptyAmountTextReadsAsAbsent() {
        Amount amount = UmfJson.fromTree(UmfJson.toTree("{\"total\":\"\",\"currency\":\"CNY\"}"), Amount.class);

        assertThat(amount.getTotal()).isNull();
    }

    @Test
    void nonNumericAmountTextIsRefusedNamingTheField() {
        assertThatThrownBy(() -> Amount.of("ten", "USD"))
                .isInstanceOf(UmfValidationException.class)
                .hasMessageNotContaining("ten")
                .extracting("field").isEqualTo("total");
    }

    @Test
    void nonNumericAmountInJsonIsRefusedWithItsPath() {
        String json = "{\"order\":{\"sub_orders\":[{\"amount\":{\"total\":\"12,5\"}}]}}";

        assertThatThrownBy(() -> UmfJson.fromTree(UmfJson.toTree(json), PaymentRequest.class))
                .isInstanceOfSatisfying(UmfValidationException.class, e -> {
                    assertThat(e.getField()).isEqualTo("order.sub_orders[0].amount.total");
                    assertThat(e.getRule()).isEqualTo("must be a decimal number");
                    assertThat(e.getMessage()).doesNotContain("12,5");
                });
    }

    @Test
    void exchangeRateKeepsItsScaleAndIsWrittenAsString() {
        ExchangeRate rate = ExchangeRate.of("USD", new BigDecimal("6.90230000"));

        assertThat(UmfJson.toJson(rate)).isEqualTo("{\"currency\":\"USD\",\"rate\":\"6.90230000\"}");
    }
}
