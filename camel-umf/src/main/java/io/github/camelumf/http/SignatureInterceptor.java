package io.github.camelumf.http;

import io.github.camelumf.security.Signer;
import org.apache.hc.core5.http.ClassicHttpRequest;
import org.apache.hc.core5.http.EntityDetails;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.HttpRequest;
import org.apache.hc.core5.http.HttpRequestInterceptor;
import org.apache.hc.core5.http.protocol.HttpContext;

/**
 * Signs every request that has a body: {@code Signature} = base64(SHA256withRSA(merchant key, the exact body bytes
 * sent)). Only {@link JsonBodyEntity} bodies are accepted, whose bytes are fixed before signing.
 */
final class SignatureInterceptor implements HttpRequestInterceptor {

    static final String SIGNATURE_HEADER = "Signature";

    private final Signer signer;

    SignatureInterceptor(Signer signer) {
        this.signer = signer;
    }

    @Override
    public void process(HttpRequest request, EntityDetails details, HttpContext context) {
        if (!(request instanceof ClassicHttpRequest classic) || classic.getEntity() == null) {
            return;
        }
        HttpEntity entity = classic.getEntity();
        if (entity instanceof ContentSignedEntity) {
            return; // a multipart upload: its Signature was made over the file's content by the caller
        }
        if (!(entity instanceof JsonBodyEntity json)) {
            throw new IllegalStateException("UMF request bodies must be JsonBodyEntity so the signed bytes are sent");
        }
        request.setHeader(SIGNATURE_HEADER, signer.sign(json.bytes()));
    }
}
