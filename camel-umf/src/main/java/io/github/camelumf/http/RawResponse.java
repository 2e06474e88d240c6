package io.github.camelumf.http;

/**
 * UMF's answer exactly as it came off the wire: the status, the raw body bytes (the bytes the signature covers) and
 * the {@code Signature} header, if any.
 */
public record RawResponse(int status, byte[] body, String signature) {

    @Override
    public String toString() {
        return "RawResponse[status=" + status + ", bytes=" + (body == null ? 0 : body.length) + ", signed="
               + (signature != null) + "]";
    }
}
