package io.github.camelumf.b2b;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The ZIP of the documents, produced as it is read: each {@link #read} deflates the next piece of the current
 * document into a small buffer and hands those bytes out, so neither the ZIP nor a document is ever held whole in
 * memory or copied to disk (an error of a document surfaces in the reading thread; {@link ZipPipe} reads it ahead in
 * a thread of its own). Counts the bytes handed out and digests them with SHA-256. Entries are deflated at the configured level,
 * except those already compressed by their format (PDF, images, archives, Office files), which are not compressed
 * again: STORED when they are files (their CRC-32 read first), deflated at level 0 (stored blocks) when they are
 * streams or bytes.
 */
public final class ZipStream extends InputStream {

    private static final int CHUNK = 64 * 1024;
    private static final Set<String> COMPRESSED = Set.of("pdf", "jpg", "jpeg", "png", "gif", "webp", "heic", "zip",
            "gz", "tgz", "bz2", "xz", "7z", "rar", "docx", "xlsx", "pptx", "ofd");

    private final Iterator<DocumentEntry> entries;
    private final List<DocumentEntry> all;
    private final int level;
    private final Buffer buffer = new Buffer();
    private final ZipOutputStream zip = new ZipOutputStream(buffer);
    private final byte[] chunk = new byte[CHUNK];
    private final MessageDigest sha256;
    private InputStream current;
    private String currentName;
    private long currentBytes;
    private boolean finished;
    private boolean complete;
    private volatile long size;

    /**
     * @param entries the documents, in ZIP order
     * @param level   the deflate level of documents not already compressed, 0-9 or -1 (zlib's default, 6)
     */
    public ZipStream(List<DocumentEntry> entries, int level) {
        if (level < Deflater.DEFAULT_COMPRESSION || level > Deflater.BEST_COMPRESSION) {
            throw new IllegalArgumentException("compression level must be -1 to 9");
        }
        this.all = entries;
        this.entries = entries.iterator();
        this.level = level;
        try {
            this.sha256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from the JDK", e);
        }
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        while (buffer.available() == 0) {
            if (finished) {
                complete = true;
                return -1;
            }
            produce();
        }
        int n = buffer.drain(b, off, len);
        sha256.update(b, off, n);
        size += n;
        return n;
    }

    /** Writes the next piece of the ZIP into the buffer: an entry header, a chunk of a document, or the end. */
    private void produce() throws IOException {
        if (current == null) {
            if (!entries.hasNext()) {
                zip.finish();
                finished = true;
                return;
            }
            DocumentEntry entry = entries.next();
            ZipEntry zipEntry = new ZipEntry(entry.name());
            FileTime modified = entry.lastModified();
            zipEntry.setTime(modified == null ? System.currentTimeMillis() : modified.toMillis());
            if (alreadyCompressed(entry.name()) && entry.file() != null) {
                stored(zipEntry, entry.file());
            } else {
                zipEntry.setMethod(ZipEntry.DEFLATED);
                zip.setLevel(alreadyCompressed(entry.name()) ? Deflater.NO_COMPRESSION : level);
            }
            zip.putNextEntry(zipEntry);
            current = entry.open();
            currentName = entry.name();
            currentBytes = 0;
            return;
        }
        int read = current.read(chunk);
        if (read < 0) {
            current.close();
            current = null;
            if (currentBytes == 0) {
                throw new IOException("document " + currentName + " was empty when it was zipped");
            }
            zip.closeEntry();
            return;
        }
        currentBytes += read;
        zip.write(chunk, 0, read);
    }

    /**
     * An already compressed file is STORED: its size and CRC-32 are needed before its bytes, so the file is read once
     * more for the CRC (a few GB/s, from the page cache) rather than passed through the deflater. Should the file
     * change in between, closing the entry fails (size or CRC), and so does the upload.
     */
    private void stored(ZipEntry zipEntry, java.nio.file.Path file) throws IOException {
        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        long length = 0;
        try (InputStream in = java.nio.file.Files.newInputStream(file)) {
            for (int n = in.read(chunk); n >= 0; n = in.read(chunk)) {
                crc.update(chunk, 0, n);
                length += n;
            }
        }
        zipEntry.setMethod(ZipEntry.STORED);
        zipEntry.setSize(length);
        zipEntry.setCompressedSize(length);
        zipEntry.setCrc(crc.getValue());
    }

    static boolean alreadyCompressed(String name) {
        int dot = name.lastIndexOf('.');
        return dot >= 0 && COMPRESSED.contains(name.substring(dot + 1).toLowerCase(Locale.ROOT));
    }

    /** Whether the whole ZIP was read, to its end. */
    public boolean isComplete() {
        return complete;
    }

    /** The number of ZIP bytes read so far (the ZIP's size once {@link #isComplete()}). */
    public long size() {
        return size;
    }

    /** The SHA-256 of the ZIP, lower-case hex; only once {@link #isComplete()}. */
    public String sha256Hex() {
        if (!complete) {
            throw new IllegalStateException("the ZIP was not read to its end");
        }
        return HexFormat.of().formatHex(sha256.digest());
    }

    /** The entry names, in ZIP order. */
    public List<String> entryNames() {
        return all.stream().map(DocumentEntry::name).toList();
    }

    /** The capacity of the buffer between the deflater and the reader (bounded: about one chunk). */
    int bufferCapacity() {
        return buffer.bytes.length;
    }

    /** Closes the document being read and the streams of the documents not read yet. */
    @Override
    public void close() throws IOException {
        if (current != null) {
            current.close();
            current = null;
        }
        DocumentBody.closeAll(all);
        if (!finished) {
            finished = true;
            buffer.discard();
        }
        try {
            zip.close();
        } catch (IOException ignored) {
            // the ZIP is abandoned: its remaining bytes go nowhere
        }
    }

    /** The bytes deflated but not read yet; grows to about one chunk. */
    private static final class Buffer extends OutputStream {
        private byte[] bytes = new byte[CHUNK + 1024];
        private int start;
        private int end;
        private boolean discarding;

        int available() {
            return end - start;
        }

        @Override
        public void write(int b) {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) {
            if (discarding) {
                return;
            }
            if (end + len > bytes.length) {
                System.arraycopy(bytes, start, bytes, 0, end - start);
                end -= start;
                start = 0;
                if (end + len > bytes.length) {
                    byte[] larger = new byte[Math.max(bytes.length * 2, end + len)];
                    System.arraycopy(bytes, 0, larger, 0, end);
                    bytes = larger;
                }
            }
            System.arraycopy(b, off, bytes, end, len);
            end += len;
        }

        int drain(byte[] b, int off, int len) {
            int n = Math.min(len, end - start);
            System.arraycopy(bytes, start, b, off, n);
            start += n;
            if (start == end) {
                start = 0;
                end = 0;
            }
            return n;
        }

        void discard() {
            discarding = true;
            start = 0;
            end = 0;
        }
    }
}
