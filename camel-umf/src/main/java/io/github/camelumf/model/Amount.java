package io.github.camelumf.model;

import java.math.BigDecimal;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.camelumf.error.UmfValidationException;

/**
 * An amount of money ({@code amount}, section 5): the total, its ISO-4217 currency and, in responses, the CNY
 * equivalent and the exchange rate used.
 * <p>
 * Money is {@link BigDecimal}, never {@code double}: it is read exactly from a JSON string or number and written as
 * a JSON string with two decimals ({@code "0.02"}). A total with more decimals is written as it is, not rounded, and
 * request validation rejects it (see {@link MoneySerializer}).
 */
public class Amount extends UmfObject {

    /** The total amount charged or refunded: at most 12 digits with at most 2 decimals. */
    @JsonSerialize(using = MoneySerializer.class)
    @JsonDeserialize(using = DecimalDeserializer.class)
    private BigDecimal total;

    /** The ISO-4217 currency code; appendix 8 lists those UMF supports. */
    private String currency;

    /** The amount in CNY (in responses); at most 12 digits with at most 2 decimals. */
    @JsonSerialize(using = MoneySerializer.class)
    @JsonDeserialize(using = DecimalDeserializer.class)
    private BigDecimal totalCny;

    /** The exchange rate used (in responses). */
    private ExchangeRate exchangeRate;

    public Amount() {
    }

    /** The total amount charged or refunded: at most 12 digits with at most 2 decimals. */
    public BigDecimal getTotal() {
        return total;
    }

    public void setTotal(BigDecimal total) {
        this.total = total;
    }

    /** Sets {@code total}. */
    public Amount withTotal(BigDecimal total) {
        this.total = total;
        return this;
    }

    /**
     * Sets {@code total} from its decimal text ({@code "10.00"}).
     *
     * @throws UmfValidationException if the text is not a decimal number
     */
    public Amount withTotal(String total) {
        this.total = Amount.parseDecimal("total", total);
        return this;
    }

    /** The ISO-4217 currency code; appendix 8 lists those UMF supports. */
    public String getCurrency() {
        return currency;
    }

    public void setCurrency(String currency) {
        this.currency = currency;
    }

    /** Sets {@code currency}. */
    public Amount withCurrency(String currency) {
        this.currency = currency;
        return this;
    }

    /** The amount in CNY (in responses); at most 12 digits with at most 2 decimals. */
    public BigDecimal getTotalCny() {
        return totalCny;
    }

    public void setTotalCny(BigDecimal totalCny) {
        this.totalCny = totalCny;
    }

    /** Sets {@code total_cny}. */
    public Amount withTotalCny(BigDecimal totalCny) {
        this.totalCny = totalCny;
        return this;
    }

    /**
     * Sets {@code total_cny} from its decimal text ({@code "10.00"}).
     *
     * @throws UmfValidationException if the text is not a decimal number
     */
    public Amount withTotalCny(String totalCny) {
        this.totalCny = Amount.parseDecimal("total_cny", totalCny);
        return this;
    }

    /** The exchange rate used (in responses). */
    public ExchangeRate getExchangeRate() {
        return exchangeRate;
    }

    public void setExchangeRate(ExchangeRate exchangeRate) {
        this.exchangeRate = exchangeRate;
    }

    /** Sets {@code exchange_rate}. */
    public Amount withExchangeRate(ExchangeRate exchangeRate) {
        this.exchangeRate = exchangeRate;
        return this;
    }

    /** An amount of {@code total} in {@code currency}. */
    public static Amount of(BigDecimal total, String currency) {
        return new Amount().withTotal(total).withCurrency(currency);
    }

    /**
     * An amount from its decimal text ({@code Amount.of("10.00", "USD")}).
     *
     * @throws UmfValidationException if the text is not a decimal number
     */
    public static Amount of(String total, String currency) {
        return new Amount().withTotal(total).withCurrency(currency);
    }

    static BigDecimal parseDecimal(String field, String text) {
        if (text == null) {
            return null;
        }
        try {
            return new BigDecimal(text.trim());
        } catch (NumberFormatException e) {
            throw new UmfValidationException(field, "must be a decimal number such as 10.00");
        }
    }

    @Override
    public String toString() {
        return describe()
                .add("total", total)
                .add("currency", currency)
                .add("total_cny", totalCny)
                .add("exchange_rate", exchangeRate)
                .toString();
    }
}
