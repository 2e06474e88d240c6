package io.github.camelumf.http;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.stream.Collectors;

import io.github.camelumf.it.HostileServer;
import io.github.camelumf.sandbox.UmfSandbox;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.protocol.HttpClientContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * One exchange within its bounds, on a real socket: an answer of exactly the cap is read whole, one byte more aborts
 * the request whether the length was announced or the body is chunked; the deadline timer is a daemon thread that
 * ends with the exchange, and a closed exchange sends nothing.
 */
class BoundedExchangeTest {

    private static final int CAP = 64;

    private HostileServer server;
    private final CloseableHttpClient http = HttpClients.custom().disableAutomaticRetries().build();

    @BeforeEach
    void start() throws IOException {
        server = HostileServer.start();
    }

    @AfterEach
    void stop() throws IOException {
        http.close();
        server.close();
    }

    @Test
    void anAnswerOfExactlyTheCapIsReadWholeAndOneByteMoreIsAbortedAnnouncedOrChunked() throws Exception {
        try (BoundedExchange exchange = new BoundedExchange(http, 60_000, CAP)) {
            server.behave(announced(CAP));
            assertThat(exchange.execute(get(), HttpClientContext.create()).body()).hasSize(CAP);
            server.behave(chunked(CAP));
            assertThat(exchange.execute(get(), HttpClientContext.create()).body()).hasSize(CAP);

            server.behave(announced(CAP + 1));
            assertThatThrownBy(() -> exchange.execute(get(), HttpClientContext.create()))
                    .isInstanceOf(BoundedExchange.AnswerTooLarge.class);
            server.behave(chunked(CAP + 1));
            assertThatThrownBy(() -> exchange.execute(get(), HttpClientContext.create()))
                    .isInstanceOf(BoundedExchange.AnswerTooLarge.class);
        }
    }

    @Test
    void theDeadlineTimerIsADaemonThreadThatEndsWhenTheExchangeIsClosed() throws Exception {
        Set<Thread> before = deadlineThreads();
        BoundedExchange exchange = new BoundedExchange(http, 60_000, CAP);
        server.behave(announced(40));
        exchange.execute(get(), HttpClientContext.create());
        Set<Thread> started = deadlineThreads();
        started.removeAll(before);
        assertThat(started).hasSize(1);
        Thread timer = started.iterator().next();
        assertThat(timer.isDaemon()).as("never keeps the JVM alive").isTrue();

        exchange.close();
        timer.join(30_000);

        assertThat(timer.isAlive()).isFalse();
        assertThatThrownBy(() -> exchange.execute(get(), HttpClientContext.create()))
                .as("a closed exchange starts nothing");
        assertThat(server.requests()).hasSize(1);
    }

    private HttpGet get() {
        return new HttpGet(server.baseUrl() + "/payments/payment/P1");
    }

    static Set<Thread> deadlineThreads() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.getName().equals("camel-umf-call-deadline") && t.isAlive())
                .collect(Collectors.toSet());
    }

    static HostileServer.Behaviour announced(int size) {
        return (line, body, out) -> {
            head(out, "Content-Length: " + size);
            out.write(json(size));
            out.flush();
        };
    }

    static HostileServer.Behaviour chunked(int size) {
        return (line, body, out) -> {
            head(out, "Transfer-Encoding: chunked");
            byte[] json = json(size);
            int half = size / 2;
            chunk(out, json, 0, half);
            chunk(out, json, half, size - half);
            out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();
        };
    }

    private static void head(OutputStream out, String length) throws IOException {
        out.write(("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n" + length + "\r\nConnection: close\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII));
    }

    private static void chunk(OutputStream out, byte[] data, int offset, int length) throws IOException {
        out.write((Integer.toHexString(length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
        out.write(data, offset, length);
        out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
    }

    /** {"meta":{"ret_code":"0000"}} padded with spaces to {@code size} bytes. */
    private static byte[] json(int size) {
        String json = "{\"meta\":{\"ret_code\":\"0000\"}}";
        return (json + " ".repeat(size - json.length())).getBytes(StandardCharsets.US_ASCII);
    }

    @Test
    void finishedExchangesLeaveNoDeadlineQueued() throws Exception {
        try (UmfSandbox sandbox = UmfSandbox.builder().port(0).build().start();
             BoundedExchange exchange = new BoundedExchange(http, 60_000, BoundedExchange.MAX_JSON_BYTES)) {
            for (int i = 0; i < 25; i++) {
                RawResponse answer = exchange.execute(new HttpGet(sandbox.baseUrl() + "/payments/payment/PAY_X"),
                        HttpClientContext.create());
                assertThat(answer.status()).as("the sandbox answered call %d", i).isGreaterThan(0);
            }

            // each cancelled deadline would otherwise stay queued for callTimeout, holding its request and body
            assertThat(exchange.queuedDeadlines()).isZero();

            BoundedExchange.Deadline running = exchange.startDeadline(new HttpGet(sandbox.baseUrl()));
            assertThat(exchange.queuedDeadlines()).as("a running deadline is queued").isEqualTo(1);
            running.cancel();
            assertThat(exchange.queuedDeadlines()).as("and leaves the queue when cancelled").isZero();
        }
    }
}
