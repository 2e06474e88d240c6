package io.github.camelumf.model;

import java.math.BigDecimal;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;

/** The merchant's refundable balance ({@code account_balance}, 3.34): CNY, in yuan. Result of umf:payment/balance. */
public class AccountBalance extends UmfObject {

    @JsonSerialize(using = MoneySerializer.class)
    @JsonDeserialize(using = DecimalDeserializer.class)
    private BigDecimal balance;

    /** The refundable balance in CNY. */
    public BigDecimal getBalance() {
        return balance;
    }

    public void setBalance(BigDecimal balance) {
        this.balance = balance;
    }

    @Override
    public String toString() {
        return describe().add("balance", balance).toString();
    }
}
