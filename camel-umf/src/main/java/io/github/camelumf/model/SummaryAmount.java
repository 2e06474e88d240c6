package io.github.camelumf.model;

import java.math.BigDecimal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;

/**
 * An amount of a statement summary (3.20, 3.22): total, currency, total_cny and the exchange rate, which UMF
 * writes as an object ({@code {"rate": "6.8088"}}), a string or a number; kept as written, read with {@link #getRate()}.
 */
public class SummaryAmount extends UmfObject {

    /** The amount in {@code currency}. */
    @JsonDeserialize(using = DecimalDeserializer.class)
    private BigDecimal total;

    /** The ISO-4217 currency code. */
    private String currency;

    /** The amount in CNY. */
    @JsonDeserialize(using = DecimalDeserializer.class)
    private BigDecimal totalCny;

    /** The exchange rate as UMF wrote it. */
    private JsonNode exchangeRate;

    /** The amount in {@code currency}. */
    public BigDecimal getTotal() {
        return total;
    }

    public void setTotal(BigDecimal total) {
        this.total = total;
    }

    /** The ISO-4217 currency code. */
    public String getCurrency() {
        return currency;
    }

    public void setCurrency(String currency) {
        this.currency = currency;
    }

    /** The amount in CNY. */
    public BigDecimal getTotalCny() {
        return totalCny;
    }

    public void setTotalCny(BigDecimal totalCny) {
        this.totalCny = totalCny;
    }

    /** The exchange rate as UMF wrote it. */
    public JsonNode getExchangeRate() {
        return exchangeRate;
    }

    public void setExchangeRate(JsonNode exchangeRate) {
        this.exchangeRate = exchangeRate;
    }

    /** The exchange rate as a number, whichever shape UMF wrote it in; {@code null} when absent or not a number. */
    public BigDecimal getRate() {
        JsonNode rate = exchangeRate != null && exchangeRate.isObject() ? exchangeRate.get("rate") : exchangeRate;
        if (rate == null || rate.isNull() || rate.asText().isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(rate.asText().trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    @Override
    public String toString() {
        return describe()
                .add("total", total)
                .add("currency", currency)
                .add("totalCny", totalCny)
                .add("exchangeRate", exchangeRate)
                .toString();
    }
}
