package io.github.camelumf.example.springboot;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * {@code POST /checkout/{id}/verify} and {@code /pay}: the buyer's card (and, to pay, the SMS code). Sent to UMF
 * encrypted by the component; never logged ({@link #toString()} shows nothing of it).
 */
public record CardDetails(String number, @JsonProperty("valid_date") String validDate, String cvv2,
                          @JsonProperty("payer_name") String payerName,
                          @JsonProperty("citizen_id_type") String citizenIdType,
                          @JsonProperty("citizen_id_number") String citizenIdNumber, String phone,
                          @JsonProperty("verify_code") String verifyCode) {

    @Override
    public String toString() {
        return "CardDetails[masked]";
    }
}
