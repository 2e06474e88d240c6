package io.github.camelumf.http;

import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.io.entity.HttpEntityWrapper;

/**
 * A request body whose {@code Signature} header was made over its content rather than over its bytes on the wire:
 * a multipart upload signs the uploaded file's bytes (the multipart framing around them is not signed). The
 * {@link SignatureInterceptor} leaves these requests as they are.
 */
public final class ContentSignedEntity extends HttpEntityWrapper {

    public ContentSignedEntity(HttpEntity wrapped) {
        super(wrapped);
    }
}
