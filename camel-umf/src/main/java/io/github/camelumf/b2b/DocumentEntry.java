package io.github.camelumf.b2b;

import java.io.ByteArrayInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;

/**
 * One document of the ZIP: its entry name and where its bytes come from (a file, a byte array or a stream, read
 * once). Whether it is empty is known before anything is sent: a file by its size, a stream by reading its first
 * byte (kept for the ZIP).
 */
public final class DocumentEntry implements Closeable {

    private final String name;
    private final Path file;
    private final byte[] bytes;
    private InputStream stream;
    private final boolean empty;

    private DocumentEntry(String name, Path file, byte[] bytes, InputStream stream, boolean empty) {
        this.name = name;
        this.file = file;
        this.bytes = bytes;
        this.stream = stream;
        this.empty = empty;
    }

    /** A regular file. */
    public static DocumentEntry of(String name, Path file) {
        try {
            return new DocumentEntry(name, file, null, null, Files.size(file) == 0);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the size of the document " + name, e);
        }
    }

    /** Bytes in memory. */
    public static DocumentEntry of(String name, byte[] bytes) {
        return new DocumentEntry(name, null, bytes, null, bytes.length == 0);
    }

    /** A stream, read once; its first byte is read now to tell whether it is empty. */
    public static DocumentEntry of(String name, InputStream stream) {
        PushbackInputStream in = new PushbackInputStream(stream, 1);
        try {
            int first = in.read();
            if (first >= 0) {
                in.unread(first);
            }
            return new DocumentEntry(name, null, null, in, first < 0);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the document " + name, e);
        }
    }

    /** The entry name in the ZIP. */
    public String name() {
        return name;
    }

    /** Whether the document has no bytes. */
    public boolean isEmpty() {
        return empty;
    }

    /** The file of a file document, or {@code null} for bytes and streams. */
    Path file() {
        return file;
    }

    /** The file's modification time, or {@code null} for bytes and streams. */
    FileTime lastModified() throws IOException {
        return file == null ? null : Files.getLastModifiedTime(file);
    }

    /** The document's bytes; a stream document can be opened once. */
    InputStream open() throws IOException {
        if (file != null) {
            return Files.newInputStream(file);
        }
        if (bytes != null) {
            return new ByteArrayInputStream(bytes);
        }
        InputStream in = stream;
        if (in == null) {
            throw new IOException("the stream of document " + name + " was read already");
        }
        stream = null;
        return in;
    }

    /** Closes a stream document that was not read. */
    @Override
    public void close() throws IOException {
        if (stream != null) {
            stream.close();
            stream = null;
        }
    }

    @Override
    public String toString() {
        return name;
    }
}
