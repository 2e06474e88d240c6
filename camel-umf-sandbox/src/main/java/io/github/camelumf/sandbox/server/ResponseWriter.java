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

    /**
     * Sends a file with HTTP 200, chunked, and a {@code Signature} over its exact bytes: the file is generated twice,
     * once into the signature and once onto the wire, so that it is never held whole.
     */
    public void sendFile(HttpExchange exchange, io.github.camelumf.sandbox.statement.FileBody file) throws IOException {
        java.security.Signature signature;
        try {
            signature = java.security.Signature.getInstance("SHA256withRSA");
            signature.initSign(umfPrivateKey);
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException("signing failed", e);
        }
        java.security.Signature signing = signature;
        file.writeTo(new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                write(new byte[] { (byte) b }, 0, 1);
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                try {
                    signing.update(b, off, len);
                } catch (java.security.SignatureException e) {
                    throw new IOException(e);
                }
            }
        });
        String signed;
        try {
            signed = java.util.Base64.getEncoder().encodeToString(signing.sign());
        } catch (java.security.SignatureException e) {
            throw new IOException(e);
        }
        exchange.getResponseHeaders().set("Content-Type", file.contentType());
        exchange.getResponseHeaders().set("Signature", signed);
        exchange.sendResponseHeaders(200, 0);
        try (OutputStream out = exchange.getResponseBody()) {
            file.writeTo(out);
        } catch (IOException e) {
            // the client went away before the end of the file
        }
        exchange.close();
    }
}
