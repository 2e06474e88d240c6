package io.github.camelumf.it;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import io.github.camelumf.UmfConstants;
import io.github.camelumf.model.Payment;
import io.github.camelumf.model.PaymentState;
import io.github.camelumf.sandbox.RecordedRequest;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;

import static io.github.camelumf.it.TestOrders.CARD_NUMBER;
import static io.github.camelumf.it.TestOrders.CITIZEN_ID;
import static io.github.camelumf.it.TestOrders.CVV2;
import static io.github.camelumf.it.TestOrders.PAYER_NAME;
import static io.github.camelumf.it.TestOrders.VALID_DATE;
import static org.assertj.core.api.Assertions.assertThat;

class CardPaymentFlowTest extends SandboxTestSupport {

    @Test
    void creditCardPaymentGoesFromCreateThroughSmsVerifyAndExecuteToTradeSuccess() {
        String reference = TestOrders.newReference();
        Exchange created = call("umf:payment/create", TestOrders.payment("CREDIT_CARD", reference, "100.00"), Map.of());
        Payment payment = created.getMessage().getBody(Payment.class);
        String paymentId = payment.getId();
        assertThat(paymentId).startsWith("PAY_");
        assertThat(created.getMessage().getHeader(UmfConstants.PAYMENT_ID)).isEqualTo(paymentId);
        assertThat(created.getMessage().getHeader(UmfConstants.STATE)).isEqualTo("WAIT_BUYER_PAY");
        assertThat(created.getMessage().getHeader(UmfConstants.RET_CODE)).isEqualTo("0000");
        assertThat(created.getMessage().getHeader(UmfConstants.LINKS, Map.class)).containsKeys("self", "sms_verify");

        Exchange verified = call("umf:payment/verify", TestOrders.cardPayer("CREDIT_CARD", null),
                Map.of(UmfConstants.PAYMENT_ID, paymentId));
        assertThat(verified.getMessage().getHeader(UmfConstants.LINKS, Map.class)).containsKey("confirm");

        String smsCode = SANDBOX.smsCode(paymentId);
        Exchange executed = call("umf:payment/execute", TestOrders.cardPayer("CREDIT_CARD", smsCode),
                Map.of(UmfConstants.PAYMENT_ID, paymentId));
        Payment paid = executed.getMessage().getBody(Payment.class);
        assertThat(paid.getState()).isEqualTo(PaymentState.TRADE_SUCCESS);
        assertThat(executed.getMessage().getHeader(UmfConstants.STATE)).isEqualTo("TRADE_SUCCESS");
        assertThat(executed.getMessage().getHeader(UmfConstants.LINKS, Map.class))
                .containsKeys("refund", "asynchronous_refund");

        Exchange fetched = call("umf:payment/get", null, Map.of(UmfConstants.PAYMENT_ID, paymentId));
        Payment current = fetched.getMessage().getBody(Payment.class);
        assertThat(current.getState()).isEqualTo(PaymentState.TRADE_SUCCESS);
        assertThat(current.getOrder().getAmount().getTotal()).isEqualByComparingTo("100.00");
        assertThat(current.getOrder().getMerReferenceId()).isEqualTo(reference);
    }

    @Test
    void everyPostIsSignedOverTheExactBytesTheSandboxReceived() {
        String paymentId = createCardPayment();
        call("umf:payment/verify", TestOrders.cardPayer("CREDIT_CARD", null), Map.of(UmfConstants.PAYMENT_ID, paymentId));

        List<RecordedRequest> posts = SANDBOX.requests().stream()
                .filter(r -> r.method().equals("POST") && !r.isTokenCall()).toList();
        assertThat(posts).hasSize(2);
        assertThat(posts).allSatisfy(r -> {
            assertThat(r.header("Signature")).isNotBlank();
            assertThat(r.signatureVerified()).as("signature over received bytes of %s", r.apiPath()).isTrue();
        });
        List<RecordedRequest> gets = SANDBOX.requests().stream().filter(r -> r.method().equals("GET")).toList();
        assertThat(gets).allSatisfy(r -> assertThat(r.header("Signature")).isNull());
    }

    @Test
    void everySensitiveFieldLeavesEncryptedAndDecryptsToThePlainInput() {
        String paymentId = createCardPayment();
        call("umf:payment/verify", TestOrders.cardPayer("CREDIT_CARD", null), Map.of(UmfConstants.PAYMENT_ID, paymentId));

        RecordedRequest verify = SANDBOX.requests().stream()
                .filter(r -> r.apiPath().endsWith("/verify")).findFirst().orElseThrow();
        String wire = new String(verify.body(), StandardCharsets.UTF_8);
        // the short values as JSON strings: three or four digits also turn up inside base64 ciphertext by chance
        for (String plain : List.of(CARD_NUMBER, "\"" + CVV2 + "\"", CITIZEN_ID, PAYER_NAME, "\"" + VALID_DATE + "\"")) {
            assertThat(wire).as("request bytes on the wire").doesNotContain(plain);
        }
        assertThat(verify.decryptedFields()).containsEntry("payer.payer_info.bank_card.number", CARD_NUMBER)
                .containsEntry("payer.payer_info.bank_card.cvv2", CVV2)
                .containsEntry("payer.payer_info.bank_card.valid_date", VALID_DATE)
                .containsEntry("payer.payer_info.bank_card.citizen_id_number", CITIZEN_ID)
                .containsEntry("payer.payer_info.bank_card.payer_name", PAYER_NAME);
    }

    @Test
    void executeWithAWrongSmsCodeIsRefusedAndThePaymentStaysOpen() {
        String paymentId = createCardPayment();
        call("umf:payment/verify", TestOrders.cardPayer("CREDIT_CARD", null), Map.of(UmfConstants.PAYMENT_ID, paymentId));
        String wrong = SANDBOX.smsCode(paymentId).equals("000000") ? "111111" : "000000";

        Exchange refused = send("umf:payment/execute", TestOrders.cardPayer("CREDIT_CARD", wrong),
                Map.of(UmfConstants.PAYMENT_ID, paymentId));

        assertThat(refused.getException()).isInstanceOf(io.github.camelumf.error.UmfApiException.class);
        io.github.camelumf.error.UmfApiException e = (io.github.camelumf.error.UmfApiException) refused.getException();
        assertThat(e.getRetCode()).isEqualTo("00200083");
        assertThat(e.getCategory()).isEqualTo(io.github.camelumf.error.ErrorCategory.VERIFICATION_CODE);
        assertThat(e.getOperation()).isEqualTo("payment/execute");
        Exchange fetched = call("umf:payment/get", null, Map.of(UmfConstants.PAYMENT_ID, paymentId));
        assertThat(fetched.getMessage().getHeader(UmfConstants.STATE)).isEqualTo("WAIT_BUYER_PAY");
    }

    @Test
    void debitCardPaymentWorksTheSameWay() {
        Exchange created = call("umf:payment/create",
                TestOrders.payment("DEBIT_CARD", TestOrders.newReference(), "12.34"), Map.of());
        String paymentId = created.getMessage().getHeader(UmfConstants.PAYMENT_ID, String.class);
        call("umf:payment/verify", TestOrders.cardPayer("DEBIT_CARD", null), Map.of(UmfConstants.PAYMENT_ID, paymentId));
        Exchange executed = call("umf:payment/execute", TestOrders.cardPayer("DEBIT_CARD", SANDBOX.smsCode(paymentId)),
                Map.of(UmfConstants.PAYMENT_ID, paymentId));
        assertThat(executed.getMessage().getHeader(UmfConstants.STATE)).isEqualTo("TRADE_SUCCESS");
    }

    private String createCardPayment() {
        Exchange created = call("umf:payment/create",
                TestOrders.payment("CREDIT_CARD", TestOrders.newReference(), "100.00"), Map.of());
        return created.getMessage().getHeader(UmfConstants.PAYMENT_ID, String.class);
    }
}
