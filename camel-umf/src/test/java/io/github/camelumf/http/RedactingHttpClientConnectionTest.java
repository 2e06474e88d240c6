package io.github.camelumf.http;

import java.io.InterruptedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;

import org.apache.hc.core5.http.message.BasicHeader;
import org.apache.hc.core5.io.CloseMode;
import org.apache.hc.core5.util.Timeout;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The pool's connection on a real socket: it keeps the pool's contract (its id, its socket, the socket timeout set
 * by the pool, no timeout while idle and the same one again when leased) and closes its socket once.
 */
class RedactingHttpClientConnectionTest {

    @Test
    void socketTimeoutIsAppliedClearedWhileIdleAndRestoredWhenLeasedAgain() throws Exception {
        try (ServerSocket server = new ServerSocket(0, 5, InetAddress.getLoopbackAddress());
             Socket socket = new Socket(InetAddress.getLoopbackAddress(), server.getLocalPort());
             Socket accepted = server.accept()) {
            RedactingHttpClientConnection connection = new RedactingHttpClientConnection("umf-http-test",
                    RedactingConnectionFactory.HTTP1);
            assertThat(connection.getId()).isEqualTo("umf-http-test");
            assertThat(connection.getSocket()).as("not bound yet").isNull();
            socket.setSoTimeout(7000);

            connection.bind(socket);
            assertThat(connection.getSocket()).isSameAs(socket);
            assertThat(connection.getSSLSession()).as("plain socket").isNull();
            connection.passivate();
            assertThat(socket.getSoTimeout()).as("idle in the pool").isZero();
            connection.activate();
            assertThat(socket.getSoTimeout()).as("the timeout the socket had when bound").isEqualTo(7000);

            connection.setSocketTimeout(Timeout.ofSeconds(3));
            assertThat(socket.getSoTimeout()).isEqualTo(3000);
            connection.passivate();
            assertThat(socket.getSoTimeout()).isZero();
            connection.activate();
            assertThat(socket.getSoTimeout()).isEqualTo(3000);

            connection.close();
            assertThat(socket.isClosed()).isTrue();
            assertThat(connection.isOpen()).isFalse();
        }
    }

    @Test
    void aClosedConnectionClosesAnySocketBoundToItAfterwards() throws Exception {
        try (ServerSocket server = new ServerSocket(0, 5, InetAddress.getLoopbackAddress());
             Socket first = new Socket(InetAddress.getLoopbackAddress(), server.getLocalPort());
             Socket late = new Socket(InetAddress.getLoopbackAddress(), server.getLocalPort())) {
            RedactingHttpClientConnection connection = new RedactingHttpClientConnection("umf-http-t2",
                    RedactingConnectionFactory.HTTP1);
            connection.bind(first);

            connection.close(CloseMode.IMMEDIATE);
            assertThat(first.isClosed()).isTrue();

            assertThatThrownBy(() -> connection.bind(late)).isInstanceOf(InterruptedIOException.class);
            assertThat(late.isClosed()).as("a socket bound after shutdown is closed, not leaked").isTrue();
        }
    }

    @Test
    void connectionsFromTheFactoryAreBoundToTheirSocketAndNamedApart() throws Exception {
        try (ServerSocket server = new ServerSocket(0, 5, InetAddress.getLoopbackAddress());
             Socket socket = new Socket(InetAddress.getLoopbackAddress(), server.getLocalPort())) {
            RedactingConnectionFactory factory = new RedactingConnectionFactory();
            var bound = factory.createConnection(socket);
            var unbound = factory.createConnection(null);

            assertThat(bound.getSocket()).isSameAs(socket);
            assertThat(unbound.getSocket()).isNull();
            assertThat(((RedactingHttpClientConnection) bound).getId()).startsWith("umf-http-")
                    .isNotEqualTo(((RedactingHttpClientConnection) unbound).getId());
            bound.close();
        }
    }

    @Test
    void credentialsHeadersAreRedactedAndOthersKept() {
        assertThat(RedactingHttpClientConnection.redact(new BasicHeader("Authorization", "Bearer tok"))).isEqualTo("[redacted]");
        assertThat(RedactingHttpClientConnection.redact(new BasicHeader("proxy-authorization", "Basic x"))).isEqualTo("[redacted]");
        assertThat(RedactingHttpClientConnection.redact(new BasicHeader("SIGNATURE", "abc"))).isEqualTo("[redacted]");
        assertThat(RedactingHttpClientConnection.redact(new BasicHeader("Accept-Language", "zh"))).isEqualTo("zh");
    }
}
