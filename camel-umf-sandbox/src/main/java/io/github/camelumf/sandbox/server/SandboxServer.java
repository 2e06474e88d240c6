package io.github.camelumf.sandbox.server;

import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import com.sun.net.httpserver.HttpServer;
import io.github.camelumf.sandbox.rules.ApiError;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The HTTP plumbing: a {@link HttpServer} on 127.0.0.1 with the API below {@code /cberest/v1}, the control API
 * below {@code /sandbox}, 404 elsewhere, and a pool of worker threads. {@code sun.net.httpserver.nodelay=true} is
 * set before the server class is first used (without it every response stalls ~44 ms).
 */
public final class SandboxServer {

    static {
        System.setProperty("sun.net.httpserver.nodelay", "true");
    }

    private static final AtomicInteger INSTANCES = new AtomicInteger();

    private final HttpServer server;
    private final ExecutorService executor;

    /**
     * Binds 127.0.0.1:{@code port} (0 = a free port), serving HTTPS with {@code tls} when it is not null (HTTP
     * otherwise); call {@link #start()} to serve.
     */
    public SandboxServer(int port, int threads, ApiHandler api, ControlHandler control, ResponseWriter writer,
                         javax.net.ssl.SSLContext tls) {
        try {
            InetSocketAddress address = new InetSocketAddress(InetAddress.getLoopbackAddress(), port);
            if (tls == null) {
                server = HttpServer.create(address, 64);
            } else {
                HttpsServer https = HttpsServer.create(address, 64);
                https.setHttpsConfigurator(new HttpsConfigurator(tls));
                server = https;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot bind 127.0.0.1:" + port, e);
        }
        int instance = INSTANCES.incrementAndGet();
        AtomicInteger thread = new AtomicInteger();
        executor = new ThreadPoolExecutor(threads, threads, 30, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), r -> {
            Thread t = new Thread(r, "umf-sandbox-" + instance + "-" + thread.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(executor);
        server.createContext(ApiHandler.API_PREFIX, api);
        server.createContext("/sandbox", control);
        server.createContext("/", exchange -> {
            exchange.getRequestBody().readAllBytes();
            writer.write(exchange, ApiResponse.error(new ApiError("404", "Not found: the API is below "
                    + ApiHandler.API_PREFIX, 404)));
        });
    }

    public void start() {
        server.start();
    }

    /** The bound port. */
    public int port() {
        return server.getAddress().getPort();
    }

    /** Stops accepting, closes connections and ends the worker threads. */
    public void stop() {
        server.stop(0);
        executor.shutdownNow();
        try {
            executor.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
