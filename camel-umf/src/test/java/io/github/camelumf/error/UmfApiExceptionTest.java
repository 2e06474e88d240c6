package io.github.camelumf.error;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class UmfApiExceptionTest {

    @Test
    void refusalMessageNamesOperationCodeDescriptionCategoryAndStatus() {
        UmfApiException e = UmfApiException.of("payment/create", 200, "00060774",
                "Accumulated refund amount larger than the payment amount.");

        assertThat(e).hasMessage("payment/create refused by UMF: 00060774 Accumulated refund amount larger than the "
                                 + "payment amount (REFUND, HTTP 200)");
        assertThat(e.getOperation()).isEqualTo("payment/create");
        assertThat(e.getHttpStatus()).isEqualTo(200);
        assertThat(e.getRetCode()).isEqualTo("00060774");
        assertThat(e.getRetMsg()).isEqualTo("Accumulated refund amount larger than the payment amount.");
        assertThat(e.getCategory()).isEqualTo(ErrorCategory.REFUND);
        assertThat(e.getDescription()).isEqualTo("Accumulated refund amount larger than the payment amount");
        assertThat(e).isExactlyInstanceOf(UmfApiException.class).isInstanceOf(UmfException.class);
    }

    @Test
    void umfMessageIsAppendedOnlyWhenItSaysMoreThanTheCatalog() {
        UmfApiException sameInChinese = UmfApiException.of("refund/get", 200, "00060999", "系统异常");
        UmfApiException alternativeWording = UmfApiException.of("payment/verify", 200, "00060999",
                "The system is busy.");
        UmfApiException specific = UmfApiException.of("payment/create", 200, "00060700",
                "order.sub_orders[0].amount.total is required");

        assertThat(sameInChinese).hasMessage("refund/get refused by UMF: 00060999 System error (SYSTEM, HTTP 200)");
        assertThat(alternativeWording.getMessage()).doesNotContain("UMF message");
        assertThat(specific).hasMessage("payment/create refused by UMF: 00060700 Data validation failure "
                                        + "(VALIDATION, HTTP 200); UMF message: "
                                        + "\"order.sub_orders[0].amount.total is required\"");
    }

    @Test
    void untrustedUmfMessageIsCleanedInTheMessageButKeptVerbatimInTheGetter() {
        String retMsg = "card 6222 0212 3456 7890 123 of ID 11010519491231002X\r\nforged: log line";

        UmfApiException e = UmfApiException.of("payment/execute", 200, "00210059", retMsg);

        assertThat(e.getMessage())
                .doesNotContain("6222", "7890", "1101051949", "\r", "\n")
                .endsWith("UMF message: \"card [number removed] of ID [number removed] forged: log line\"");
        assertThat(e.getRetMsg()).isEqualTo(retMsg);
    }

    @Test
    void longUmfMessageIsCapped() {
        UmfApiException e = UmfApiException.of("payment/create", 200, "00060700", "x".repeat(10_000));

        assertThat(e.getMessage()).hasSizeLessThan(300).endsWith("x...\"");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "00280703, UmfAuthenticationException, AUTHENTICATION",
        "00060710, UmfSignatureRejectedException, SIGNATURE",
        "00131074, UmfDuplicateOrderException, DUPLICATE",
        "00200096, UmfDuplicateOrderException, DUPLICATE",
        "00180008, UmfPendingOutcomeException, OUTCOME_UNKNOWN",
        "00060931, UmfPendingOutcomeException, OUTCOME_UNKNOWN",
        "00060761, UmfPendingOutcomeException, PROCESSING",
        "00280086, UmfPendingOutcomeException, PROCESSING",
        "00060305, UmfDeclinedException, CARD",
        "00200083, UmfDeclinedException, VERIFICATION_CODE",
        "00080530, UmfDeclinedException, INSUFFICIENT_FUNDS",
        "00060550, UmfDeclinedException, BANK_DECLINED",
        "00252002, UmfDeclinedException, RISK_DECLINED",
        "00253002, UmfDeclinedException, LIMIT_EXCEEDED",
        "00060700, UmfApiException, VALIDATION",
        "00060762, UmfApiException, ORDER_STATE",
        "00060774, UmfApiException, REFUND",
        "00200013, UmfApiException, MERCHANT_CONFIGURATION",
        "00280047, UmfApiException, CUSTOMS",
        "00280078, UmfApiException, REMITTANCE",
        "00060999, UmfApiException, SYSTEM",
        "00999999, UmfApiException, UNKNOWN"
    })
    void factoryReturnsTheSubclassOfTheCategory(String code, String type, ErrorCategory category) {
        UmfApiException e = UmfApiException.of("payment/create", 200, code, null);

        assertThat(e.getClass().getSimpleName()).isEqualTo(type);
        assertThat(e.getCategory()).isEqualTo(category);
    }

    @ParameterizedTest(name = "{0} with HTTP {1} or 200 -> {2}")
    @CsvSource({
        "00202022, 409, UmfDuplicateOrderException, DUPLICATE",
        "00200096, 409, UmfDuplicateOrderException, DUPLICATE",
        "00060700, 400, UmfApiException, VALIDATION",
        "00060710, 400, UmfSignatureRejectedException, SIGNATURE",
        "00060760, 404, UmfApiException, ORDER_STATE",
        "00060778, 404, UmfApiException, REFUND",
        "00200083, 402, UmfDeclinedException, VERIFICATION_CODE",
        "00060875, 402, UmfDeclinedException, CARD",
        "00080707, 402, UmfDeclinedException, VERIFICATION_CODE",
        "00080706, 429, UmfDeclinedException, VERIFICATION_CODE",
        "00080557, 402, UmfDeclinedException, BANK_DECLINED",
        "00060999, 500, UmfApiException, SYSTEM",
        "00280703, 401, UmfAuthenticationException, AUTHENTICATION"
    })
    void refusalWithTheStatusOfSection14MapsLikeTheSameCodeWithHttp200(String code, int status, String type,
                                                                      ErrorCategory category) {
        UmfApiException withStatus = UmfApiException.of("payment/verify", status, code, null);
        UmfApiException with200 = UmfApiException.of("payment/verify", 200, code, null);

        assertThat(withStatus.getClass().getSimpleName()).isEqualTo(type);
        assertThat(withStatus.getCategory()).isEqualTo(category);
        assertThat(with200.getClass()).isEqualTo(withStatus.getClass());
        assertThat(with200.getCategory()).isEqualTo(withStatus.getCategory());
        assertThat(withStatus.getHttpStatus()).isEqualTo(status);
    }

    @Test
    void http429WithoutAPayerThrottleCodeIsRateLimited() {
        assertThat(UmfApiException.of("payment/get", 429, "00060999", null).getCategory())
                .isEqualTo(ErrorCategory.RATE_LIMITED);
        assertThat(UmfApiException.of("payment/get", 429, "00060700", null).getCategory())
                .isEqualTo(ErrorCategory.RATE_LIMITED);
    }

    @Test
    void everyCatalogCodeYieldsItsCategoryAndAMessageNamingIt() {
        List<String> wrong = new ArrayList<>();
        for (ErrorCode code : ErrorCatalog.get().all()) {
            if (code.category() == ErrorCategory.SUCCESS) {
                continue;
            }
            UmfApiException e = UmfApiException.of("refund/create", 200, code.code(), null);
            String expectedMessage = "refund/create refused by UMF: " + code.code() + " " + code.description() + " ("
                                     + code.category() + ", HTTP 200)";
            if (e.getCategory() != code.category() || !expectedMessage.equals(e.getMessage())
                || !e.getClass().equals(expectedType(code.category()))) {
                wrong.add(code.code() + " -> " + e.getClass().getSimpleName() + ": " + e.getMessage());
            }
        }

        assertThat(wrong).isEmpty();
    }

    @Test
    void signatureRejectionIsNotTheLocalSignatureException() {
        UmfApiException e = UmfApiException.of("payment/create", 200, "00060710", null);

        assertThat(e).isInstanceOf(UmfSignatureRejectedException.class).isNotInstanceOf(UmfSignatureException.class);
        assertThat(e).hasMessage("payment/create refused by UMF: 00060710 Merchant signature validation failure "
                                 + "(SIGNATURE, HTTP 200)");
    }

    @Test
    void http401IsAnAuthenticationFailureWhateverTheCode() {
        assertThat(UmfApiException.of("payment/get", 401, "00999999", "token invalid"))
                .isInstanceOf(UmfAuthenticationException.class);
        assertThat(UmfApiException.of("payment/get", 401, "00060700", null))
                .isInstanceOf(UmfAuthenticationException.class)
                .hasMessageStartingWith("payment/get refused by UMF: 00060700 Data validation failure "
                                        + "(AUTHENTICATION, HTTP 401)");
        assertThat(UmfApiException.of("payment/get", 401, null, null)).isInstanceOf(UmfAuthenticationException.class);
    }

    @Test
    void refusedTokenCallIsAnAuthenticationFailureUnlessUmfIsDown() {
        UmfApiException badCredentials = UmfApiException.of(UmfApiException.TOKEN_OPERATION, 200, "00060700", null);
        UmfApiException unknownCode = UmfApiException.of(UmfApiException.TOKEN_OPERATION, 200, "00999999", null);
        UmfApiException systemError = UmfApiException.of(UmfApiException.TOKEN_OPERATION, 200, "00060999", null);
        UmfApiException gateway = UmfApiException.ofHttpStatus(UmfApiException.TOKEN_OPERATION, 504, null);

        assertThat(badCredentials).isInstanceOf(UmfAuthenticationException.class)
                .hasMessage("oauth/authorize refused by UMF: 00060700 Data validation failure (AUTHENTICATION, HTTP 200)");
        assertThat(unknownCode).isInstanceOf(UmfAuthenticationException.class);
        assertThat(systemError).isExactlyInstanceOf(UmfApiException.class);
        assertThat(systemError.getCategory()).isEqualTo(ErrorCategory.SYSTEM);
        assertThat(gateway).isExactlyInstanceOf(UmfApiException.class);
        assertThat(gateway.getCategory()).isEqualTo(ErrorCategory.SYSTEM);
    }

    @Test
    void unknownCodeTakesTheCategoryOfTheHttpStatus() {
        UmfApiException ok = UmfApiException.of("payment/create", 200, "00999999", null);
        UmfApiException badRequest = UmfApiException.of("payment/create", 400, "00999999", null);
        UmfApiException tooMany = UmfApiException.of("payment/create", 429, "00060999", null);

        assertThat(ok).hasMessage("payment/create refused by UMF: 00999999 Return code not listed in the UMF "
                                  + "reference (UNKNOWN, HTTP 200)");
        assertThat(badRequest.getCategory()).isEqualTo(ErrorCategory.VALIDATION);
        assertThat(tooMany.getCategory()).isEqualTo(ErrorCategory.RATE_LIMITED);
    }

    @Test
    void knownCodeWinsOverAServerErrorStatus() {
        UmfApiException e = UmfApiException.of("payment/execute", 500, "00180008", null);

        assertThat(e).isInstanceOf(UmfPendingOutcomeException.class);
        assertThat(e.getCategory()).isEqualTo(ErrorCategory.OUTCOME_UNKNOWN);
    }

    @ParameterizedTest(name = "HTTP {0} -> {1}")
    @CsvSource({
        "400, VALIDATION, UmfApiException",
        "401, AUTHENTICATION, UmfAuthenticationException",
        "403, MERCHANT_CONFIGURATION, UmfApiException",
        "404, UNKNOWN, UmfApiException",
        "409, DUPLICATE, UmfDuplicateOrderException",
        "429, RATE_LIMITED, UmfApiException",
        "500, SYSTEM, UmfApiException",
        "502, OUTCOME_UNKNOWN, UmfPendingOutcomeException",
        "503, SYSTEM, UmfApiException",
        "504, OUTCOME_UNKNOWN, UmfPendingOutcomeException",
        "418, UNKNOWN, UmfApiException"
    })
    void httpErrorWithoutReturnCodeIsClassifiedByStatus(int status, ErrorCategory category, String type) {
        UmfApiException e = UmfApiException.ofHttpStatus("refund/create", status, "Bad Gateway");

        assertThat(e.getCategory()).isEqualTo(category);
        assertThat(e.getClass().getSimpleName()).isEqualTo(type);
        assertThat(e.getRetCode()).isNull();
        assertThat(e.getHttpStatus()).isEqualTo(status);
        assertThat(e.getDescription()).isEqualTo(HttpStatusClassifier.describe(status));
    }

    @Test
    void httpErrorMessageNamesOperationStatusCategoryAndCleanedReason() {
        UmfApiException e = UmfApiException.ofHttpStatus("payment/create", 502, "<html>\n<h1>502 Bad Gateway</h1>");

        assertThat(e).hasMessage("payment/create failed without a UMF return code: HTTP 502 Bad Gateway "
                                 + "(OUTCOME_UNKNOWN, HTTP 502); response: \"<html> <h1>502 Bad Gateway</h1>\"");
        assertThat(UmfApiException.ofHttpStatus("payment/create", 503, null)).hasMessage(
                "payment/create failed without a UMF return code: HTTP 503 Service Unavailable: the server is "
                + "overloaded or down for maintenance (SYSTEM, HTTP 503)");
    }

    @Test
    void missingReturnCodeIsTreatedAsHttpError() {
        UmfApiException e = UmfApiException.of("payment/get", 503, " ", "maintenance");

        assertThat(e.getRetCode()).isNull();
        assertThat(e.getCategory()).isEqualTo(ErrorCategory.SYSTEM);
        assertThat(e.getMessage()).contains("failed without a UMF return code", "maintenance");
    }

    @Test
    void missingOperationIsNamedGenerically() {
        assertThat(UmfApiException.of(null, 200, "00060999", null))
                .hasMessageStartingWith("UMF call refused by UMF: 00060999");
    }

    private static Class<?> expectedType(ErrorCategory category) {
        return switch (category) {
            case AUTHENTICATION -> UmfAuthenticationException.class;
            case SIGNATURE -> UmfSignatureRejectedException.class;
            case DUPLICATE -> UmfDuplicateOrderException.class;
            case PROCESSING, OUTCOME_UNKNOWN -> UmfPendingOutcomeException.class;
            case CARD, VERIFICATION_CODE, INSUFFICIENT_FUNDS, BANK_DECLINED, RISK_DECLINED, LIMIT_EXCEEDED ->
                UmfDeclinedException.class;
            default -> UmfApiException.class;
        };
    }
}
