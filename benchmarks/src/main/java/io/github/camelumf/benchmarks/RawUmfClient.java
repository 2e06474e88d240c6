package io.github.camelumf.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.Signature;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The baseline of {@link ProducerOverheadBenchmark}: UMF calls made by hand over one HTTP client library, a bearer
 * token fetched once, and a JDK {@link Signature} per thread for POST bodies. No response verification, no JSON
 * mapping, no validation, no encryption: what is left is the HTTP exchange and the server's own work.
 */
abstract class RawUmfClient implements AutoCloseable {

    private static final String SUCCESS = "\"ret_code\":\"0000\"";

    /** An HTTP answer. */
    record Answer(int status, byte[] body) {
    }

    protected final String baseUrl;
    private final ThreadLocal<Signature> signatures;
    private String authorization;

    RawUmfClient(String baseUrl, PrivateKey merchantKey) {
        this.baseUrl = baseUrl;
        this.signatures = ThreadLocal.withInitial(() -> {
            try {
                Signature signature = Signature.getInstance("SHA256withRSA");
                signature.initSign(merchantKey);
                return signature;
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    /** Sends one request ({@code body} null for a GET) and reads the whole answer. */
    protected abstract Answer exchange(String path, Map<String, String> headers, byte[] body) throws IOException;

    /** Client-credentials grant; later calls carry the token. */
    void authorize(String clientId, String clientSecret) throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        byte[] body = mapper.writeValueAsBytes(mapper.createObjectNode()
                .put("client_id", clientId).put("client_secret", clientSecret).put("grant_type", "client_credentials"));
        Answer answer = exchange("/oauth/authorize", Map.of("Content-Type", "application/json"), body);
        JsonNode token = mapper.readTree(answer.body()).get("access_token");
        if (answer.status() != 200 || token == null) {
            throw new IllegalStateException("token call failed: HTTP " + answer.status());
        }
        authorization = "Bearer " + token.asText();
    }

    /** The {@code Authorization} header value of the token {@link #authorize} fetched. */
    String authorization() {
        return authorization;
    }

    /** GET {@code path}; the raw answer. */
    byte[] get(String path) throws IOException {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Authorization", authorization);
        headers.put("Accept", "application/json");
        return successful(exchange(path, headers, null), path);
    }

    /** POST {@code body} to {@code path} with its {@code Signature} header; the raw answer. */
    byte[] signedPost(String path, byte[] body) throws IOException {
        Signature signature = signatures.get();
        String signatureHeader;
        try {
            signature.update(body);
            signatureHeader = Base64.getEncoder().encodeToString(signature.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Authorization", authorization);
        headers.put("Content-Type", "application/json;charset=UTF-8");
        headers.put("Accept", "application/json");
        headers.put("Signature", signatureHeader);
        return successful(exchange(path, headers, body), path);
    }

    /** Refuses an answer other than HTTP 2xx with ret_code 0000, so a failing baseline cannot look fast. */
    private static byte[] successful(Answer answer, String path) {
        String text = new String(answer.body(), StandardCharsets.UTF_8);
        if (answer.status() / 100 != 2 || !text.contains(SUCCESS)) {
            throw new IllegalStateException(path + " failed: HTTP " + answer.status() + " " + text);
        }
        return answer.body();
    }

    @Override
    public void close() throws IOException {
    }
}
