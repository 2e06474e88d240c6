package io.github.camelumf.it;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import io.github.camelumf.UmfConstants;
import io.github.camelumf.UmfEnvironment;
import io.github.camelumf.error.UmfAmbiguousOutcomeException;
import io.github.camelumf.error.UmfConnectionException;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A hostile or broken server cannot exhaust the client: an endless header line, endless headers, an endless chunked
 * body and a body dripped byte by byte all end the call with a clear exception, and the client closes the
 * connection instead of reading on. Each server stops on its own after a bound, so a regression fails instead of
 * hanging.
 */
class HostileServerLimitsTest extends HostileUmfTestSupport {

    private static final byte[] STATUS = "HTTP/1.1 200 OK\r\n".getBytes(StandardCharsets.US_ASCII);

    @Test
    void endlessHeaderLineIsCutAtTheLineLimit() {
        server.behave((line, body, out) -> {
            out.write(STATUS);
            out.write("X-Endless: ".getBytes(StandardCharsets.US_ASCII));
            writeFiller(out, 64 * 1024 * 1024, (byte) 'a');
            out.write("\r\nContent-Length: 2\r\n\r\n{}".getBytes(StandardCharsets.US_ASCII));
        });
        startCamel(c -> c.setEnvironment(UmfEnvironment.SANDBOX));

        Exchange exchange = send("umf:payment/get", null, UmfConstants.PAYMENT_ID, "PAY_1");

        assertThat(exchange.getException()).isInstanceOf(UmfConnectionException.class)
                .hasMessageContaining("Maximum line length limit exceeded");
        assertThat(server.connectionsClosedByClient()).as("the client hung up long before 64 MiB").isEqualTo(1);
    }

    @Test
    void endlessListOfHeadersIsCutAtTheHeaderCountLimit() {
        server.behave((line, body, out) -> {
            out.write(STATUS);
            for (int i = 0; i < 1_000_000; i++) {
                out.write(("X-H" + i + ": v\r\n").getBytes(StandardCharsets.US_ASCII));
            }
            out.write("Content-Length: 2\r\n\r\n{}".getBytes(StandardCharsets.US_ASCII));
        });
        startCamel(c -> c.setEnvironment(UmfEnvironment.SANDBOX));

        Exchange exchange = send("umf:payment/get", null, UmfConstants.PAYMENT_ID, "PAY_1");

        assertThat(exchange.getException()).isInstanceOf(UmfConnectionException.class)
                .hasMessageContaining("Maximum header count exceeded");
        assertThat(server.connectionsClosedByClient()).isEqualTo(1);
    }

    @Test
    void endlessChunkedBodyIsAbortedAtTheJsonCapInsteadOfReadToTheEnd() {
        server.behave((line, body, out) -> {
            out.write(STATUS);
            out.write("Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n"
                    .getBytes(StandardCharsets.US_ASCII));
            byte[] chunk = new byte[64 * 1024];
            Arrays.fill(chunk, (byte) ' ');
            for (int i = 0; i < 4096; i++) { // 256 MiB, then the chunked body ends
                out.write((Integer.toHexString(chunk.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
                out.write(chunk);
                out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
            }
            out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        });
        startCamel(c -> c.setEnvironment(UmfEnvironment.SANDBOX));

        Exchange exchange = send("umf:payment/get", null, UmfConstants.PAYMENT_ID, "PAY_1");

        assertThat(exchange.getException()).isInstanceOf(UmfConnectionException.class)
                .hasMessageContaining("UMF answer larger than 1048576 bytes: request aborted");
        assertThat(server.requests()).as("an oversized answer is not a reason to repeat the GET").hasSize(1);
        assertThat(server.connectionsClosedByClient()).as("the client hung up instead of reading 256 MiB")
                .isEqualTo(1);
    }

    @Test
    void announcedOversizedBodyIsRefusedBeforeReadingIt() {
        server.behave((line, body, out) -> {
            out.write(STATUS);
            out.write(("Content-Type: application/json\r\nContent-Length: " + (64 * 1024 * 1024) + "\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            writeFiller(out, 64 * 1024 * 1024, (byte) ' ');
        });
        startCamel(c -> c.setEnvironment(UmfEnvironment.SANDBOX));

        Exchange exchange = send("umf:payment/get", null, UmfConstants.PAYMENT_ID, "PAY_1");

        assertThat(exchange.getException()).isInstanceOf(UmfConnectionException.class)
                .hasMessageContaining("larger than 1048576 bytes");
        assertThat(server.connectionsClosedByClient()).isEqualTo(1);
    }

    @Test
    void answerDrippedByteByByteEndsAtTheCallDeadlineAndAPostIsAmbiguous() {
        server.behave((line, body, out) -> {
            out.write(STATUS);
            out.write("Content-Type: application/json\r\nContent-Length: 100000\r\n\r\n"
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            for (int i = 0; i < 600; i++) { // one byte per 100 ms: each read is quick, the whole never ends
                out.write(' ');
                out.flush();
                sleep(100);
            }
        });
        startCamel(c -> {
            c.setEnvironment(UmfEnvironment.SANDBOX);
            c.setResponseTimeout(5_000);
            c.setCallTimeout(1_500);
        });

        Exchange exchange = send("umf:payment/create", TestOrders.payment("CREDIT_CARD", TestOrders.newReference(),
                "1.00"), null, null);

        assertThat(exchange.getException()).isInstanceOf(UmfAmbiguousOutcomeException.class)
                .hasMessageContaining("no complete answer within callTimeout=1500 ms: request aborted");
        assertThat(server.requests()).hasSize(1);
    }

    @Test
    void camelHttpConfigurersAreAccepted() {
        server.behave(HostileServer.Behaviour.json(404, "{\"meta\":{\"ret_code\":\"00060780\"}}"));
        org.apache.camel.component.http.HttpClientConfigurer camelHttp = builder -> builder
                .addRequestInterceptorFirst((request, entity, context) -> request.addHeader("X-Configured", "camel-http"));
        startCamel(c -> {
            c.setEnvironment(UmfEnvironment.SANDBOX);
            c.setHttpClientConfigurer(camelHttp);
        });

        send("umf:payment/get", null, UmfConstants.PAYMENT_ID, "PAY_1");

        assertThat(server.heads()).singleElement().asString().contains("X-Configured: camel-http");
    }

    private static void writeFiller(OutputStream out, int bytes, byte value) throws IOException {
        byte[] block = new byte[64 * 1024];
        Arrays.fill(block, value);
        for (int written = 0; written < bytes; written += block.length) {
            out.write(block);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
