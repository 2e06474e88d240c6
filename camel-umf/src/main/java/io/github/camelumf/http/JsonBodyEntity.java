package io.github.camelumf.http;

import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;

/**
 * A JSON request body whose bytes are fixed once: the {@link SignatureInterceptor} signs exactly these bytes and the
 * client writes exactly these bytes, so nothing can re-serialise between signing and sending.
 */
public final class JsonBodyEntity extends ByteArrayEntity {

    private static final ContentType JSON_UTF8 = ContentType.APPLICATION_JSON.withCharset("UTF-8");

    private final byte[] bytes;

    public JsonBodyEntity(byte[] bytes) {
        super(bytes, JSON_UTF8);
        this.bytes = bytes;
    }

    /** The bytes sent on the wire (not a copy: do not modify). */
    byte[] bytes() {
        return bytes;
    }
}
