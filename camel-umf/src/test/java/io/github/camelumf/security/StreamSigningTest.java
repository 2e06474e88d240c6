package io.github.camelumf.security;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Base64;

import org.junit.jupiter.api.Test;

import static io.github.camelumf.security.TestKeys.MERCHANT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Signing a multipart upload's content as a stream: the same signature as over its bytes, state reset on failure. */
class StreamSigningTest {

    private static final byte[] FILE = content(200_000);

    private final Signer signer = new RsaSha256Signer(PemKeys.privateKey(TestKeys.pkcs1Pem(MERCHANT.getPrivate()), null));

    @Test
    void streamOfSeveralChunksIsSignedLikeItsBytes() throws Exception {
        String streamed = signer.sign(new ByteArrayInputStream(FILE));

        java.security.Signature jdk = java.security.Signature.getInstance("SHA256withRSA");
        jdk.initSign(MERCHANT.getPrivate());
        jdk.update(FILE);
        assertThat(streamed).isEqualTo(Base64.getEncoder().encodeToString(jdk.sign())).isEqualTo(signer.sign(FILE));
    }

    @Test
    void streamThatFailsHalfWayLeavesNoStateBehind() throws Exception {
        InputStream failing = new FilterInputStream(new ByteArrayInputStream(FILE)) {
            private int reads;

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                if (++reads == 2) {
                    throw new IOException("disk gone");
                }
                return super.read(b, off, len);
            }
        };

        assertThatThrownBy(() -> signer.sign(failing)).isInstanceOf(IOException.class).hasMessage("disk gone");
        assertThat(signer.sign(new ByteArrayInputStream(FILE))).isEqualTo(signer.sign(FILE));
    }

    @Test
    void signerOfBytesSignsAStreamByItsWholeContent() throws Exception {
        Signer lengthOnly = data -> Integer.toString(data.length);

        assertThat(lengthOnly.sign(new ByteArrayInputStream(FILE))).isEqualTo(Integer.toString(FILE.length));
    }

    private static byte[] content(int size) {
        byte[] bytes = new byte[size];
        Arrays.fill(bytes, (byte) 'x');
        for (int i = 0; i < size; i += 997) {
            bytes[i] = (byte) i;
        }
        return bytes;
    }
}
