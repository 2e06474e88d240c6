package io.github.camelumf.http;

import java.io.IOException;
import java.security.KeyPairGenerator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.camelumf.ResponseVerification;
import io.github.camelumf.UmfConfiguration;
import io.github.camelumf.it.HostileServer;
import io.github.camelumf.security.AccessToken;
import io.github.camelumf.security.RsaSha256SignatureVerifier;
import io.github.camelumf.security.TokenProvider;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The request UmfApiClient puts on the wire (section 1.3's headers on GET and POST, the query string) and its
 * closing, against a real server on 127.0.0.1. Bearer token and signature are the interceptors' (tested apart).
 */
class UmfApiClientTest {

    /** No token is asked for: these calls go through a client without the token interceptor. */
    private static final TokenProvider NO_TOKENS = new TokenProvider() {
        @Override
        public AccessToken token() {
            throw new AssertionError("no token expected");
        }

        @Override
        public AccessToken refreshAfterRejection(AccessToken rejected) {
            throw new AssertionError("no refresh expected");
        }
    };

    private HostileServer server;
    private CloseableHttpClient http;
    private UmfApiClient client;

    @BeforeEach
    void start() throws Exception {
        server = HostileServer.start();
        http = HttpClients.custom().disableAutomaticRetries().build();
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        client = new UmfApiClient(server.baseUrl(), "zh", http, NO_TOKENS,
                new ResponseSignatureCheck(new RsaSha256SignatureVerifier(generator.generateKeyPair().getPublic()),
                        ResponseVerification.OFF),
                RetryPolicy.none(), new ObjectMapper(), InsecureHttpPolicy.of(new UmfConfiguration()), 60_000);
    }

    @AfterEach
    void stop() throws IOException {
        client.close();
        server.close();
    }

    @Test
    void getAndPostCarryTheHeadersOfSection13() {
        client.call("payment/get", "/payments/payment/P1", Map.of(), null);
        client.call("payment/create", "/payments/payment", Map.of(), "{\"a\":1}".getBytes(UTF_8));

        assertThat(server.heads()).hasSize(2).allSatisfy(head -> assertThat(head)
                .containsIgnoringCase("\r\nContent-Type: application/json\r\n")
                .containsIgnoringCase("\r\nAccept: application/json\r\n")
                .containsIgnoringCase("\r\nAccept-Language: zh\r\n"));
        assertThat(server.requests()).containsExactly("GET /cberest/v1/payments/payment/P1 HTTP/1.1",
                "POST /cberest/v1/payments/payment HTTP/1.1");
    }

    @Test
    void queryParametersAreEncodedInOrderAndThoseWithoutAValueLeftOut() {
        Map<String, String> query = new LinkedHashMap<>();
        query.put("type", "a b&c=d");
        query.put("card", null);
        query.put("currency", "USD");

        client.call("bank/list", "/banks", query, null);
        client.call("bank/list", "/banks", Map.of(), null);
        client.call("bank/list", "/banks", null, null);

        assertThat(server.requests()).containsExactly("GET /cberest/v1/banks?type=a+b%26c%3Dd&currency=USD HTTP/1.1",
                "GET /cberest/v1/banks HTTP/1.1", "GET /cberest/v1/banks HTTP/1.1");
    }

    @Test
    void answersAreParsedForTheirMetaWhateverTheirShape() {
        server.behave(HostileServer.Behaviour.json(200, "[{\"meta\":{\"ret_code\":\"0000\",\"ret_msg\":[\"OK\"]}}]"));
        UmfResponse wrapped = client.call("x", "/x", Map.of(), null);
        assertThat(wrapped.retCode()).isEqualTo("0000");
        assertThat(wrapped.retMsg()).isEqualTo("[\"OK\"]");
        assertThat(wrapped.json()).isNotNull();

        server.behave(HostileServer.Behaviour.json(502, ""));
        UmfResponse empty = client.call("x", "/x", Map.of(), null);
        assertThat(empty.status()).isEqualTo(502);
        assertThat(empty.json()).isNull();
        assertThat(empty.retCode()).isNull();

        server.behave(HostileServer.Behaviour.json(200, "{\"meta\":{\"ret_code\":null}}"));
        assertThat(client.call("x", "/x", Map.of(), null).retCode()).isNull();
    }

    @Test
    void closingTheClientClosesItsConnectionsAndEndsItsDeadlineThread() throws Exception {
        Set<Thread> before = BoundedExchangeTest.deadlineThreads();
        client.call("payment/get", "/payments/payment/P1", Map.of(), null);
        Set<Thread> timers = BoundedExchangeTest.deadlineThreads();
        timers.removeAll(before);
        assertThat(timers).hasSize(1);

        client.close();
        Thread timer = timers.iterator().next();
        timer.join(30_000);

        assertThat(timer.isAlive()).isFalse();
        assertThatThrownBy(() -> http.execute(new HttpGet(server.baseUrl() + "/x"), response -> null))
                .as("the HTTP client's pool is shut down").isInstanceOf(IllegalStateException.class);
        assertThat(server.requests()).hasSize(1);
    }
}
