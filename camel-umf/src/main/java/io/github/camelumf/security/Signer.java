package io.github.camelumf.security;

/**
 * Signs the exact bytes that go on the wire (the UTF-8 body of a POST) with the merchant's private key; the result
 * is the value of the {@code Signature} header. Implementations are thread-safe.
 */
@FunctionalInterface
public interface Signer {

    /**
     * @param  data                                          the bytes to sign, exactly as sent
     * @return                                               the signature, standard base64
     * @throws io.github.camelumf.error.UmfSignatureException if the signature cannot be made
     */
    String sign(byte[] data);

    /**
     * Signs everything {@code data} holds (the content of a multipart upload), read once; implementations stream it.
     *
     * @param  data                                          the content to sign; read to its end, not closed
     * @return                                               the signature, standard base64
     * @throws java.io.IOException                           if reading fails
     * @throws io.github.camelumf.error.UmfSignatureException if the signature cannot be made
     */
    default String sign(java.io.InputStream data) throws java.io.IOException {
        return sign(data.readAllBytes());
    }
}
