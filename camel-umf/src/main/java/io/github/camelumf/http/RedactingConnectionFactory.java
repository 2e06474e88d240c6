package io.github.camelumf.http;

import java.io.IOException;
import java.net.Socket;
import java.util.concurrent.atomic.AtomicLong;

import javax.net.ssl.SSLSocket;

import org.apache.hc.client5.http.io.ManagedHttpClientConnection;
import org.apache.hc.core5.http.config.Http1Config;
import org.apache.hc.core5.http.io.HttpConnectionFactory;

/**
 * Creates the {@link RedactingHttpClientConnection}s of the pool, with the limits of {@link #HTTP1}: a hostile or
 * broken server cannot send an endless header line or an endless list of headers.
 */
final class RedactingConnectionFactory implements HttpConnectionFactory<ManagedHttpClientConnection> {

    /** Longest header or status line accepted (bytes). */
    static final int MAX_LINE_LENGTH = 8 * 1024;
    /** Most response headers accepted. */
    static final int MAX_HEADER_COUNT = 100;

    static final Http1Config HTTP1 = Http1Config.custom()
            .setMaxLineLength(MAX_LINE_LENGTH)
            .setMaxHeaderCount(MAX_HEADER_COUNT)
            .build();

    private static final AtomicLong COUNTER = new AtomicLong();

    @Override
    public ManagedHttpClientConnection createConnection(Socket socket) throws IOException {
        RedactingHttpClientConnection connection = newConnection();
        if (socket != null) {
            connection.bind(socket);
        }
        return connection;
    }

    @Override
    public ManagedHttpClientConnection createConnection(SSLSocket sslSocket, Socket socket) throws IOException {
        RedactingHttpClientConnection connection = newConnection();
        if (sslSocket != null) {
            connection.bind(sslSocket, socket);
        } else if (socket != null) {
            connection.bind(socket);
        }
        return connection;
    }

    private static RedactingHttpClientConnection newConnection() {
        return new RedactingHttpClientConnection("umf-http-" + COUNTER.getAndIncrement(), HTTP1);
    }
}
