package io.github.camelumf.example.springboot;

import com.fasterxml.jackson.annotation.JsonProperty;

/** {@code POST /checkout}: what the buyer pays, how, and the phone the card is registered with. */
public record CheckoutRequest(String amount, String currency, @JsonProperty("payment_method") String paymentMethod,
                              @JsonProperty("bank_code") String bankCode, String phone) {

    @Override
    public String toString() {
        return "CheckoutRequest[" + amount + " " + currency + " " + paymentMethod + " " + bankCode + "]";
    }
}
