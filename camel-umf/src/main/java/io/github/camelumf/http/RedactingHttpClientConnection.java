package io.github.camelumf.http;

import java.io.IOException;
import java.net.Socket;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;

import javax.net.ssl.SSLSession;
import javax.net.ssl.SSLSocket;

import org.apache.hc.client5.http.impl.io.DefaultHttpResponseParserFactory;
import org.apache.hc.client5.http.io.ManagedHttpClientConnection;
import org.apache.hc.core5.http.ClassicHttpRequest;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpMessage;
import org.apache.hc.core5.http.config.Http1Config;
import org.apache.hc.core5.http.impl.io.DefaultBHttpClientConnection;
import org.apache.hc.core5.http.impl.io.SocketHolder;
import org.apache.hc.core5.http.message.RequestLine;
import org.apache.hc.core5.http.message.StatusLine;
import org.apache.hc.core5.io.CloseMode;
import org.apache.hc.core5.util.Identifiable;
import org.apache.hc.core5.util.Timeout;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A connection to UMF that never hands secrets to a logger. Apache HttpClient's own connection prints every header
 * ({@code org.apache.hc.client5.http.headers}, the bearer token included) and every byte on the wire
 * ({@code org.apache.hc.client5.http.wire}, the token request's {@code client_secret} included) as soon as those
 * loggers are at DEBUG. This one has no wire logging at all, and logs the request and status lines and the headers
 * at DEBUG on {@value #HEADER_LOGGER} with {@code Authorization}, {@code Proxy-Authorization} and {@code Signature}
 * redacted.
 */
final class RedactingHttpClientConnection extends DefaultBHttpClientConnection
        implements ManagedHttpClientConnection, Identifiable {

    /** The logger of the (redacted) header lines. */
    static final String HEADER_LOGGER = "io.github.camelumf.http.headers";

    private static final Logger HEADERS = LoggerFactory.getLogger(HEADER_LOGGER);
    private static final Set<String> REDACTED = Set.of("authorization", "proxy-authorization", "signature");

    private final String id;
    private final AtomicBoolean closed = new AtomicBoolean();
    private volatile Timeout socketTimeout;

    RedactingHttpClientConnection(String id, Http1Config http1Config) {
        super(http1Config, null, null, null, null, null, null, new DefaultHttpResponseParserFactory(http1Config));
        this.id = id;
    }

    @Override
    public String getId() {
        return id;
    }

    @Override
    public void bind(Socket socket) throws IOException {
        bind(new SocketHolder(socket), socket);
    }

    @Override
    public void bind(SSLSocket sslSocket, Socket socket) throws IOException {
        bind(new SocketHolder(sslSocket, socket), sslSocket);
    }

    private void bind(SocketHolder holder, Socket socket) throws IOException {
        if (closed.get()) {
            socket.close();
            throw new java.io.InterruptedIOException("Connection already shutdown");
        }
        super.bind(holder);
        socketTimeout = Timeout.ofMilliseconds(socket.getSoTimeout());
    }

    @Override
    public Socket getSocket() {
        SocketHolder holder = getSocketHolder();
        return holder == null ? null : holder.getSocket();
    }

    @Override
    public SSLSession getSSLSession() {
        Socket socket = getSocket();
        return socket instanceof SSLSocket ssl ? ssl.getSession() : null;
    }

    @Override
    public void setSocketTimeout(Timeout timeout) {
        super.setSocketTimeout(timeout);
        socketTimeout = timeout;
    }

    @Override
    public void passivate() {
        super.setSocketTimeout(Timeout.ZERO_MILLISECONDS);
    }

    @Override
    public void activate() {
        super.setSocketTimeout(socketTimeout);
    }

    @Override
    public void close() throws IOException {
        if (closed.compareAndSet(false, true)) {
            super.close();
        }
    }

    @Override
    public void close(CloseMode closeMode) {
        if (closed.compareAndSet(false, true)) {
            super.close(closeMode);
        }
    }

    @Override
    protected void onRequestSubmitted(ClassicHttpRequest request) {
        if (request != null && HEADERS.isDebugEnabled()) {
            log(">>", new RequestLine(request).toString(), request);
        }
    }

    @Override
    protected void onResponseReceived(ClassicHttpResponse response) {
        if (response != null && HEADERS.isDebugEnabled()) {
            log("<<", new StatusLine(response).toString(), response);
        }
    }

    private void log(String direction, String firstLine, HttpMessage message) {
        HEADERS.debug("{} {} {}", id, direction, firstLine);
        for (Header header : message.getHeaders()) {
            HEADERS.debug("{} {} {}: {}", id, direction, header.getName(), redact(header));
        }
    }

    /** The value of a header as it may be logged. */
    static String redact(Header header) {
        return REDACTED.contains(header.getName().toLowerCase(Locale.ROOT)) ? "[redacted]" : header.getValue();
    }
}
