package io.github.camelumf.upload;

import java.io.ByteArrayInputStream;
import java.io.Closeable;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import io.github.camelumf.error.UmfValidationException;
import io.github.camelumf.http.ContentSignedEntity;
import io.github.camelumf.security.Signer;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.WrappedFile;
import org.apache.hc.client5.http.entity.mime.ByteArrayBody;
import org.apache.hc.client5.http.entity.mime.ContentBody;
import org.apache.hc.client5.http.entity.mime.FileBody;
import org.apache.hc.client5.http.entity.mime.HttpMultipartMode;
import org.apache.hc.client5.http.entity.mime.MultipartEntityBuilder;
import org.apache.hc.core5.http.ContentType;

/**
 * The file of one multipart upload, taken from the message: a {@link File}, {@link Path}, {@code byte[]},
 * {@link InputStream} or Camel {@code GenericFile} body, named by the {@code CamelFileName} header (or the file's own
 * name) and typed by {@code Content-Type} (else {@code application/octet-stream}). Files are streamed from disk; an
 * {@code InputStream} is first copied to a temporary file (deleted by {@link #close()}), so the signature and the
 * upload read the same bytes and nothing of the file is held in memory. At most {@code maxSize} bytes.
 */
public final class UploadFile implements Closeable {

    /** The multipart field that carries the file. */
    public static final String FIELD = "file";

    private static final String BODY_RULE = "must be a File, Path, byte[], InputStream or GenericFile";

    private final String fileName;
    private final ContentType contentType;
    private final Path path;
    private final byte[] bytes;
    private final long size;
    private final boolean temporary;

    private UploadFile(String fileName, ContentType contentType, Path path, byte[] bytes, long size,
                       boolean temporary) {
        this.fileName = fileName;
        this.contentType = contentType;
        this.path = path;
        this.bytes = bytes;
        this.size = size;
        this.temporary = temporary;
    }

    /**
     * The message's file.
     *
     * @throws UmfValidationException no file name, an unsupported body, or more than {@code maxSize} bytes
     */
    public static UploadFile of(Message message, long maxSize) throws IOException {
        Object body = message.getBody();
        String name = message.getHeader(Exchange.FILE_NAME, String.class);
        if (body instanceof WrappedFile<?> wrapped) {
            body = wrapped.getFile() instanceof File local ? local : wrapped.getBody();
        }
        if (body instanceof File file) {
            body = file.toPath();
        }
        ContentType type = contentType(message.getHeader(Exchange.CONTENT_TYPE, String.class));
        if (body instanceof Path file) {
            String fileName = name != null ? name : file.getFileName().toString();
            return new UploadFile(required(fileName), type, file, null, checked(Files.size(file), maxSize), false);
        }
        if (body instanceof byte[] content) {
            return new UploadFile(required(name), type, null, content, checked(content.length, maxSize), false);
        }
        if (body instanceof InputStream in) {
            String fileName = required(name);
            Path copy = Files.createTempFile("umf-upload-", ".part");
            try (in; OutputStream out = Files.newOutputStream(copy)) {
                long copied = copy(in, out, maxSize);
                return new UploadFile(fileName, type, copy, null, copied, true);
            } catch (IOException | RuntimeException e) {
                Files.deleteIfExists(copy);
                throw e;
            }
        }
        throw new UmfValidationException("body", BODY_RULE);
    }

    /** The file name sent (the multipart part's {@code filename}). */
    public String fileName() {
        return fileName;
    }

    /** The size in bytes. */
    public long size() {
        return size;
    }

    /** The {@code Signature} of the upload: the signer over the file's bytes. */
    public String sign(Signer signer) throws IOException {
        try (InputStream in = open()) {
            return signer.sign(in);
        }
    }

    /**
     * The multipart/form-data body (RFC 7578, UTF-8 file names): one part {@value #FIELD} with the file; repeatable,
     * streamed.
     */
    public ContentSignedEntity entity() {
        ContentBody part = path != null ? new FileBody(path.toFile(), contentType, fileName)
                : new ByteArrayBody(bytes, contentType, fileName);
        return new ContentSignedEntity(MultipartEntityBuilder.create().setMode(HttpMultipartMode.EXTENDED)
                .addPart(FIELD, part).build());
    }

    private InputStream open() throws IOException {
        return path != null ? Files.newInputStream(path) : new ByteArrayInputStream(bytes);
    }

    /** Deletes the temporary copy of a stream body. */
    @Override
    public void close() throws IOException {
        if (temporary) {
            Files.deleteIfExists(path);
        }
    }

    private static String required(String name) {
        if (name == null || name.isBlank()) {
            throw new UmfValidationException(Exchange.FILE_NAME, "is required: the name of the uploaded file");
        }
        if (name.contains("/") || name.contains("\\")) {
            throw new UmfValidationException(Exchange.FILE_NAME, "must be a file name without a directory");
        }
        return name;
    }

    private static long checked(long size, long maxSize) {
        if (size > maxSize) {
            throw tooLarge(maxSize);
        }
        if (size == 0) {
            throw new UmfValidationException("body", "must not be an empty file");
        }
        return size;
    }

    private static long copy(InputStream in, OutputStream out, long maxSize) throws IOException {
        byte[] buffer = new byte[65_536];
        long total = 0;
        for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
            total += read;
            if (total > maxSize) {
                throw tooLarge(maxSize);
            }
            out.write(buffer, 0, read);
        }
        return checked(total, maxSize);
    }

    private static UmfValidationException tooLarge(long maxSize) {
        return new UmfValidationException("body", "must be at most " + maxSize + " bytes (option maxUploadSize)");
    }

    private static ContentType contentType(String header) {
        if (header == null || header.isBlank()) {
            return ContentType.APPLICATION_OCTET_STREAM;
        }
        try {
            return ContentType.parse(header);
        } catch (RuntimeException e) {
            throw new UmfValidationException(Exchange.CONTENT_TYPE, "must be a MIME type such as application/pdf");
        }
    }
}
