package io.github.camelumf.sandbox;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * One API call the sandbox received, as it arrived: method, path, query, headers and the raw body bytes, whether the
 * {@code Signature} header verified over exactly those bytes, the plaintext of every *enc* field the sandbox
 * decrypted, and what was answered. {@link #toString()} shows neither the body nor decrypted values.
 */
public final class RecordedRequest {

    private final Instant receivedAt;
    private final String method;
    private final String path;
    private final String apiPath;
    private final String query;
    private final Map<String, List<String>> headers;
    private final byte[] body;
    private final boolean signatureVerified;
    private final Map<String, String> decryptedFields;
    private final int responseStatus;
    private final String retCode;
    private final String fault;

    public RecordedRequest(Instant receivedAt, String method, String path, String apiPath, String query,
                           Map<String, List<String>> headers, byte[] body, boolean signatureVerified,
                           Map<String, String> decryptedFields, int responseStatus, String retCode, String fault) {
        this.receivedAt = receivedAt;
        this.method = method;
        this.path = path;
        this.apiPath = apiPath;
        this.query = query;
        TreeMap<String, List<String>> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        headers.forEach((name, values) -> copy.put(name, List.copyOf(values)));
        this.headers = java.util.Collections.unmodifiableMap(copy);
        this.body = body.clone();
        this.signatureVerified = signatureVerified;
        this.decryptedFields = Map.copyOf(decryptedFields);
        this.responseStatus = responseStatus;
        this.retCode = retCode;
        this.fault = fault;
    }

    public Instant receivedAt() {
        return receivedAt;
    }

    /** GET or POST (upper case). */
    public String method() {
        return method;
    }

    /** The full request path as received, e.g. {@code /cberest/v1/payments/payment}. */
    public String path() {
        return path;
    }

    /** The path below the API base, e.g. {@code /payments/payment} or {@code /oauth/authorize}. */
    public String apiPath() {
        return apiPath;
    }

    /** The raw query string, or {@code null}. */
    public String query() {
        return query;
    }

    /** All headers, names case-insensitive. */
    public Map<String, List<String>> headers() {
        return headers;
    }

    /** The first value of header {@code name} (case-insensitive), or {@code null}. */
    public String header(String name) {
        List<String> values = headers.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    /** A copy of the raw body bytes. */
    public byte[] body() {
        return body.clone();
    }

    /** The body decoded as UTF-8. */
    public String bodyAsString() {
        return new String(body, StandardCharsets.UTF_8);
    }

    /** Whether the {@code Signature} header verified (merchant public key) over exactly the received body bytes. */
    public boolean signatureVerified() {
        return signatureVerified;
    }

    /** JSON path (e.g. {@code payer.payer_info.bank_card.number}) to decrypted plaintext of every *enc* field. */
    public Map<String, String> decryptedFields() {
        return decryptedFields;
    }

    /** The HTTP status answered, or 0 when the connection was dropped. */
    public int responseStatus() {
        return responseStatus;
    }

    /** The {@code meta.ret_code} answered, or {@code null} when the connection was dropped. */
    public String retCode() {
        return retCode;
    }

    /** The fault applied to this call (e.g. {@code httpStatus 503}), or {@code null}. */
    public String fault() {
        return fault;
    }

    /** Whether the connection was closed without an answer. */
    public boolean connectionDropped() {
        return responseStatus == 0;
    }

    /** Whether this was the token call ({@code POST /oauth/authorize}). */
    public boolean isTokenCall() {
        return "/oauth/authorize".equals(apiPath);
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "RecordedRequest[%s %s -> %s %s%s]", method, apiPath,
                responseStatus == 0 ? "dropped" : Integer.toString(responseStatus), retCode == null ? "" : retCode,
                fault == null ? "" : ", fault " + fault);
    }
}
