package io.github.camelumf.sandbox.server;

import com.sun.net.httpserver.HttpExchange;
import io.github.camelumf.sandbox.security.AnswerSigner;
import io.github.camelumf.sandbox.statement.FileBody;

import java.io.IOException;
import java.io.OutputStream;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.SignatureException;
import java.util.Base64;
import java.util.Map;

/**
 * Writes answers as the UMF reference shows them (section 1.6): a JSON answer with a result object carries its
 * signature in {@code meta.sign} ({@link AnswerSigner}) and no {@code Signature} response header, since the reference
 * never shows one, neither on JSON answers nor on files. Only a sandbox built with
 * {@code UmfSandbox.builder().signFiles(true)} adds a {@code Signature} header (base64 SHA256withRSA, UMF private key)
 * over the exact bytes of each downloaded file, for an environment that signs its files.
 */
public final class ResponseWriter {

    private final PrivateKey umfPrivateKey;
    private final AnswerSigner answerSigner;
    private final boolean signFiles;

    /**
     * @param umfPrivateKey the key of {@code meta.sign} and, with {@code signFiles}, of the files' Signature header
     * @param signFiles     whether files carry a {@code Signature} header over their bytes
     */
    public ResponseWriter(PrivateKey umfPrivateKey, boolean signFiles) {
        this.umfPrivateKey = umfPrivateKey;
        this.answerSigner = new AnswerSigner(umfPrivateKey);
        this.signFiles = signFiles;
    }

    /**
     * Serialises and sends {@code response} (inside a JSON array when {@link ApiResponse#arrayAnswer()}), then closes the
     * exchange. An answer with a result object carries {@code meta.sign} over its result member(s)
     * ({@link AnswerSigner}); no {@code Signature} header is sent.
     */
    public void write(HttpExchange exchange, ApiResponse response) throws IOException {
        byte[] bytes = Json.write(answerSigner.sign(response.body()));
        if (response.arrayAnswer()) {
            byte[] wrapped = new byte[bytes.length + 4];
            wrapped[0] = '[';
            wrapped[1] = '\n';
            System.arraycopy(bytes, 0, wrapped, 2, bytes.length);
            wrapped[wrapped.length - 2] = '\n';
            wrapped[wrapped.length - 1] = ']';
            bytes = wrapped;
        }
        send(exchange, response.status(), "application/json;charset=UTF-8", bytes, response.headers());
    }

    /** Sends bytes of any content type as they are (no {@code Signature} header), then closes the exchange. */
    public void send(HttpExchange exchange, int status, String contentType, byte[] bytes, Map<String, String> headers)
            throws IOException {
        exchange.getResponseHeaders().set("Content-Type", contentType);
        headers.forEach((name, value) -> exchange.getResponseHeaders().set(name, value));
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
        exchange.close();
    }

    /**
     * Sends a file with HTTP 200, chunked, without a {@code Signature} header (the reference shows none on 3.21, 3.23
     * and 3.25); with {@code signFiles} with one over its exact bytes: the file is then generated twice, once into the
     * signature and once onto the wire, so that it is never held whole.
     */
    public void sendFile(HttpExchange exchange, FileBody file) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", file.contentType());
        if (signFiles) {
            exchange.getResponseHeaders().set("Signature", signatureOf(file));
        }
        exchange.sendResponseHeaders(200, 0);
        try (OutputStream out = exchange.getResponseBody()) {
            file.writeTo(out);
        } catch (IOException e) {
            // the client went away before the end of the file
        }
        exchange.close();
    }

    private String signatureOf(FileBody file) throws IOException {
        Signature signing;
        try {
            signing = Signature.getInstance("SHA256withRSA");
            signing.initSign(umfPrivateKey);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("signing failed", e);
        }
        file.writeTo(new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                write(new byte[] { (byte) b }, 0, 1);
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                try {
                    signing.update(b, off, len);
                } catch (SignatureException e) {
                    throw new IOException(e);
                }
            }
        });
        try {
            return Base64.getEncoder().encodeToString(signing.sign());
        } catch (SignatureException e) {
            throw new IOException(e);
        }
    }
}
