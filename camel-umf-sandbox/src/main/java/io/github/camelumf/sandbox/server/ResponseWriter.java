package io.github.camelumf.sandbox.server;

import com.sun.net.httpserver.HttpExchange;
import io.github.camelumf.sandbox.security.AnswerSigner;
import io.github.camelumf.sandbox.security.RsaOperations;

import java.io.IOException;
import java.io.OutputStream;
import java.security.PrivateKey;
import java.util.Map;

/**
 * Writes JSON answers with {@code Content-Type: application/json;charset=UTF-8} and a {@code Signature} header:
 * base64(SHA256withRSA(UMF private key, the exact body bytes sent)).
 */
public final class ResponseWriter {

    private final PrivateKey umfPrivateKey;
    private final AnswerSigner answerSigner;

    public ResponseWriter(PrivateKey umfPrivateKey) {
        this.umfPrivateKey = umfPrivateKey;
        this.answerSigner = new AnswerSigner(umfPrivateKey);
    }

    /**
     * Serialises, signs and sends {@code response}, then closes the exchange. An answer with a result object carries
     * {@code meta.sign} over its result member(s) ({@link AnswerSigner}).
     */
    public void write(HttpExchange exchange, ApiResponse response) throws IOException {
        byte[] bytes = Json.write(answerSigner.sign(response.body()));
        send(exchange, response.status(), "application/json;charset=UTF-8", bytes, response.headers());
    }

    /** Sends signed bytes of any content type, then closes the exchange. */
    public void send(HttpExchange exchange, int status, String contentType, byte[] bytes, Map<String, String> headers)
            throws IOException {
        exchange.getResponseHeaders().set("Content-Type", contentType);
        exchange.getResponseHeaders().set("Signature", RsaOperations.sign(umfPrivateKey, bytes));
        headers.forEach((name, value) -> exchange.getResponseHeaders().set(name, value));
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
        exchange.close();
    }
}
