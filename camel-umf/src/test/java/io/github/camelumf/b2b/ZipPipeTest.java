package io.github.camelumf.b2b;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.zip.ZipInputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The ZIP zipped ahead by a thread: the same bytes and digest, errors in the reader, documents closed on close. */
class ZipPipeTest {

    @TempDir
    Path folder;

    @Test
    void readerGetsTheWholeZipWithItsDigest() throws Exception {
        byte[] scan = new byte[700_000];
        new Random(3).nextBytes(scan);
        ZipPipe pipe = new ZipPipe(new ZipStream(List.of(DocumentEntry.of("scan.pdf", Files.write(folder.resolve("s.pdf"),
                scan)), DocumentEntry.of("invoice.txt", new ByteArrayInputStream("invoice".getBytes(StandardCharsets.UTF_8)))),
                -1), "test");

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (pipe) {
            pipe.transferTo(out);
        }

        byte[] zip = out.toByteArray();
        assertThat(pipe.isComplete()).isTrue();
        assertThat(pipe.size()).isEqualTo(zip.length);
        assertThat(pipe.sha256Hex()).isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(zip)));
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            assertThat(in.getNextEntry().getName()).isEqualTo("scan.pdf");
            assertThat(in.readAllBytes()).isEqualTo(scan);
            assertThat(in.getNextEntry().getName()).isEqualTo("invoice.txt");
        }
    }

    @Test
    void aDocumentThatFailsWhileZippedFailsTheReader() {
        InputStream failing = new InputStream() {
            private int left = 100_000;

            @Override
            public int read() throws IOException {
                if (left <= 0) {
                    throw new IOException("disk gone");
                }
                left--;
                return 'x';
            }
        };
        ZipPipe pipe = new ZipPipe(new ZipStream(List.of(DocumentEntry.of("contract.txt", failing)), 1), "test");

        assertThatThrownBy(() -> pipe.transferTo(OutputStreamSink.INSTANCE)).isInstanceOf(IOException.class)
                .hasMessage("disk gone");
        assertThat(pipe.isComplete()).isFalse();
    }

    @Test
    void closingBeforeTheEndStopsTheThreadAndClosesTheDocuments() throws Exception {
        boolean[] closed = new boolean[1];
        InputStream endless = new InputStream() {
            private final Random random = new Random(5);

            @Override
            public int read() {
                return random.nextInt(256);
            }

            @Override
            public int read(byte[] b, int off, int len) {
                byte[] piece = new byte[len];
                random.nextBytes(piece);
                System.arraycopy(piece, 0, b, off, len);
                return len;
            }

            @Override
            public void close() {
                closed[0] = true;
            }
        };
        ZipPipe pipe = new ZipPipe(new ZipStream(List.of(DocumentEntry.of("contract.txt", endless)), 1), "test");
        assertThat(pipe.read(new byte[1000])).isPositive();

        pipe.close();

        assertThat(closed[0]).isTrue();
        assertThat(pipe.isComplete()).isFalse();
    }

    /** Discards what it is given. */
    private static final class OutputStreamSink extends java.io.OutputStream {
        static final OutputStreamSink INSTANCE = new OutputStreamSink();

        @Override
        public void write(int b) {
        }

        @Override
        public void write(byte[] b, int off, int len) {
        }
    }
}
