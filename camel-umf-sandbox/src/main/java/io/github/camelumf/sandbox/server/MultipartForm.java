package io.github.camelumf.sandbox.server;

import java.nio.charset.StandardCharsets;
import java.security.PublicKey;
import java.util.Arrays;
import java.util.Locale;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.camelumf.sandbox.rules.ApiError;
import io.github.camelumf.sandbox.rules.RetCode;
import io.github.camelumf.sandbox.security.RsaOperations;

/**
 * A multipart/form-data upload (3.59, 10.1) as the sandbox checks it: exactly one part {@code file} with a file name,
 * at most {@value #MAX_FILE_BYTES} bytes, and a {@code Signature} header that verifies (merchant public key) over the
 * file's bytes, the multipart framing excluded. The action gets {@code {file_name, content_type, size, content}}
 * (content base64).
 */
final class MultipartForm {

    /** The largest file the sandbox accepts (the reference states no limit; the component's default). */
    static final int MAX_FILE_BYTES = 10_485_760;

    private MultipartForm() {
    }

    static ObjectNode read(String contentType, byte[] body, String signature, PublicKey merchantKey) {
        String boundary = boundary(contentType);
        byte[] delimiter = ("--" + boundary).getBytes(StandardCharsets.ISO_8859_1);
        int start = indexOf(body, delimiter, 0);
        if (start < 0) {
            throw ApiError.invalid("file", "is required (multipart part 'file')");
        }
        ObjectNode file = null;
        int at = start + delimiter.length;
        while (at + 2 <= body.length && !(body[at] == '-' && body[at + 1] == '-')) {
            int headersEnd = indexOf(body, "\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1), at);
            int next = indexOf(body, ("\r\n--" + boundary).getBytes(StandardCharsets.ISO_8859_1), headersEnd);
            if (headersEnd < 0 || next < 0) {
                throw ApiError.invalid("file", "is not a well-formed multipart/form-data body");
            }
            String headers = new String(body, at, headersEnd - at, StandardCharsets.UTF_8);
            byte[] content = Arrays.copyOfRange(body, headersEnd + 4, next);
            if ("file".equals(parameter(headers, "name"))) {
                if (file != null) {
                    throw ApiError.invalid("file", "must be sent once");
                }
                file = part(headers, content, signature, merchantKey);
            }
            at = next + 2 + delimiter.length;
        }
        if (file == null) {
            throw ApiError.invalid("file", "is required (multipart part 'file')");
        }
        return file;
    }

    private static ObjectNode part(String headers, byte[] content, String signature, PublicKey merchantKey) {
        String fileName = parameter(headers, "filename");
        if (fileName == null || fileName.isBlank()) {
            throw ApiError.invalid("file", "must have a filename");
        }
        if (content.length == 0 || content.length > MAX_FILE_BYTES) {
            throw ApiError.invalid("file", "must be 1 to " + MAX_FILE_BYTES + " bytes");
        }
        if (signature == null || !RsaOperations.verify(merchantKey, content, signature)) {
            throw new ApiError(RetCode.SIGNATURE_INVALID, signature == null ? "the Signature header is missing"
                    : "the Signature header does not verify over the file's bytes");
        }
        ObjectNode file = JsonNodeFactory.instance.objectNode();
        file.put("file_name", fileName);
        String type = header(headers, "content-type");
        file.put("content_type", type == null ? "application/octet-stream" : type);
        file.put("size", content.length);
        file.put("content", content);
        return file;
    }

    private static String boundary(String contentType) {
        if (contentType == null || !contentType.toLowerCase(Locale.ROOT).startsWith("multipart/form-data")) {
            throw ApiError.invalid("Content-Type", "must be multipart/form-data");
        }
        String boundary = parameter(contentType, "boundary");
        if (boundary == null || boundary.isEmpty()) {
            throw ApiError.invalid("Content-Type", "must name the multipart boundary");
        }
        return boundary;
    }

    /** A {@code name="value"} or {@code name=value} parameter of a header text. */
    private static String parameter(String text, String name) {
        for (String piece : text.split("[;\r\n]")) {
            String p = piece.trim();
            if (p.toLowerCase(Locale.ROOT).startsWith(name + "=")) {
                String value = p.substring(name.length() + 1).trim();
                return value.startsWith("\"") && value.endsWith("\"") && value.length() >= 2
                        ? value.substring(1, value.length() - 1) : value;
            }
        }
        return null;
    }

    private static String header(String headers, String name) {
        for (String line : headers.split("\r\n")) {
            int colon = line.indexOf(':');
            if (colon > 0 && line.substring(0, colon).trim().equalsIgnoreCase(name)) {
                return line.substring(colon + 1).trim();
            }
        }
        return null;
    }

    private static int indexOf(byte[] data, byte[] pattern, int from) {
        if (from < 0) {
            return -1;
        }
        outer:
        for (int i = from; i <= data.length - pattern.length; i++) {
            for (int j = 0; j < pattern.length; j++) {
                if (data[i + j] != pattern[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
