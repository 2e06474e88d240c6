package io.github.camelumf.it;

import io.github.camelumf.UmfConstants;
import io.github.camelumf.UmfEnvironment;
import io.github.camelumf.error.UmfApiException;
import io.github.camelumf.error.UmfAuthenticationException;
import io.github.camelumf.error.UmfException;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A token answer is used only when it is one: HTTP 200, no refusing ret_code, a non-blank access_token and a positive
 * expires_in. Anything else fails the call before the API request is sent.
 */
class TokenAnswerChecksTest extends HostileUmfTestSupport {

    private static final String API_ANSWER = "{\"meta\":{\"ret_code\":\"00060780\"}}";

    @Test
    void http200WithARefusingRetCodeIsAnAuthenticationFailure() {
        Exchange exchange = getWithTokenAnswer(200, "{\"meta\":{\"ret_code\":\"00280701\",\"ret_msg\":\"bad client\"},"
                                                    + "\"access_token\":\"tok-1234567890\",\"expires_in\":3600}");

        assertThat(exchange.getException()).isInstanceOf(UmfAuthenticationException.class);
        assertThat(((UmfApiException) exchange.getException()).getRetCode()).isEqualTo("00280701");
        assertThat(server.requests()).isEmpty();
    }

    @Test
    void blankAccessTokenIsRefused() {
        Exchange exchange = getWithTokenAnswer(200, "{\"access_token\":\"  \",\"expires_in\":3600}");

        assertThat(exchange.getException()).isInstanceOf(UmfApiException.class)
                .hasMessageContaining("no access_token in the answer");
        assertThat(server.requests()).isEmpty();
    }

    @Test
    void missingAccessTokenIsRefused() {
        Exchange exchange = getWithTokenAnswer(200, "{\"expires_in\":3600}");

        assertThat(exchange.getException()).isInstanceOf(UmfApiException.class)
                .hasMessageContaining("no access_token in the answer");
    }

    @Test
    void zeroOrMissingExpiresInIsRefused() {
        Exchange zero = getWithTokenAnswer(200, "{\"access_token\":\"tok-1234567890\",\"expires_in\":0}");
        assertThat(zero.getException()).isExactlyInstanceOf(UmfException.class)
                .hasMessageContaining("no usable expires_in");
        context.stop();

        Exchange missing = getWithTokenAnswer(200, "{\"access_token\":\"tok-1234567890\"}");
        assertThat(missing.getException()).isExactlyInstanceOf(UmfException.class)
                .hasMessageContaining("no usable expires_in");
        assertThat(server.requests()).isEmpty();
    }

    @Test
    void tokenAnswerOtherThan200IsRefused() {
        Exchange exchange = getWithTokenAnswer(201, "{\"access_token\":\"tok-1234567890\",\"expires_in\":3600}");

        assertThat(exchange.getException()).isInstanceOf(UmfApiException.class);
        assertThat(server.requests()).isEmpty();
    }

    @Test
    void aProperTokenAnswerWithASuccessMetaIsUsed() {
        Exchange exchange = getWithTokenAnswer(200, "{\"meta\":{\"ret_code\":\"0000\"},"
                                                    + "\"access_token\":\"tok-1234567890\",\"expires_in\":3600}");

        assertThat(((UmfApiException) exchange.getException()).getRetCode()).isEqualTo("00060780");
        assertThat(server.heads()).singleElement().asString().contains("Authorization: Bearer tok-1234567890");
    }

    @Test
    void aTokenAnswerWhoseSignatureDoesNotVerifyIsNeverUsed() {
        String token = "{\"access_token\":\"tok-forged-1234\",\"expires_in\":3600}";
        server.answerTokens((line, body, out) -> {
            byte[] bytes = token.getBytes(java.nio.charset.StandardCharsets.UTF_8);
            out.write(("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nSignature: "
                       + umfSign("another answer") + "\r\nContent-Length: " + bytes.length
                       + "\r\nConnection: close\r\n\r\n").getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            out.write(bytes);
            out.flush();
        });
        server.behave(HostileServer.Behaviour.json(404, API_ANSWER));
        startCamel(c -> c.setEnvironment(UmfEnvironment.SANDBOX));

        Exchange exchange = send("umf:payment/get", null, UmfConstants.PAYMENT_ID, "PAY_1");

        assertThat(exchange.getException()).isInstanceOf(io.github.camelumf.error.UmfSignatureException.class);
        assertThat(server.requests()).as("the forged token is never sent").isEmpty();
    }

    private Exchange getWithTokenAnswer(int status, String json) {
        server.answerTokens(HostileServer.Behaviour.json(status, json));
        server.behave(HostileServer.Behaviour.json(404, API_ANSWER));
        startCamel(c -> c.setEnvironment(UmfEnvironment.SANDBOX));
        return send("umf:payment/get", null, UmfConstants.PAYMENT_ID, "PAY_1");
    }
}
