package io.github.camelumf.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.time.Duration;
import java.util.Base64;
import javax.crypto.Cipher;

/**
 * A minimal UMF client for the sandbox's own tests, written independently of the sandbox code: real HTTP
 * (java.net.http), SHA256withRSA request signatures with the merchant private key, RSA/ECB/PKCS1Padding field
 * encryption with the UMF public key.
 */
final class UmfTestClient {

    static final ObjectMapper MAPPER = new ObjectMapper();

    private final UmfSandbox sandbox;
    private final HttpClient http;
    private String token;

    UmfTestClient(UmfSandbox sandbox) {
        this.sandbox = sandbox;
        HttpClient.Builder builder = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5));
        if (sandbox.https()) {
            builder.sslContext(sandbox.tls().clientContext());
        }
        this.http = builder.build();
    }

    /** An answer: status, raw body bytes, headers. */
    record Response(int status, byte[] body, HttpHeaders headers) {
        JsonNode json() {
            try {
                return MAPPER.readTree(body);
            } catch (IOException e) {
                throw new AssertionError("not JSON: " + new String(body, StandardCharsets.UTF_8), e);
            }
        }

        String retCode() {
            return json().path("meta").path("ret_code").asText();
        }

        String retMsg() {
            return json().path("meta").path("ret_msg").asText();
        }

        JsonNode payment() {
            return json().path("payment");
        }

        String link(String ref) {
            for (JsonNode link : json().path("links")) {
                if (ref.equals(link.path("ref").asText())) {
                    return link.path("href").asText();
                }
            }
            return null;
        }

        /** The {@code Signature} response header, or null: UMF's reference shows none on any answer. */
        String signatureHeader() {
            return headers.firstValue("Signature").orElse(null);
        }

        /** Whether the {@code Signature} header verifies with {@code key} over the exact body bytes (a signed file). */
        boolean headerSignedBy(PublicKey key) {
            String signature = signatureHeader();
            return signature != null && verifies(key, body, signature);
        }

        /** {@code meta.sign}, or null when the answer carries none. */
        String metaSign() {
            JsonNode sign = json().path("meta").path("sign");
            return sign.isTextual() ? sign.asText() : null;
        }

        /**
         * Whether {@code meta.sign} verifies with {@code key} (section 1.6) over the result object(s): the raw bytes of
         * the value of every member other than {@code meta}, in body order, concatenated.
         */
        boolean metaSignedBy(PublicKey key) {
            String sign = metaSign();
            if (sign == null) {
                return false;
            }
            java.io.ByteArrayOutputStream results = new java.io.ByteArrayOutputStream();
            RawMembers.of(body).forEach((name, value) -> {
                if (!"meta".equals(name)) {
                    results.writeBytes(value);
                }
            });
            return results.size() > 0 && verifies(key, results.toByteArray(), sign);
        }

        private static boolean verifies(PublicKey key, byte[] data, String base64Signature) {
            try {
                Signature verifier = Signature.getInstance("SHA256withRSA");
                verifier.initVerify(key);
                verifier.update(data);
                return verifier.verify(Base64.getDecoder().decode(base64Signature));
            } catch (GeneralSecurityException | IllegalArgumentException e) {
                return false;
            }
        }

        @Override
        public String toString() {
            return status + " " + new String(body, StandardCharsets.UTF_8);
        }
    }

    /** Obtains a token with the sandbox credentials and keeps it. */
    String authenticate() {
        Response response = requestToken(sandbox.clientId(), sandbox.clientSecret());
        if (response.status() != 200) {
            throw new AssertionError("token call failed: " + response);
        }
        token = response.json().path("access_token").asText();
        return token;
    }

    Response requestToken(String clientId, String clientSecret) {
        String body = "{\"client_id\":\"" + clientId + "\",\"client_secret\":\"" + clientSecret
                + "\",\"grant_type\":\"client_credentials\"}";
        return send(HttpRequest.newBuilder(uri("/oauth/authorize"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    void useToken(String token) {
        this.token = token;
    }

    /** A signed POST of {@code json} with the current token. */
    Response post(String path, String json) {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        return postRaw(path, bytes, sign(sandbox.keys().merchantPrivateKey(), bytes));
    }

    /** A POST with the given signature header value (null: no header). */
    Response postRaw(String path, byte[] bytes, String signature) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + token)
                .POST(HttpRequest.BodyPublishers.ofByteArray(bytes));
        if (signature != null) {
            request.header("Signature", signature);
        }
        return send(request.build());
    }

    /** A multipart/form-data POST of {@code body} (framed with {@code boundary}) with the current token. */
    Response postMultipart(String path, byte[] body, String boundary, String signature) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("Authorization", "Bearer " + token)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (signature != null) {
            request.header("Signature", signature);
        }
        return send(request.build());
    }

    Response get(String path) {
        return send(HttpRequest.newBuilder(uri(path)).header("Authorization", "Bearer " + token).GET().build());
    }

    Response send(HttpRequest request) {
        try {
            HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            return new Response(response.statusCode(), response.body(), response.headers());
        } catch (IOException e) {
            throw new UncheckedConnectionException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    URI uri(String path) {
        return URI.create(sandbox.baseUrl() + path);
    }

    /** base64(RSA/ECB/PKCS1Padding(UMF public key, UTF-8 value)). */
    String enc(String plain) {
        try {
            Cipher cipher = Cipher.getInstance("RSA/ECB/PKCS1Padding");
            cipher.init(Cipher.ENCRYPT_MODE, sandbox.keys().umfPublicKey());
            return Base64.getEncoder().encodeToString(cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new AssertionError(e);
        }
    }

    static String sign(PrivateKey key, byte[] bytes) {
        try {
            Signature signer = Signature.getInstance("SHA256withRSA");
            signer.initSign(key);
            signer.update(bytes);
            return Base64.getEncoder().encodeToString(signer.sign());
        } catch (GeneralSecurityException e) {
            throw new AssertionError(e);
        }
    }

    /** The connection failed (e.g. closed by a fault). */
    static final class UncheckedConnectionException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        UncheckedConnectionException(IOException cause) {
            super(cause);
        }
    }
}
