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
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A man in the middle on 127.0.0.1 for tests: forwards every request byte for byte, with its headers, to a target
 * (the sandbox) and hands the answer back, optionally altered by a {@link Tamper}. The token call
 * ({@code /oauth/authorize}) is never altered, so a test can tamper with the API call it is about.
 */
final class TamperingProxy implements AutoCloseable {

    static {
        // must be set before the first HttpServer exists, or every response stalls ~44 ms (Nagle + delayed ACK)
        System.setProperty("sun.net.httpserver.nodelay", "true");
    }

    /** Headers that belong to one hop and are not forwarded (java.net.http also refuses to set some of them). */
    private static final Set<String> HOP_BY_HOP = Set.of("connection", "keep-alive", "transfer-encoding", "te",
            "trailer", "upgrade", "host", "content-length", "expect", "proxy-authorization", "proxy-connection");

    private static final String TOKEN_PATH = "/oauth/authorize";

    /** An answer as the proxy is about to send it back: status, headers (case-insensitive names) and body. */
    record Answer(int status, Map<String, List<String>> headers, byte[] body) {
    }

    /** Changes an answer on its way back to the client. */
    @FunctionalInterface
    interface Tamper {

        Answer apply(Answer answer);

        /** Replaces the first occurrence of {@code from} in the body with {@code to}; the Signature header is kept. */
        static Tamper replaceInBody(String from, String to) {
            byte[] search = from.getBytes(StandardCharsets.UTF_8);
            byte[] replacement = to.getBytes(StandardCharsets.UTF_8);
            return answer -> {
                int at = indexOf(answer.body(), search);
                if (at < 0) {
                    throw new IllegalStateException("the body does not contain the text to replace");
                }
                byte[] body = new byte[answer.body().length - search.length + replacement.length];
                System.arraycopy(answer.body(), 0, body, 0, at);
                System.arraycopy(replacement, 0, body, at, replacement.length);
                System.arraycopy(answer.body(), at + search.length, body, at + replacement.length,
                        answer.body().length - at - search.length);
                return new Answer(answer.status(), answer.headers(), body);
            };
        }

        /** Removes the Signature header. */
        static Tamper dropSignature() {
            return answer -> new Answer(answer.status(), without(answer.headers(), "Signature"), answer.body());
        }

        /** Removes both signatures: the Signature header and {@code "sign":"..."} from the body's meta. */
        static Tamper dropAllSignatures() {
            return answer -> {
                String body = new String(answer.body(), StandardCharsets.UTF_8)
                        .replaceFirst(",\\s*\"sign\"\\s*:\\s*\"[^\"]*\"", "");
                return new Answer(answer.status(), without(answer.headers(), "Signature"),
                        body.getBytes(StandardCharsets.UTF_8));
            };
        }

        /** Applies {@code first}, then {@code second}. */
        static Tamper both(Tamper first, Tamper second) {
            return answer -> second.apply(first.apply(answer));
        }

        /** Replaces the Signature header with {@code value}. */
        static Tamper signature(String value) {
            return answer -> {
                Map<String, List<String>> headers = without(answer.headers(), "Signature");
                headers.put("Signature", List.of(value));
                return new Answer(answer.status(), headers, answer.body());
            };
        }

        /** Replaces the whole answer with {@code status} and a body of {@code contentType}, without a Signature. */
        static Tamper replaceAnswer(int status, String contentType, String body) {
            return answer -> {
                Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
                headers.put("Content-Type", List.of(contentType));
                return new Answer(status, headers, body.getBytes(StandardCharsets.UTF_8));
            };
        }

        private static Map<String, List<String>> without(Map<String, List<String>> headers, String name) {
            Map<String, List<String>> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
            copy.putAll(headers);
            copy.remove(name);
            return copy;
        }

        private static int indexOf(byte[] haystack, byte[] needle) {
            outer:
            for (int i = 0; i <= haystack.length - needle.length; i++) {
                for (int j = 0; j < needle.length; j++) {
                    if (haystack[i + j] != needle[j]) {
                        continue outer;
                    }
                }
                return i;
            }
            return -1;
        }
    }

    private final URI target;
    private final String targetPath;
    private final HttpServer server;
    private final ExecutorService executor;
    private final HttpClient client;
    private final AtomicReference<Tamper> tamper = new AtomicReference<>();
    private final AtomicInteger tampered = new AtomicInteger();
    private final AtomicInteger signatureHeadersFromTarget = new AtomicInteger();
    private final List<String> forwarded = new CopyOnWriteArrayList<>();

    private TamperingProxy(String targetBaseUrl) throws IOException {
        URI base = URI.create(targetBaseUrl);
        this.target = URI.create(base.getScheme() + "://" + base.getRawAuthority());
        this.targetPath = base.getRawPath() == null ? "" : base.getRawPath();
        this.executor = Executors.newFixedThreadPool(4, runnable -> {
            Thread thread = new Thread(runnable, "tampering-proxy");
            thread.setDaemon(true);
            return thread;
        });
        this.client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(2)).build();
        this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", this::forward);
        server.setExecutor(executor);
    }

    /** Starts a proxy on a free port of 127.0.0.1 in front of {@code targetBaseUrl} (e.g. the sandbox base URL). */
    static TamperingProxy start(String targetBaseUrl) throws IOException {
        TamperingProxy proxy = new TamperingProxy(targetBaseUrl);
        proxy.server.start();
        return proxy;
    }

    /** The target's base URL as seen through the proxy (same path, the proxy's host and port). */
    String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + targetPath;
    }

    /** From now on, alters every answer except the token call's. */
    void tamper(Tamper tamper) {
        this.tamper.set(tamper);
    }

    /** Stops tampering and forgets what was forwarded. */
    void reset() {
        tamper.set(null);
        tampered.set(0);
        signatureHeadersFromTarget.set(0);
        forwarded.clear();
    }

    /** How many answers were altered. */
    int tampered() {
        return tampered.get();
    }

    /** How many answers (the token call's included) came from the target with a {@code Signature} header. */
    int signatureHeadersFromTarget() {
        return signatureHeadersFromTarget.get();
    }

    /** {@code METHOD path} of every request forwarded, in order. */
    List<String> forwarded() {
        return List.copyOf(forwarded);
    }

    private void forward(HttpExchange exchange) throws IOException {
        try (exchange) {
            String method = exchange.getRequestMethod().toUpperCase(Locale.ROOT);
            String pathAndQuery = exchange.getRequestURI().getRawPath()
                                  + (exchange.getRequestURI().getRawQuery() == null
                                          ? "" : "?" + exchange.getRequestURI().getRawQuery());
            byte[] requestBody;
            try (InputStream in = exchange.getRequestBody()) {
                requestBody = in.readAllBytes();
            }
            forwarded.add(method + " " + exchange.getRequestURI().getRawPath());
            HttpRequest.Builder request = HttpRequest.newBuilder(target.resolve(pathAndQuery))
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
                return; // the target dropped the connection: drop ours too, without an answer
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
            response.headers().map().forEach((name, values) -> {
                if (!HOP_BY_HOP.contains(name.toLowerCase(Locale.ROOT)) && !name.startsWith(":")) {
                    headers.put(name, new ArrayList<>(values));
                }
            });
            if (headers.containsKey("Signature")) {
                signatureHeadersFromTarget.incrementAndGet();
            }
            Answer answer = new Answer(response.statusCode(), headers, response.body());
            Tamper current = tamper.get();
            if (current != null && !exchange.getRequestURI().getRawPath().endsWith(TOKEN_PATH)) {
                try {
                    answer = current.apply(answer);
                    tampered.incrementAndGet();
                } catch (RuntimeException e) {
                    // make a broken tamper visible to the test instead of passing the genuine answer through
                    answer = new Answer(599, Map.of(), ("tamper failed: " + e.getMessage())
                            .getBytes(StandardCharsets.UTF_8));
                }
            }
            answer.headers().forEach((name, values) -> exchange.getResponseHeaders().put(name, values));
            exchange.sendResponseHeaders(answer.status(), answer.body().length == 0 ? -1 : answer.body().length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(answer.body());
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }

    @Override
    public String toString() {
        return "TamperingProxy[" + baseUrl() + " -> " + target + ", forwarded " + forwarded.size() + "]";
    }
}
