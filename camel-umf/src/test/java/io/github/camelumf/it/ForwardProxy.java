package io.github.camelumf.it;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A forward HTTP proxy on 127.0.0.1 for tests: takes absolute-form requests ({@code POST http://host:port/path}),
 * forwards method, end-to-end headers and body byte for byte to that URI and hands status, headers and body back
 * unchanged. It refuses origin-form requests (a client that did not use it as a proxy) with 400 and, when created with
 * credentials, answers requests without the right {@code Proxy-Authorization: Basic} with 407 and a
 * {@code Proxy-Authenticate: Basic realm="umf-test"} challenge.
 */
final class ForwardProxy implements AutoCloseable {

    static {
        // must be set before the first HttpServer exists, or every response stalls ~44 ms (Nagle + delayed ACK)
        System.setProperty("sun.net.httpserver.nodelay", "true");
    }

    static final String REALM = "umf-test";

    /** Headers that belong to one hop (or that java.net.http sets itself) and are not forwarded either way. */
    private static final Set<String> HOP_BY_HOP = Set.of("connection", "keep-alive", "transfer-encoding", "te",
            "trailer", "upgrade", "host", "content-length", "expect", "proxy-authorization", "proxy-authenticate",
            "proxy-connection");

    private final String expectedAuthorization;
    private final HttpServer server;
    private final ExecutorService executor;
    private final HttpClient client;
    private final AtomicInteger received = new AtomicInteger();
    private final AtomicInteger challenged = new AtomicInteger();
    private final List<String> forwarded = new CopyOnWriteArrayList<>();

    private ForwardProxy(String username, String password) throws IOException {
        this.expectedAuthorization = username == null ? null : "Basic " + Base64.getEncoder()
                .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
        this.executor = Executors.newFixedThreadPool(4, runnable -> {
            Thread thread = new Thread(runnable, "forward-proxy");
            thread.setDaemon(true);
            return thread;
        });
        this.client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(2)).build();
        this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", this::handle);
        server.setExecutor(executor);
    }

    /** Starts an open proxy on a free port of 127.0.0.1. */
    static ForwardProxy start() throws IOException {
        return start(null, null);
    }

    /** Starts a proxy that requires Basic proxy authentication with these credentials ({@code null}: none). */
    static ForwardProxy start(String username, String password) throws IOException {
        ForwardProxy proxy = new ForwardProxy(username, password);
        proxy.server.start();
        return proxy;
    }

    int port() {
        return server.getAddress().getPort();
    }

    /** Every request that reached the proxy, forwarded or not. */
    int received() {
        return received.get();
    }

    /** How many requests were answered 407 for missing or wrong proxy credentials. */
    int challenged() {
        return challenged.get();
    }

    /** {@code METHOD absolute-URI} of every request forwarded to its target, in order. */
    List<String> forwarded() {
        return List.copyOf(forwarded);
    }

    /** Forgets what was received and forwarded. */
    void reset() {
        received.set(0);
        challenged.set(0);
        forwarded.clear();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            received.incrementAndGet();
            byte[] requestBody;
            try (InputStream in = exchange.getRequestBody()) {
                requestBody = in.readAllBytes();
            }
            URI target = exchange.getRequestURI();
            if (!target.isAbsolute() || !"http".equalsIgnoreCase(target.getScheme())) {
                answer(exchange, 400, "text/plain", "not an absolute-form http request: " + target);
                return;
            }
            if (expectedAuthorization != null
                && !expectedAuthorization.equals(exchange.getRequestHeaders().getFirst("Proxy-Authorization"))) {
                challenged.incrementAndGet();
                exchange.getResponseHeaders().set("Proxy-Authenticate", "Basic realm=\"" + REALM + "\"");
                answer(exchange, 407, "text/html", "<html><body>Proxy Authentication Required</body></html>");
                return;
            }
            String method = exchange.getRequestMethod().toUpperCase(Locale.ROOT);
            forwarded.add(method + " " + target);
            forward(exchange, method, target, requestBody);
        }
    }

    private void forward(HttpExchange exchange, String method, URI target, byte[] requestBody) throws IOException {
        HttpRequest.Builder request = HttpRequest.newBuilder(target)
                .timeout(Duration.ofSeconds(10))
                .method(method, requestBody.length == 0
                        ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(requestBody));
        exchange.getRequestHeaders().forEach((name, values) -> {
            if (!HOP_BY_HOP.contains(name.toLowerCase(Locale.ROOT))) {
                values.forEach(value -> request.header(name, value));
            }
        });
        HttpResponse<byte[]> response;
        try {
            response = client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            answer(exchange, 502, "text/plain", "bad gateway");
            return;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        response.headers().map().forEach((name, values) -> {
            if (!HOP_BY_HOP.contains(name.toLowerCase(Locale.ROOT)) && !name.startsWith(":")) {
                exchange.getResponseHeaders().put(name, List.copyOf(values));
            }
        });
        byte[] body = response.body();
        exchange.sendResponseHeaders(response.statusCode(), body.length == 0 ? -1 : body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    private static void answer(HttpExchange exchange, int status, String contentType, String text) throws IOException {
        byte[] body = text.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", contentType + "; charset=UTF-8");
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }

    @Override
    public String toString() {
        return "ForwardProxy[127.0.0.1:" + port() + ", forwarded " + forwarded.size() + "]";
    }
}
