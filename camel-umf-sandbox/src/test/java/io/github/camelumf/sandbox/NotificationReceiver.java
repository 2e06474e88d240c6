package io.github.camelumf.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.security.Signature;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * A merchant's notification endpoint for the tests, written independently of the sandbox: a real HTTP server on
 * 127.0.0.1 that keeps every request (exact body bytes and headers) and answers from a script (default: the
 * acknowledgement {@code {"meta":{"ret_code":"0000"}}}). In verifying mode it refuses (HTTP 401, 00060710) what does
 * not carry a valid UMF signature over the exact bytes, as a correct merchant does.
 */
final class NotificationReceiver implements AutoCloseable {

    static {
        System.setProperty("sun.net.httpserver.nodelay", "true");
    }

    static final String ACK = "{\"meta\":{\"ret_code\":\"0000\",\"ret_msg\":\"SUCCESS\"}}";

    /** One request received. */
    record Received(byte[] body, String signature, String contentType) {
        JsonNode json() {
            try {
                return UmfTestClient.MAPPER.readTree(body);
            } catch (IOException e) {
                throw new AssertionError("not JSON: " + new String(body, StandardCharsets.UTF_8), e);
            }
        }

        /** Whether {@link #signature()} is base64 of a SHA256withRSA signature of exactly {@link #body()}. */
        boolean signedBy(PublicKey key) {
            if (signature == null) {
                return false;
            }
            try {
                Signature verifier = Signature.getInstance("SHA256withRSA");
                verifier.initVerify(key);
                verifier.update(body);
                return verifier.verify(Base64.getDecoder().decode(signature));
            } catch (IllegalArgumentException | GeneralSecurityException e) {
                return false;
            }
        }
    }

    private record Answer(int status, String body, Duration delay) {
    }

    private final HttpServer server;
    private final ExecutorService executor = Executors.newFixedThreadPool(4);
    private final List<Received> received = new ArrayList<>();
    private final Deque<Answer> script = new ArrayDeque<>();
    private volatile Answer standing = new Answer(200, ACK, Duration.ZERO);
    private volatile PublicKey verifyingKey;
    private volatile Consumer<Received> beforeAnswer = r -> { };

    NotificationReceiver() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/notify", this::handle);
        server.setExecutor(executor);
        server.start();
    }

    /** {@code http://127.0.0.1:<port>/notify}. */
    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/notify";
    }

    /** The next requests get these answers, in order; then the standing answer. */
    synchronized NotificationReceiver thenAnswer(int status, String body) {
        script.addLast(new Answer(status, body, Duration.ZERO));
        return this;
    }

    /** Every request without a scripted answer gets this one. */
    NotificationReceiver alwaysAnswer(int status, String body) {
        standing = new Answer(status, body, Duration.ZERO);
        return this;
    }

    /** Every request without a scripted answer is answered with an acknowledgement after {@code delay}. */
    NotificationReceiver alwaysAnswerAfter(Duration delay) {
        standing = new Answer(200, ACK, delay);
        return this;
    }

    /** Refuses (401) requests whose Signature does not verify with {@code umfPublicKey}. */
    NotificationReceiver verifying(PublicKey umfPublicKey) {
        verifyingKey = umfPublicKey;
        return this;
    }

    /** Runs {@code action} on each request before answering it (on the server's thread). */
    NotificationReceiver beforeAnswer(Consumer<Received> action) {
        beforeAnswer = action;
        return this;
    }

    synchronized List<Received> received() {
        return List.copyOf(received);
    }

    private void handle(HttpExchange exchange) throws IOException {
        Received request = new Received(exchange.getRequestBody().readAllBytes(),
                exchange.getRequestHeaders().getFirst("Signature"),
                exchange.getRequestHeaders().getFirst("Content-Type"));
        Answer answer;
        synchronized (this) {
            received.add(request);
            answer = script.isEmpty() ? standing : script.pollFirst();
        }
        beforeAnswer.accept(request);
        PublicKey key = verifyingKey;
        if (key != null && !request.signedBy(key)) {
            answer = new Answer(401, "{\"meta\":{\"ret_code\":\"00060710\",\"ret_msg\":\"bad signature\"}}",
                    Duration.ZERO);
        }
        if (!answer.delay().isZero()) {
            try {
                Thread.sleep(answer.delay().toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        byte[] bytes = answer.body().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json;charset=UTF-8");
        exchange.sendResponseHeaders(answer.status(), bytes.length == 0 ? -1 : bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
        exchange.close();
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
        try {
            executor.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
