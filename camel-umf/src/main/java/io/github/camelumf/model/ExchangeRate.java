package io.github.camelumf.model;

import java.math.BigDecimal;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;

/**
 * An exchange rate ({@code exchange_rate}, section 5): the currency and the rate, at most 18 digits with at most
 * 8 decimals, kept exactly as UMF wrote it.
 */
public class ExchangeRate extends UmfObject {

    /** The ISO-4217 currency code. */
    private String currency;

    /** The rate: CNY per unit of the currency. */
    @JsonSerialize(using = DecimalStringSerializer.class)
    @JsonDeserialize(using = DecimalDeserializer.class)
    private BigDecimal rate;

    public ExchangeRate() {
    }

    /** The ISO-4217 currency code. */
    public String getCurrency() {
        return currency;
    }

    public void setCurrency(String currency) {
        this.currency = currency;
    }

    /** Sets {@code currency}. */
    public ExchangeRate withCurrency(String currency) {
        this.currency = currency;
        return this;
    }

    /** The rate: CNY per unit of the currency. */
    public BigDecimal getRate() {
        return rate;
    }

    public void setRate(BigDecimal rate) {
        this.rate = rate;
    }

    /** Sets {@code rate}. */
    public ExchangeRate withRate(BigDecimal rate) {
        this.rate = rate;
        return this;
    }

    /** A rate for {@code currency}. */
    public static ExchangeRate of(String currency, BigDecimal rate) {
        return new ExchangeRate().withCurrency(currency).withRate(rate);
    }

    @Override
    public String toString() {
        return describe()
                .add("currency", currency)
                .add("rate", rate)
                .toString();
    }
}
