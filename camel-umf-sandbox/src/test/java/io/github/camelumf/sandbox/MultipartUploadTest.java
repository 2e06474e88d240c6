package io.github.camelumf.sandbox;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;

import io.github.camelumf.sandbox.trade.FileStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Multipart uploads (3.59 {@code /file/upload}, 10.1 {@code /upload_files}): one part {@code file}, the Signature
 * over the file's bytes, at most 10 MiB; the stored file is the one sent.
 */
class MultipartUploadTest {

    @RegisterExtension
    static UmfSandboxExtension sandbox = UmfSandboxExtension.create();

    private static final String BOUNDARY = "sandboxTestBoundary42";

    private UmfTestClient client;

    @BeforeEach
    void setUp() {
        client = new UmfTestClient(sandbox.sandbox());
        client.authenticate();
    }

    @Test
    void fileIsStoredUnderTheNameTheAnswerGivesWithItsBytesIntact() throws Exception {
        byte[] content = "%PDF-1.4 student identity\r\n--not a boundary\r\n".getBytes(StandardCharsets.UTF_8);

        UmfTestClient.Response answer = client.postMultipart("/file/upload", form("identity.pdf", content), BOUNDARY,
                signed(content));

        assertThat(answer.retCode()).as(answer.toString()).isEqualTo("0000");
        String name = answer.json().path("data").asText();
        assertThat(name).matches("\\d{6}/\\d+\\.pdf");
        FileStore.StoredFile stored = sandbox.sandbox().trade().files().stored(name);
        assertThat(stored.fileName()).isEqualTo("identity.pdf");
        assertThat(stored.contentType()).isEqualTo("application/pdf");
        assertThat(stored.sha256()).isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(content)));
    }

    @Test
    void tuitionFilesGetAFilePathThatAnOrderMayName() {
        byte[] content = "tuition payment list".getBytes(StandardCharsets.UTF_8);

        UmfTestClient.Response answer = client.postMultipart("/upload_files", form("list.pdf", content), BOUNDARY,
                signed(content));

        assertThat(answer.retCode()).as(answer.toString()).isEqualTo("0000");
        String path = answer.json().path("payOrder").path("file_path").asText();
        assertThat(path).startsWith("FILE_PATH_");
        assertThat(sandbox.sandbox().trade().files().stored(path).size()).isEqualTo(content.length);
    }

    @Test
    void uploadSignedOverTheWholeBodyOrUnsignedIsRefused() {
        byte[] content = "offer letter".getBytes(StandardCharsets.UTF_8);
        byte[] form = form("offer.pdf", content);

        assertThat(client.postMultipart("/file/upload", form, BOUNDARY, signed(form)).retCode()).isEqualTo("00060710");
        assertThat(client.postMultipart("/file/upload", form, BOUNDARY, null).retCode()).isEqualTo("00060710");
    }

    @Test
    void uploadWithoutAFilePartOrFileNameOrOverTenMebibytesIsRefused() {
        byte[] big = new byte[10_485_761];
        byte[] content = "x".getBytes(StandardCharsets.UTF_8);

        assertThat(client.postMultipart("/file/upload", form("big.bin", big), BOUNDARY, signed(big)).retCode())
                .isEqualTo("00060700");
        assertThat(client.postMultipart("/file/upload", part("other", "a.pdf", content), BOUNDARY, signed(content))
                .retCode()).isEqualTo("00060700");
        assertThat(client.postMultipart("/file/upload", part("file", "", content), BOUNDARY, signed(content))
                .retCode()).isEqualTo("00060700");
        assertThat(client.post("/file/upload", "{}").retCode()).isEqualTo("00060700");
    }

    private String signed(byte[] bytes) {
        return UmfTestClient.sign(sandbox.sandbox().keys().merchantPrivateKey(), bytes);
    }

    private static byte[] form(String fileName, byte[] content) {
        return part("file", fileName, content);
    }

    private static byte[] part(String field, String fileName, byte[] content) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + field + "\"; filename=\""
                + fileName + "\"\r\nContent-Type: application/pdf\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        out.writeBytes(content);
        out.writeBytes(("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }
}
