package io.github.camelumf.http;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.security.KeyPairGenerator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.camelumf.ResponseVerification;
import io.github.camelumf.UmfConfiguration;
import io.github.camelumf.error.UmfConnectionException;
import io.github.camelumf.error.UmfSignatureException;
import io.github.camelumf.it.HostileServer;
import io.github.camelumf.security.AccessToken;
import io.github.camelumf.security.RsaSha256SignatureVerifier;
import io.github.camelumf.security.TokenProvider;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManager;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.util.Timeout;
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
    void aDownloadAnsweredWithJsonIsThatAnswerWhateverWhiteSpaceOrByteOrderMarkComesFirst() throws Exception {
        for (String json : new String[] { "{\"meta\":{\"ret_code\":\"00131040\"}}",
                                          "\uFEFF \t\r\n{\"meta\":{\"ret_code\":\"00131040\"}}" }) {
            server.behave(raw(200, json.getBytes(UTF_8)));
            UmfDownload download = client.download("settlement/download", "/settlement/x", Map.of());
            assertThat(download.isFile()).as(json).isFalse();
            assertThat(download.answer().retCode()).isEqualTo("00131040");
        }
        server.behave(HostileServer.Behaviour.json(404, "{\"meta\":{\"ret_code\":\"00060780\"}}"));
        UmfDownload refused = client.download("settlement/download", "/settlement/x", Map.of());
        assertThat(refused.status()).isEqualTo(404);
        assertThat(refused.answer().retCode()).isEqualTo("00060780");
    }

    @Test
    void aDownloadedFileIsHandedOverAsAStreamAndOnlyItsFirst4096BytesAreSniffedForJson() throws Exception {
        byte[] file = "H|20261125|2\nD|PAY_1|100.00\nT|1\n".getBytes(UTF_8);
        server.behave(raw(200, file));
        UmfDownload download = client.download("settlement/download", "/settlement/x", Map.of("settle_date", "20261125"));
        assertThat(download.isFile()).isTrue();
        try (InputStream in = download.file()) {
            assertThat(in.readAllBytes()).isEqualTo(file);
        }

        byte[] late = (" ".repeat(4096) + "{\"meta\":{}}").getBytes(UTF_8);
        server.behave(raw(200, late));
        UmfDownload padded = client.download("settlement/download", "/settlement/x", Map.of());
        assertThat(padded.isFile()).as("no '{' within the first 4096 bytes: a file").isTrue();
        try (InputStream in = padded.file()) {
            assertThat(in.readAllBytes()).isEqualTo(late);
        }
        assertThat(server.requests()).first().isEqualTo("GET /cberest/v1/settlement/x?settle_date=20261125 HTTP/1.1");
        assertThat(server.heads()).allSatisfy(head -> assertThat(head)
                .containsIgnoringCase("\r\nAccept: */*\r\n")
                .containsIgnoringCase("\r\nAccept-Language: zh\r\n")
                .containsIgnoringCase("\r\nContent-Type: application/json\r\n"));
    }

    @Test
    void aDownloadedFileStaysReadableAfterTheCallTimeoutSinceTheDeadlineEndsWhenTheBodyStarts() throws Exception {
        try (UmfApiClient quick = client(HttpClients.custom().disableAutomaticRetries().build(), RetryPolicy.none(),
                ResponseVerification.OFF, 300)) {
            byte[] file = "H|20261125|0\nT|0\n".repeat(2000).getBytes(UTF_8);
            server.behave(raw(200, file));
            UmfDownload download = quick.download("settlement/download", "/settlement/x", Map.of());
            Thread.sleep(1500); // well past callTimeout=300 ms before the first byte of the file is read
            try (InputStream in = download.file()) {
                assertThat(in.readAllBytes()).isEqualTo(file);
            }
        }
    }

    @Test
    void downloadsAreRepeatedOn5xxReleasingEachRefusedConnectionAndGiveTheLastAnswerWhenRetriesRunOut()
            throws Exception {
        PoolingHttpClientConnectionManager oneConnection = PoolingHttpClientConnectionManagerBuilder.create()
                .setMaxConnTotal(1).setMaxConnPerRoute(1).build();
        CloseableHttpClient pooled = HttpClients.custom().setConnectionManager(oneConnection)
                .setDefaultRequestConfig(RequestConfig.custom()
                        .setConnectionRequestTimeout(Timeout.ofSeconds(20)).build())
                .disableAutomaticRetries().build();
        try (UmfApiClient retrying = client(pooled, new RetryPolicy(2, Duration.ofMillis(1), Duration.ofMillis(2)),
                ResponseVerification.OFF, 60_000)) {
            AtomicInteger served = new AtomicInteger();
            byte[] file = "H|20261125|0\nT|0\n".getBytes(UTF_8);
            server.behave((line, body, out) -> {
                if (served.incrementAndGet() < 3) {
                    raw(503, "{\"meta\":{\"ret_code\":\"00009999\"}}".getBytes(UTF_8)).answer(line, body, out);
                } else {
                    raw(200, file).answer(line, body, out);
                }
            });
            UmfDownload download = retrying.download("settlement/download", "/settlement/x", Map.of());
            assertThat(download.isFile()).isTrue();
            try (InputStream in = download.file()) {
                assertThat(in.readAllBytes()).isEqualTo(file);
            }
            assertThat(served).hasValue(3);

            served.set(-10);
            UmfDownload gaveUp = retrying.download("settlement/download", "/settlement/x", Map.of());
            assertThat(gaveUp.status()).as("the third 503, after two retries").isEqualTo(503);
            assertThat(served).hasValue(-7);

            server.behave((line, body, out) -> out.close()); // the connection closes without an answer
            assertThatThrownBy(() -> retrying.download("settlement/download", "/settlement/x", Map.of()))
                    .isInstanceOf(UmfConnectionException.class).hasMessageContaining("after 3 attempt(s)");
        }
    }

    @Test
    void aJsonAnswerOnTheDownloadPathIsVerifiedLikeAnyAnswer() throws Exception {
        try (UmfApiClient strict = client(HttpClients.custom().disableAutomaticRetries().build(), RetryPolicy.none(),
                ResponseVerification.STRICT, 60_000)) {
            server.behave(raw(200, "{\"meta\":{\"ret_code\":\"0000\"},\"statement\":{\"total\":\"900.00\"}}"
                    .getBytes(UTF_8)));
            assertThatThrownBy(() -> strict.download("settlement/download", "/settlement/x", Map.of()))
                    .isInstanceOf(UmfSignatureException.class);
        }
    }

    @Test
    void anUploadCarriesItsSignatureAndTheHeadersOfSection13AndItsAnswerIsVerified() throws Exception {
        ContentSignedEntity upload = new ContentSignedEntity(new org.apache.hc.core5.http.io.entity.ByteArrayEntity(
                "file-bytes".getBytes(UTF_8), org.apache.hc.core5.http.ContentType.APPLICATION_OCTET_STREAM));

        client.upload("file/upload", "/files/upload", upload, "c2lnbmVkLWNvbnRlbnQ=");

        assertThat(server.requests()).containsExactly("POST /cberest/v1/files/upload HTTP/1.1");
        assertThat(server.heads()).singleElement().satisfies(head -> assertThat(head)
                .containsIgnoringCase("\r\nAccept: application/json\r\n")
                .containsIgnoringCase("\r\nAccept-Language: zh\r\n")
                .containsIgnoringCase("\r\nSignature: c2lnbmVkLWNvbnRlbnQ=\r\n"));

        try (UmfApiClient strict = client(HttpClients.custom().disableAutomaticRetries().build(), RetryPolicy.none(),
                ResponseVerification.STRICT, 60_000)) {
            server.behave(HostileServer.Behaviour.json(200, "{\"meta\":{\"ret_code\":\"0000\"},\"file\":{\"id\":\"F1\"}}"));
            assertThatThrownBy(() -> strict.upload("file/upload", "/files/upload", upload, "c2lnbmVkLWNvbnRlbnQ="))
                    .isInstanceOf(UmfSignatureException.class);
        }
    }

    @Test
    void aCallerInterruptedWhileWaitingToRetryStopsWaitingIsToldSoAndKeepsItsInterruptFlag() throws Exception {
        try (UmfApiClient patient = client(HttpClients.custom().disableAutomaticRetries().build(),
                new RetryPolicy(1, Duration.ofSeconds(60), Duration.ofSeconds(60)), ResponseVerification.OFF, 120_000)) {
            for (boolean download : new boolean[] { false, true }) {
                java.util.concurrent.CountDownLatch firstRequest = new java.util.concurrent.CountDownLatch(1);
                server.behave((line, body, out) -> {
                    raw(503, "{\"meta\":{\"ret_code\":\"00009999\"}}".getBytes(UTF_8)).answer(line, body, out);
                    firstRequest.countDown();
                });
                int before = server.requests().size();
                java.util.concurrent.atomic.AtomicReference<Throwable> failure = new java.util.concurrent.atomic.AtomicReference<>();
                java.util.concurrent.atomic.AtomicBoolean stillInterrupted = new java.util.concurrent.atomic.AtomicBoolean();
                Thread caller = new Thread(() -> {
                    try {
                        if (download) {
                            patient.download("settlement/download", "/settlement/x", Map.of());
                        } else {
                            patient.call("payment/get", "/payments/payment/P1", Map.of(), null);
                        }
                    } catch (RuntimeException e) {
                        failure.set(e);
                    }
                    stillInterrupted.set(Thread.currentThread().isInterrupted());
                });
                caller.start();
                assertThat(firstRequest.await(30, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
                caller.interrupt();
                caller.join(30_000);

                assertThat(caller.isAlive()).as("stopped waiting for the retry").isFalse();
                assertThat(failure.get()).as(download ? "download" : "call").isInstanceOf(io.github.camelumf.error.UmfException.class)
                        .hasMessageContaining("Interrupted while waiting to retry");
                assertThat(stillInterrupted).isTrue();
                assertThat(server.requests()).as("no retry was sent").hasSize(before + 1);
            }
        }
    }

    private UmfApiClient client(CloseableHttpClient httpClient, RetryPolicy retry, ResponseVerification verification,
                                long callTimeout) throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        return new UmfApiClient(server.baseUrl(), "zh", httpClient, NO_TOKENS,
                new ResponseSignatureCheck(new RsaSha256SignatureVerifier(generator.generateKeyPair().getPublic()),
                        verification), retry, new ObjectMapper(), InsecureHttpPolicy.of(new UmfConfiguration()),
                callTimeout);
    }

    /** An answer with the given status and body bytes, as they are. */
    private static HostileServer.Behaviour raw(int status, byte[] bytes) {
        return (line, body, out) -> {
            out.write(("HTTP/1.1 " + status + " X\r\nContent-Length: " + bytes.length + "\r\nConnection: close\r\n\r\n")
                    .getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            out.write(bytes);
            out.flush();
        };
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
