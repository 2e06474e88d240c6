package io.github.camelumf.operation;

import java.math.BigDecimal;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.camelumf.model.Amount;
import io.github.camelumf.validation.RequestValidator;

/**
 * The behaviours of payment and refund rows: remember the amount of each payment seen, and check a refund against
 * it before the refund leaves (3.10: same currency, not more than the payment in total). UMF stays the authority;
 * unknown payments are not checked.
 */
public final class PaymentBehaviours {

    /** Remembers the payment of the answer (its id, total and currency). */
    public static final OperationBehaviour REMEMBER_PAYMENT = new OperationBehaviour() {
        @Override
        public void afterSuccess(OperationCall call, JsonNode answer) {
            rememberPayment(call, answer);
        }
    };

    /** Checks the refund against the known payment before sending; adds the refunded amount after success. */
    public static final OperationBehaviour REFUND_OF_KNOWN_PAYMENT = new OperationBehaviour() {
        @Override
        public void beforeSend(OperationCall call) {
            String paymentId = call.parameter("paymentId");
            call.knownPayments().find(paymentId).ifPresent(known -> VALIDATOR.validateRefundAgainstPayment(
                    call.request(), Amount.of(known.total(), known.currency()), known.refunded()));
        }

        @Override
        public void afterSuccess(OperationCall call, JsonNode answer) {
            call.knownPayments().recordRefund(call.parameter("paymentId"),
                    decimal(call.request().path("refund_info").path("amount").get("total")));
        }
    };

    private static final RequestValidator VALIDATOR = new RequestValidator();

    private PaymentBehaviours() {
    }

    private static void rememberPayment(OperationCall call, JsonNode answer) {
        JsonNode payment = answer.get("payment");
        if (payment == null) {
            return;
        }
        JsonNode amount = payment.path("order").path("amount");
        call.knownPayments().recordPayment(payment.path("id").asText(call.parameter("paymentId")),
                decimal(amount.get("total")), amount.path("currency").asText(null));
    }

    private static BigDecimal decimal(JsonNode node) {
        if (node == null || node.isNull() || node.asText().isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(node.asText());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
