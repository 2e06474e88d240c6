package io.github.camelumf.operation;

import java.util.List;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.camelumf.model.Examples;
import io.github.camelumf.model.UmfJson;
import io.github.camelumf.model.UmfObject;
import io.github.camelumf.validation.RequestValidator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * The reference's sample answer of each operation maps to the row's typed result, and nothing of it is lost: the
 * typed result written back is the sample's body member (money written the model's way).
 */
class ReferenceSamplesTest {

    static Stream<Arguments> samples() {
        return Stream.of(
                arguments("payment/create", "2.2-card-create-response.json"),
                arguments("payment/verify", "3.6-verify-response.json"),
                arguments("payment/execute", "3.7-execute-response.json"),
                arguments("payment/get", "3.9-query-response.json"),
                arguments("payment/getWithRefunds", "3.13-payment-refunds-response.json"),
                arguments("payment/balance", "3.34-balance-response.json"),
                arguments("refund/create", "3.10-refund-response.json"),
                arguments("refund/async", "3.11-async-refund-response.json"),
                arguments("refund/get", "3.12-refund-query-response.json"),
                arguments("payment/updateExpress", "3.58-update-express-response.json"),
                arguments("refund/asyncByOrder", "3.47-refund-by-order-response.json"),
                arguments("refund/query", "3.48-refund-query-response.json"),
                // banks, agreements, binding, rates, WeChat
                arguments("bank/cardBin", "3.2-card-bin-response.json"),
                arguments("agreement/query", "3.14-agreement-query-response.json"),
                arguments("agreement/unbind", "3.15-agreement-unbind-response.json"),
                arguments("bankAgreement/unbind", "3.57-bank-agreement-unbind-response.json"),
                arguments("bind/smsCode", "3.55-bind-sms-code-response.json"),
                arguments("bind/confirm", "3.56-bind-confirm-response.json"),
                // customs and CIQ declarations (3.53's sample is a refusal: meta only)
                arguments("customs/apply", "3.16-customs-response.json"),
                arguments("customs/get", "3.17-customs-query-response.json"),
                arguments("customs/applyByOrder", "3.50-customs-by-order-response.json"),
                arguments("customs/queryByOrder", "3.51-customs-query-by-order-response.json"),
                arguments("ciq/apply", "3.18-ciq-response.json"),
                arguments("ciq/get", "3.19-ciq-query-response.json"),
                arguments("ciq/applyByOrder", "3.52-ciq-by-order-response.json"),
                arguments("declaration/resend", "3.32-declare-again-response.json"),
                arguments("declaration/resend", "3.54-declare-again-response.json"),
                arguments("file/upload", "3.59-file-upload-response.json"),
                // B2B enterprise, B2B payment, outward remittance and tuition (4.1, 4.2, 9, 10, 11)
                arguments("enterprise/register", "4.1-enterprise-register-response.json"),
                arguments("enterprise/get", "4.2-enterprise-query-response.json"),
                arguments("b2b/qualification", "11.1-qualification-response.json"),
                arguments("b2b/qualificationQuery", "11.2-qualification-query-response.json"),
                arguments("b2b/payee", "11.3-payee-response.json"),
                arguments("b2b/orderDetail", "11.4-b2b-order-detail-response.json"),
                arguments("b2b/confirm", "11.5-b2b-confirm-response.json"),
                arguments("b2b/orderQuery", "11.6-b2b-order-query-response.json"),
                arguments("remittance/payee", "9.2-payee-response.json"),
                arguments("remittance/orderItem", "9.3-order-item-response.json"),
                arguments("remittance/confirm", "9.4-confirm-payment-response.json"),
                arguments("remittance/status", "9.5-payment-status-response.json"),
                arguments("tuition/uploadFiles", "10.1-upload-files-response.json"),
                arguments("tuition/order", "10.2-tuition-order-response.json"),
                arguments("tuition/status", "10.3-tuition-status-response.json"));
    }

    /** Rows whose body member is a JSON array: the typed result is a list of UMF objects. */
    static Stream<Arguments> arraySamples() {
        return Stream.of(
                arguments("bank/list", "3.1-banks-response.json"),
                arguments("wechat/openId", "3.3-wechat-openid-response.json"),
                arguments("exchangeRate/get", "3.4-exchange-rate-response.json"),
                arguments("exchangeRate/get", "9.1-exchange-rates-response.json"));
    }

    @ParameterizedTest(name = "{0} <- {1}")
    @MethodSource("arraySamples")
    void sampleArrayMapsToTheTypedResult(String endpoint, String sample) {
        UmfOperation row = UmfOperations.byEndpointName(endpoint).orElseThrow();
        JsonNode answer = Examples.tree(sample);
        JsonNode member = row.bodyOf(answer);

        List<?> typed = (List<?>) UmfJson.fromTree(member, row.resultType());

        assertThat(typed).isInstanceOf(row.resultType()).hasOnlyElementsOfType(UmfObject.class).hasSize(member.size());
        assertThat((JsonNode) UmfJson.mapper().valueToTree(typed)).isEqualTo(Examples.withMoneyAsModelWritesIt(member));
    }

    static Stream<Arguments> requests() {
        return Stream.of(
                arguments("payment/updateExpress", "3.58-update-express-request.json"),
                arguments("refund/asyncByOrder", "3.47-refund-by-order-request.json"),
                arguments("refund/query", "3.48-refund-query-request.json"),
                // the samples without *enc* fields (the others show ciphertext where the rules read plaintext)
                arguments("enterprise/register", "4.1-enterprise-register-request.json"),
                arguments("b2b/orderDetail", "11.4-b2b-order-detail-request.json"));
    }

    @ParameterizedTest(name = "{0} <- {1}")
    @MethodSource("requests")
    void sampleRequestMeetsTheBodyRules(String endpoint, String sample) {
        UmfOperation row = UmfOperations.byEndpointName(endpoint).orElseThrow();

        assertThatCode(() -> new RequestValidator().validate(row.bodyRules(), Examples.tree(sample)))
                .doesNotThrowAnyException();
        assertThat(row.bodyRules()).as("the row has body rules").isNotNull();
    }

    @ParameterizedTest(name = "{0} <- {1}")
    @MethodSource("samples")
    void sampleAnswerMapsToTheTypedResult(String endpoint, String sample) {
        UmfOperation row = UmfOperations.byEndpointName(endpoint).orElseThrow();
        JsonNode answer = Examples.tree(sample);
        JsonNode member = row.bodyOf(answer);

        Object typed = UmfJson.fromTree(member, row.resultType());

        assertThat(typed).isInstanceOf(row.resultType()).isInstanceOf(UmfObject.class);
        assertThat(UmfJson.toTree(typed)).isEqualTo(Examples.withMoneyAsModelWritesIt(member));
    }
}
