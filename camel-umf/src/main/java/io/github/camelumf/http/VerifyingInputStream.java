package io.github.camelumf.http;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

import io.github.camelumf.error.UmfSignatureException;
import io.github.camelumf.security.IncrementalVerification;
import io.github.camelumf.security.VerificationResult;

/**
 * Passes a streamed download through unchanged while its {@code Signature} is checked over the bytes as they pass;
 * when the stream ends, a signature that does not verify raises {@link UmfSignatureException} (instead of the end of
 * the stream), so that a reader never takes an altered file for a complete one. Closing it closes the HTTP response.
 */
final class VerifyingInputStream extends FilterInputStream {

    private final IncrementalVerification verification;
    private final String operation;
    private final AutoCloseable response;
    private boolean verified;

    VerifyingInputStream(InputStream in, IncrementalVerification verification, String operation,
                         AutoCloseable response) {
        super(in);
        this.verification = verification;
        this.operation = operation;
        this.response = response;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b < 0) {
            endOfStream();
        } else if (verification != null) {
            verification.update(new byte[] { (byte) b }, 0, 1);
        }
        return b;
    }

    @Override
    public int read(byte[] bytes, int offset, int length) throws IOException {
        int n = super.read(bytes, offset, length);
        if (n < 0) {
            endOfStream();
        } else if (n > 0 && verification != null) {
            verification.update(bytes, offset, n);
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        byte[] buffer = new byte[(int) Math.min(8192, Math.max(n, 1))];
        int read = read(buffer, 0, (int) Math.min(n, buffer.length));
        return Math.max(read, 0);
    }

    @Override
    public boolean markSupported() {
        return false;
    }

    private void endOfStream() {
        if (verified || verification == null) {
            return;
        }
        verified = true;
        VerificationResult result = verification.finish();
        if (!result.isValid()) {
            throw new UmfSignatureException("The file downloaded by " + operation + " has a Signature that does not"
                                            + " verify with the UMF public key (" + result + "): the bytes were"
                                            + " altered or not sent by UMF");
        }
    }

    @Override
    public void close() throws IOException {
        try {
            super.close();
        } finally {
            try {
                response.close();
            } catch (Exception e) {
                // the connection is discarded either way
            }
        }
    }
}
