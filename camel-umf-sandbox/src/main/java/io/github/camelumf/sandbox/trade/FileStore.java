package io.github.camelumf.sandbox.trade;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The proof files uploaded with {@code /file/upload} (3.59: answered with the stored name in {@code data}) and
 * {@code /upload_files} (10.1: answered with a {@code payOrder.file_path} a tuition order names).
 */
public final class FileStore {

    /** What the sandbox kept of one uploaded file. */
    public record StoredFile(String fileName, String contentType, long size, String sha256) {
    }

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("yyyyMM");
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("ddHHmmss");

    private final Clock clock;
    private final TuitionService tuition;
    private final AtomicLong sequence = new AtomicLong();
    private final Map<String, StoredFile> files = new ConcurrentHashMap<>();

    public FileStore(Clock clock, TuitionService tuition) {
        this.clock = clock;
        this.tuition = tuition;
    }

    /** 3.59: stores the file; {@code data} is its stored name, {@code yyyyMM/<digits>.<extension>}. */
    public ObjectNode upload(ObjectNode file) {
        String original = file.get("file_name").asText();
        int dot = original.lastIndexOf('.');
        LocalDateTime now = LocalDateTime.now(clock);
        String name = now.format(MONTH) + "/" + now.format(STAMP) + String.format("%024d", sequence.incrementAndGet())
                + (dot > 0 ? original.substring(dot) : "");
        files.put(name, stored(file));
        ObjectNode members = JsonNodeFactory.instance.objectNode();
        members.put("data", name);
        return members;
    }

    /** 10.1: stores the file under a new file path. */
    public ObjectNode uploadTuitionFiles(ObjectNode file) {
        String path = tuition.issueFilePath(file.get("file_name").asText());
        files.put(path, stored(file));
        ObjectNode payOrder = JsonNodeFactory.instance.objectNode();
        payOrder.put("file_path", path);
        ObjectNode members = JsonNodeFactory.instance.objectNode();
        members.set("payOrder", payOrder);
        return members;
    }

    /** The file stored under a name (3.59) or file path (10.1), or {@code null}. */
    public StoredFile stored(String nameOrPath) {
        return files.get(nameOrPath);
    }

    private static StoredFile stored(ObjectNode file) {
        try {
            byte[] content = file.get("content").binaryValue();
            String sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
            return new StoredFile(file.get("file_name").asText(), file.get("content_type").asText(), content.length,
                    sha256);
        } catch (java.io.IOException | NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
