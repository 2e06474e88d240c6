package io.github.camelumf.model;

import java.math.BigDecimal;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;

/**
 * The state of an outward remittance ({@code pay_res}, 9.5): its transfer fee and exchange rate.
 */
public class RemittanceResult extends UmfObject {

    /** The transfer fee. */
    @JsonSerialize(using = DecimalStringSerializer.class)
    @JsonDeserialize(using = DecimalDeserializer.class)
    private BigDecimal transferFee;

    /** The exchange rate applied. */
    @JsonSerialize(using = DecimalStringSerializer.class)
    @JsonDeserialize(using = DecimalDeserializer.class)
    private BigDecimal exchangeRate;

    public RemittanceResult() {
    }

    /** The transfer fee. */
    public BigDecimal getTransferFee() {
        return transferFee;
    }

    public void setTransferFee(BigDecimal transferFee) {
        this.transferFee = transferFee;
    }

    /** The exchange rate applied. */
    public BigDecimal getExchangeRate() {
        return exchangeRate;
    }

    public void setExchangeRate(BigDecimal exchangeRate) {
        this.exchangeRate = exchangeRate;
    }


    @Override
    public String toString() {
        return describe()
                .add("transfer_fee", transferFee)
                .add("exchange_rate", exchangeRate)
                .toString();
    }
}
