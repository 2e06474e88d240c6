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
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The ZIP produced as it is read: entries intact, size and SHA-256 of exactly the bytes read, streams closed. */
class ZipStreamTest {

    @Test
    void readingTheStreamGivesAZipOfEveryDocumentAndItsDigest() throws Exception {
        byte[] scan = random(200_000);
        byte[] text = "invoice line\n".repeat(10_000).getBytes(StandardCharsets.UTF_8);
        ZipStream zip = new ZipStream(List.of(DocumentEntry.of("scan.pdf", scan),
                DocumentEntry.of("invoice.txt", new ByteArrayInputStream(text))), 6);

        byte[] bytes = readInSmallPieces(zip);

        assertThat(zip.isComplete()).isTrue();
        assertThat(zip.size()).isEqualTo(bytes.length);
        assertThat(zip.sha256Hex()).isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)));
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            ZipEntry first = in.getNextEntry();
            assertThat(first.getName()).isEqualTo("scan.pdf");
            assertThat(in.readAllBytes()).isEqualTo(scan);
            ZipEntry second = in.getNextEntry();
            assertThat(second.getName()).isEqualTo("invoice.txt");
            assertThat(in.readAllBytes()).isEqualTo(text);
            assertThat(in.getNextEntry()).isNull();
        }
        assertThat(bytes.length).as("the text was deflated, the PDF stored").isLessThan(scan.length + text.length / 4);
    }

    @Test
    void aLargeDocumentPassesThroughABufferOfAboutOneChunk() throws Exception {
        long size = 48L * 1024 * 1024;
        InputStream generated = new InputStream() {
            private final Random random = new Random(11);
            private long left = size;

            @Override
            public int read() {
                return left-- > 0 ? random.nextInt(256) : -1;
            }

            @Override
            public int read(byte[] b, int off, int len) {
                if (left <= 0) {
                    return -1;
                }
                int n = (int) Math.min(len, left);
                byte[] piece = new byte[n];
                random.nextBytes(piece);
                System.arraycopy(piece, 0, b, off, n);
                left -= n;
                return n;
            }
        };
        ZipStream zip = new ZipStream(List.of(DocumentEntry.of("scan.pdf", generated)), 6);

        byte[] piece = new byte[8192];
        long total = 0;
        for (int n = zip.read(piece); n >= 0; n = zip.read(piece)) {
            total += n;
        }

        assertThat(total).isGreaterThan(size);
        assertThat(zip.bufferCapacity()).as("no copy of the ZIP or the document is kept").isLessThanOrEqualTo(256 * 1024);
    }

    @Test
    void alreadyCompressedFilesAreStoredAndOtherDocumentsDeflated(@TempDir Path folder) throws Exception {
        byte[] scan = random(100_000);
        Path file = Files.write(folder.resolve("scan.PDF"), scan);
        byte[] notes = "notes\n".repeat(5_000).getBytes(StandardCharsets.UTF_8);
        ZipStream zip = new ZipStream(List.of(DocumentEntry.of("scan.PDF", file),
                DocumentEntry.of("notes.txt", Files.write(folder.resolve("notes.txt"), notes))), -1);

        byte[] bytes = readInSmallPieces(zip);

        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            ZipEntry first = in.getNextEntry();
            assertThat(first.getMethod()).isEqualTo(ZipEntry.STORED);
            assertThat(in.readAllBytes()).isEqualTo(scan);
            ZipEntry second = in.getNextEntry();
            assertThat(second.getMethod()).isEqualTo(ZipEntry.DEFLATED);
            assertThat(in.readAllBytes()).isEqualTo(notes);
        }
    }

    @Test
    void digestIsRefusedBeforeTheEnd() throws Exception {
        ZipStream zip = new ZipStream(List.of(DocumentEntry.of("a.txt", "a".getBytes(StandardCharsets.UTF_8))), -1);
        zip.read(new byte[10]);
        assertThat(zip.isComplete()).isFalse();
        assertThatThrownBy(zip::sha256Hex).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void closeClosesTheStreamsNotRead() throws Exception {
        Closing first = new Closing("first".getBytes(StandardCharsets.UTF_8));
        Closing second = new Closing("second".getBytes(StandardCharsets.UTF_8));
        ZipStream zip = new ZipStream(List.of(DocumentEntry.of("1.txt", first), DocumentEntry.of("2.txt", second)), 1);
        zip.read(new byte[1]);

        zip.close();

        assertThat(first.closed).isTrue();
        assertThat(second.closed).isTrue();
    }

    @Test
    void alreadyCompressedFormatsAreRecognisedByExtension() {
        assertThat(ZipStream.alreadyCompressed("Contract.PDF")).isTrue();
        assertThat(ZipStream.alreadyCompressed("scan.jpeg")).isTrue();
        assertThat(ZipStream.alreadyCompressed("invoice.txt")).isFalse();
        assertThat(ZipStream.alreadyCompressed("noextension")).isFalse();
    }

    @Test
    void levelOutsideDeflatesRangeIsRefused() {
        assertThatThrownBy(() -> new ZipStream(List.of(), 10)).isInstanceOf(IllegalArgumentException.class);
    }

    private static byte[] readInSmallPieces(InputStream in) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] piece = new byte[777];
        for (int n = in.read(piece); n >= 0; n = in.read(piece)) {
            out.write(piece, 0, n);
        }
        return out.toByteArray();
    }

    private static byte[] random(int size) {
        byte[] bytes = new byte[size];
        new Random(7).nextBytes(bytes);
        return bytes;
    }

    private static final class Closing extends ByteArrayInputStream {
        boolean closed;

        Closing(byte[] bytes) {
            super(bytes);
        }

        @Override
        public void close() {
            closed = true;
        }
    }
}
