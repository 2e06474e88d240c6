package io.github.camelumf.it;

import java.io.IOException;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.camelumf.UmfComponent;
import io.github.camelumf.UmfConfiguration;
import io.github.camelumf.UmfConstants;
import io.github.camelumf.error.ErrorCategory;
import io.github.camelumf.error.UmfApiException;
import io.github.camelumf.error.UmfDeclinedException;
import io.github.camelumf.error.UmfDuplicateOrderException;
import io.github.camelumf.error.UmfPendingOutcomeException;
import io.github.camelumf.error.UmfSignatureRejectedException;
import io.github.camelumf.sandbox.SandboxBehaviour;
import io.github.camelumf.security.InMemoryTokenStore;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static io.github.camelumf.it.TestOrders.CARD_NUMBER;
import static io.github.camelumf.it.TestOrders.CITIZEN_ID;
import static io.github.camelumf.it.TestOrders.CVV2;
import static io.github.camelumf.it.TestOrders.PAYER_NAME;
import static io.github.camelumf.it.TestOrders.PHONE;
import static io.github.camelumf.it.TestOrders.VALID_DATE;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * UMF's refusals, real and injected, become the typed exception their return code calls for, carrying the operation,
 * code, message, category, description and HTTP status, and never any request data.
 */
class ErrorMappingTest extends SandboxTestSupport {

    private static final String CREATE_PATH = "/payments/payment";

    @Override
    protected void configure(UmfConfiguration configuration) {
        super.configure(configuration);
        // endpoints with their own options get their own client: let them share one token
        configuration.setTokenStore(new InMemoryTokenStore());
    }

    @Test
    void paymentDeclinedByTheBankIsADeclinedExceptionWithTheCatalogEntry() {
        SANDBOX.faults().nextCalls(1).onMethod("POST").onPath(CREATE_PATH).respondRetCode("00060550");

        UmfApiException e = refusal(send("umf:payment/create", order(), Map.of()));

        assertThat(e).isExactlyInstanceOf(UmfDeclinedException.class);
        assertThat(e.getRetCode()).isEqualTo("00060550");
        assertThat(e.getRetMsg()).isNotBlank();
        assertThat(e.getOperation()).isEqualTo("payment/create");
        assertThat(e.getCategory()).isEqualTo(ErrorCategory.BANK_DECLINED);
        assertThat(e.getDescription()).isEqualTo("Payment declined by the bank");
        assertThat(e.getHttpStatus()).isEqualTo(200);
        assertThat(e).hasMessageStartingWith("payment/create refused by UMF: 00060550 Payment declined by the bank")
                .hasMessageContaining("(BANK_DECLINED, HTTP 200)");
    }

    @ParameterizedTest(name = "refusals answered {0}")
    @EnumSource(SandboxBehaviour.RefusalStatus.class)
    void secondPaymentWithTheSameMerchantReferenceIsADuplicateOrderWithEitherStatus(
            SandboxBehaviour.RefusalStatus refusalStatus) {
        SANDBOX.behaviour().refusalStatus(refusalStatus);
        String order = order();
        call("umf:payment/create", order, Map.of());

        UmfApiException e = refusal(send("umf:payment/create", order, Map.of()));

        assertThat(e).isExactlyInstanceOf(UmfDuplicateOrderException.class);
        assertThat(e.getRetCode()).isEqualTo("00202022");
        assertThat(e.getCategory()).isEqualTo(ErrorCategory.DUPLICATE);
        assertThat(e.getOperation()).isEqualTo("payment/create");
        assertThat(e.getDescription()).startsWith("Duplicate order");
        assertThat(e.getRetMsg()).contains("mer_reference_id");
        assertThat(e.getHttpStatus()).isEqualTo(refusalStatus == SandboxBehaviour.RefusalStatus.ALWAYS_200 ? 200 : 409)
                .isEqualTo(SANDBOX.requests().get(SANDBOX.requests().size() - 1).responseStatus());
    }

    @ParameterizedTest(name = "refusals answered {0}")
    @EnumSource(SandboxBehaviour.RefusalStatus.class)
    void unknownPaymentIsAnOrderStateRefusalWithEitherStatus(SandboxBehaviour.RefusalStatus refusalStatus) {
        SANDBOX.behaviour().refusalStatus(refusalStatus);

        UmfApiException e = refusal(send("umf:payment/get", null,
                Map.of(UmfConstants.PAYMENT_ID, "PAY_GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQGEZDGNBV")));

        assertThat(e.getRetCode()).isEqualTo("00060760");
        assertThat(e.getCategory()).isEqualTo(ErrorCategory.ORDER_STATE);
        assertThat(e.getHttpStatus()).isEqualTo(refusalStatus == SandboxBehaviour.RefusalStatus.ALWAYS_200 ? 200 : 404);
    }

    @Test
    void createRefusedByTheBankWithThePaymentObjectIsADeclineAndKeepsTheAnswer() {
        SANDBOX.faults().nextCalls(1).onMethod("POST").onPath(CREATE_PATH).processThenRespondRetCode("00080557");

        Exchange exchange = send("umf:payment/create?throwExceptionOnFailure=false", order(), Map.of());

        assertThat(exchange.getException()).isNull();
        assertThat(exchange.getMessage().getHeader(UmfConstants.RET_CODE)).isEqualTo("00080557");
        JsonNode body = exchange.getMessage().getBody(JsonNode.class);
        assertThat(body.path("payment").path("id").asText()).startsWith("PAY_");
        SANDBOX.faults().nextCalls(1).onMethod("POST").onPath(CREATE_PATH).processThenRespondRetCode("00080557");
        UmfApiException e = refusal(send("umf:payment/create", order(), Map.of()));
        assertThat(e).isExactlyInstanceOf(UmfDeclinedException.class);
        assertThat(e.getCategory()).isEqualTo(ErrorCategory.BANK_DECLINED);
        assertThat(e.getHttpStatus()).isEqualTo(402);
    }

    @Test
    void withoutThrowExceptionOnFailureTheRefusalIsReportedInHeadersAndUmfJson() {
        String order = order();
        call("umf:payment/create", order, Map.of());

        Exchange exchange = send("umf:payment/create?throwExceptionOnFailure=false", order, Map.of());

        assertThat(exchange.getException()).isNull();
        assertThat(exchange.getMessage().getHeader(UmfConstants.RET_CODE)).isEqualTo("00202022");
        assertThat(exchange.getMessage().getHeader(UmfConstants.RET_MSG, String.class)).contains("mer_reference_id");
        assertThat(exchange.getMessage().getHeader(UmfConstants.HTTP_STATUS, Integer.class))
                .isEqualTo(SANDBOX.requests().get(SANDBOX.requests().size() - 1).responseStatus());
        assertThat(exchange.getMessage().getHeader(UmfConstants.PAYMENT_ID)).isNull();
        assertThat(exchange.getMessage().getBody()).isInstanceOf(JsonNode.class);
        JsonNode body = exchange.getMessage().getBody(JsonNode.class);
        assertThat(body.path("meta").path("ret_code").asText()).isEqualTo("00202022");
    }

    @Test
    void httpErrorWithANonJsonBodyIsASystemFailureWithoutReturnCode() throws IOException {
        try (TamperingProxy gateway = TamperingProxy.start(SANDBOX.baseUrl())) {
            gateway.tamper(TamperingProxy.Tamper.replaceAnswer(500, "text/html",
                    "<html><body><h1>500 Internal Server Error</h1></body></html>"));

            UmfApiException e = refusal(send("umf:payment/create?responseVerification=IF_PRESENT&baseUrl="
                                             + gateway.baseUrl(), order(), Map.of()));

            assertThat(gateway.tampered()).isEqualTo(1);
            assertThat(e).isExactlyInstanceOf(UmfApiException.class);
            assertThat(e.getRetCode()).isNull();
            assertThat(e.getHttpStatus()).isEqualTo(500);
            assertThat(e.getCategory()).isEqualTo(ErrorCategory.SYSTEM);
            assertThat(e.getOperation()).isEqualTo("payment/create");
            assertThat(e).hasMessageContaining("payment/create failed without a UMF return code")
                    .hasMessageContaining("HTTP 500");
        }
    }

    @Test
    void gatewayErrorPageWithoutSignatureUnderStrictIsAnUnknownOutcomeNotAForgery() throws IOException {
        try (TamperingProxy gateway = TamperingProxy.start(SANDBOX.baseUrl())) {
            gateway.tamper(TamperingProxy.Tamper.replaceAnswer(502, "text/html",
                    "<html><body><h1>502 Bad Gateway</h1></body></html>"));

            UmfApiException e = refusal(send("umf:payment/create?responseVerification=STRICT&baseUrl="
                                             + gateway.baseUrl(), order(), Map.of()));

            assertThat(e.getHttpStatus()).isEqualTo(502);
            assertThat(e.getCategory()).isEqualTo(ErrorCategory.OUTCOME_UNKNOWN);
            assertThat(e).isInstanceOf(io.github.camelumf.error.UmfPendingOutcomeException.class);
        }
    }

    @ParameterizedTest(name = "refusals answered {0}")
    @EnumSource(SandboxBehaviour.RefusalStatus.class)
    void secondSmsCodeWithinAMinuteIsAVerificationCodeDeclineWithEitherStatus(
            SandboxBehaviour.RefusalStatus refusalStatus) {
        SANDBOX.behaviour().refusalStatus(refusalStatus);
        String paymentId = call("umf:payment/create", order(), Map.of()).getMessage()
                .getHeader(UmfConstants.PAYMENT_ID, String.class);
        call("umf:payment/verify", TestOrders.cardPayer("CREDIT_CARD", null), Map.of(UmfConstants.PAYMENT_ID, paymentId));

        UmfApiException e = refusal(send("umf:payment/verify", TestOrders.cardPayer("CREDIT_CARD", null),
                Map.of(UmfConstants.PAYMENT_ID, paymentId)));

        assertThat(e).isExactlyInstanceOf(UmfDeclinedException.class);
        assertThat(e.getRetCode()).isEqualTo("00080706");
        assertThat(e.getCategory()).isEqualTo(ErrorCategory.VERIFICATION_CODE);
        assertThat(e.getHttpStatus()).isEqualTo(refusalStatus == SandboxBehaviour.RefusalStatus.ALWAYS_200 ? 200 : 429);
    }

    @Test
    void cardOfAnUnknownBinIsACardDecline() {
        String paymentId = call("umf:payment/create", order(), Map.of()).getMessage()
                .getHeader(UmfConstants.PAYMENT_ID, String.class);

        UmfApiException e = refusal(send("umf:payment/verify",
                TestOrders.cardPayer("CREDIT_CARD", null).replace(CARD_NUMBER, "9999991234567890"),
                Map.of(UmfConstants.PAYMENT_ID, paymentId)));

        assertThat(e).isExactlyInstanceOf(UmfDeclinedException.class);
        assertThat(e.getRetCode()).isEqualTo("00060875");
        assertThat(e.getCategory()).isEqualTo(ErrorCategory.CARD);
        assertThat(e.getHttpStatus()).isEqualTo(402);
    }

    @Test
    void unidentifiedPaymentResultIsAPendingOutcome() {
        SANDBOX.faults().nextCalls(1).onMethod("POST").onPath(CREATE_PATH).respondRetCode("00180008");

        UmfApiException e = refusal(send("umf:payment/create", order(), Map.of()));

        assertThat(e).isExactlyInstanceOf(UmfPendingOutcomeException.class);
        assertThat(e.getRetCode()).isEqualTo("00180008");
        assertThat(e.getCategory()).isEqualTo(ErrorCategory.OUTCOME_UNKNOWN);
        assertThat(e.getCategory().isOutcomeInDoubt()).isTrue();
    }

    @Test
    void requestSignatureRefusedByUmfIsASignatureRejection() {
        SANDBOX.faults().nextCalls(1).onMethod("POST").onPath(CREATE_PATH).respondRetCode("00060710");

        UmfApiException e = refusal(send("umf:payment/create", order(), Map.of()));

        assertThat(e).isExactlyInstanceOf(UmfSignatureRejectedException.class);
        assertThat(e.getRetCode()).isEqualTo("00060710");
        assertThat(e.getCategory()).isEqualTo(ErrorCategory.SIGNATURE);
    }

    @Test
    void requestSignedWithAKeyUmfDoesNotKnowIsRejectedForReal() throws Exception {
        UmfComponent wrongKey = new UmfComponent();
        configure(wrongKey.getConfiguration());
        wrongKey.getConfiguration().setPrivateKey(unregisteredPrivateKeyPem());
        context.addComponent("umfwrongkey", wrongKey);

        UmfApiException e = refusal(send("umfwrongkey:payment/create", order(), Map.of()));

        assertThat(e).isExactlyInstanceOf(UmfSignatureRejectedException.class);
        assertThat(e.getRetCode()).isEqualTo("00060710");
        assertThat(SANDBOX.requests().stream().filter(r -> r.apiPath().equals(CREATE_PATH)).toList())
                .singleElement().satisfies(r -> assertThat(r.signatureVerified()).isFalse());
    }

    @Test
    void refusalOfACardCallNamesNoCardOrPayerData() {
        String paymentId = call("umf:payment/create", order(), Map.of()).getMessage()
                .getHeader(UmfConstants.PAYMENT_ID, String.class);
        SANDBOX.faults().nextCalls(1).onMethod("POST").onPath(".*/verify").respondRetCode("00060550");

        UmfApiException e = refusal(send("umf:payment/verify", TestOrders.cardPayer("CREDIT_CARD", null),
                Map.of(UmfConstants.PAYMENT_ID, paymentId)));

        assertThat(e.getOperation()).isEqualTo("payment/verify");
        assertNoPayerData(e.getMessage());
        assertNoPayerData(e.toString());
    }

    @Test
    void cardNumberEchoedInUmfMessageIsMaskedInTheExceptionMessage() throws IOException {
        String paymentId = call("umf:payment/create", order(), Map.of()).getMessage()
                .getHeader(UmfConstants.PAYMENT_ID, String.class);
        try (TamperingProxy gateway = TamperingProxy.start(SANDBOX.baseUrl())) {
            gateway.tamper(TamperingProxy.Tamper.replaceAnswer(200, "application/json",
                    "{\"meta\":{\"ret_code\":\"00060550\",\"ret_msg\":\"card " + CARD_NUMBER + " of ID " + CITIZEN_ID
                                                                            + " declined\"}}"));

            UmfApiException e = refusal(send("umf:payment/verify?responseVerification=IF_PRESENT&baseUrl="
                                             + gateway.baseUrl(), TestOrders.cardPayer("CREDIT_CARD", null),
                    Map.of(UmfConstants.PAYMENT_ID, paymentId)));

            assertThat(gateway.tampered()).isEqualTo(1);
            assertThat(e.getMessage()).contains("declined").contains("[number removed]");
            assertNoPayerData(e.getMessage());
        }
    }

    private static UmfApiException refusal(Exchange exchange) {
        assertThat(exchange.getException()).isInstanceOf(UmfApiException.class);
        UmfApiException e = (UmfApiException) exchange.getException();
        assertNoPayerData(e.getMessage());
        return e;
    }

    private static void assertNoPayerData(String text) {
        assertThat(text).doesNotContain(CARD_NUMBER, CITIZEN_ID, PAYER_NAME, PHONE, "\"" + CVV2 + "\"",
                "\"" + VALID_DATE + "\"");
        for (String tail : List.of(CARD_NUMBER.substring(6), CITIZEN_ID.substring(6))) {
            assertThat(text).doesNotContain(tail);
        }
    }

    private static String order() {
        return TestOrders.payment("CREDIT_CARD", TestOrders.newReference(), "100.00");
    }

    /** A fresh RSA-2048 private key (PKCS#8 PEM) whose public key the sandbox has never seen. */
    private static String unregisteredPrivateKeyPem() throws NoSuchAlgorithmException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        String base64 = Base64.getMimeEncoder(64, "\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII))
                .encodeToString(generator.generateKeyPair().getPrivate().getEncoded());
        return "-----BEGIN PRIVATE KEY-----\n" + base64 + "\n-----END PRIVATE KEY-----\n";
    }
}
