package io.github.camelumf.it;

import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.camelumf.UmfConstants;
import io.github.camelumf.error.UmfApiException;
import io.github.camelumf.error.UmfValidationException;
import io.github.camelumf.sandbox.RecordedRequest;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** umf:raw: any method and path through the token, signing and verification pipeline. */
class RawOperationTest extends SandboxTestSupport {

    @Test
    void getFromEndpointOptionsAnswersTheVerifiedJson() {
        Exchange exchange = call("umf:raw?httpMethod=GET&apiPath=/payments/payment/self_account_balance", null, Map.of());

        JsonNode answer = exchange.getMessage().getBody(JsonNode.class);
        assertThat(answer.path("meta").path("ret_code").asText()).isEqualTo("0000");
        assertThat(answer.path("account_balance").path("balance").asText()).matches("\\d+\\.\\d{2}");
        assertThat(exchange.getMessage().getHeader(UmfConstants.RET_CODE)).isEqualTo("0000");
        assertThat(last().method()).isEqualTo("GET");
    }

    @Test
    void queryStringMayFollowThePathGivenInAHeader() {
        Exchange exchange = call("umf:raw", null,
                Map.of(UmfConstants.HTTP_METHOD, "GET", UmfConstants.API_PATH, "/bank?type=DEBIT_CARD"));

        assertThat(exchange.getMessage().getBody(JsonNode.class).path("banks").size()).isPositive();
        assertThat(last().query()).isEqualTo("type=DEBIT_CARD");
    }

    @Test
    void postIsSignedAndSentAsGivenAndARefusalIsTyped() {
        String body = "{\"mer_refund_id\":\"NOSUCHREFUND\"}";

        Exchange refused = send("umf:raw", body,
                Map.of(UmfConstants.HTTP_METHOD, "POST", UmfConstants.API_PATH, "/payments/refund/refund_query"));

        assertThat(refused.getException()).isInstanceOfSatisfying(UmfApiException.class,
                e -> assertThat(e.getRetCode()).isEqualTo("00060778"));
        RecordedRequest sent = last();
        assertThat(sent.signatureVerified()).isTrue();
        assertThat(sent.bodyAsString()).isEqualTo(body);
    }

    @Test
    void pathThatCouldLeaveTheBaseUrlIsRefusedBeforeSending() {
        int before = SANDBOX.requests().size();
        for (String path : new String[] { "payments/payment", "//evil.example/x", "/payments/../oauth/authorize",
                                          "/payments/payment#x", "/pay ments" }) {
            Exchange refused = send("umf:raw", null, Map.of(UmfConstants.HTTP_METHOD, "GET", UmfConstants.API_PATH, path));
            assertThat(refused.getException()).as(path).isInstanceOfSatisfying(UmfValidationException.class,
                    e -> assertThat(e.getField()).isEqualTo("apiPath"));
        }
        Exchange badMethod = send("umf:raw", null, Map.of(UmfConstants.HTTP_METHOD, "DELETE", UmfConstants.API_PATH, "/bank"));
        assertThat(badMethod.getException()).isInstanceOfSatisfying(UmfValidationException.class,
                e -> assertThat(e.getField()).isEqualTo("httpMethod"));
        Exchange noPath = send("umf:raw", null, Map.of(UmfConstants.HTTP_METHOD, "GET"));
        assertThat(noPath.getException()).isInstanceOfSatisfying(UmfValidationException.class,
                e -> assertThat(e.getField()).isEqualTo("apiPath"));
        assertThat(SANDBOX.requests()).hasSize(before);
    }

    private RecordedRequest last() {
        return SANDBOX.requests().get(SANDBOX.requests().size() - 1);
    }
}
