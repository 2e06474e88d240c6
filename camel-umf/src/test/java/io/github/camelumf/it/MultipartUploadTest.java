package io.github.camelumf.it;

import java.io.ByteArrayInputStream;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;

import io.github.camelumf.error.UmfAmbiguousOutcomeException;
import io.github.camelumf.error.UmfValidationException;
import io.github.camelumf.model.PaymentConfirmation;
import io.github.camelumf.model.TuitionFiles;
import io.github.camelumf.model.UploadedFile;
import io.github.camelumf.sandbox.RecordedRequest;
import io.github.camelumf.sandbox.trade.FileStore;
import org.apache.camel.Exchange;
import org.apache.camel.WrappedFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static io.github.camelumf.it.B2bPaymentFlowTest.lastRequest;
import static io.github.camelumf.it.TradeRequests.unique;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * umf:file/upload (3.59) and umf:tuition/uploadFiles (10.1) against the sandbox: each body form arrives byte for byte
 * as one multipart part {@code file}, signed over the file's bytes (the sandbox refuses anything else), and bad or
 * oversized bodies are refused before sending.
 */
class MultipartUploadTest extends SandboxTestSupport {

    @TempDir
    Path folder;

    @Test
    void fileBodyIsUploadedWithItsNameAndContentTypeAndStoredIntact() throws Exception {
        byte[] content = ("%PDF-1.4\r\n" + "identity ".repeat(20_000)).getBytes(StandardCharsets.UTF_8);
        File file = Files.write(folder.resolve("identity.pdf"), content).toFile();

        Exchange sent = call("umf:file/upload", file, Map.of(Exchange.CONTENT_TYPE, "application/pdf"));
        String name = sent.getMessage().getBody(UploadedFile.class).getData();
        RecordedRequest request = lastRequest();
        FileStore.StoredFile stored = SANDBOX.sandbox().trade().files().stored(name);

        assertThat(name).endsWith(".pdf");
        assertThat(stored.fileName()).isEqualTo("identity.pdf");
        assertThat(stored.contentType()).isEqualTo("application/pdf");
        assertThat(stored.sha256()).isEqualTo(sha256(content));
        assertThat(request.header("Content-Type")).startsWith("multipart/form-data;").contains("boundary=");
        assertThat(request.header("Signature")).isNotBlank();
    }

    @Test
    void streamBodyUploadedAsTuitionFilesGivesTheFilePathATuitionOrderNames() throws Exception {
        byte[] content = "tuition payment list".getBytes(StandardCharsets.UTF_8);

        TuitionFiles files = call("umf:tuition/uploadFiles", new ByteArrayInputStream(content),
                Map.of(Exchange.FILE_NAME, "list.pdf")).getMessage().getBody(TuitionFiles.class);
        PaymentConfirmation order = call("umf:tuition/order",
                TradeRequests.tuitionOrder(unique("T"), files.getFilePath()), Map.of())
                .getMessage().getBody(PaymentConfirmation.class);

        assertThat(SANDBOX.sandbox().trade().files().stored(files.getFilePath()).sha256()).isEqualTo(sha256(content));
        assertThat(order.getPaymentId()).startsWith("PAY_");
    }

    @Test
    void bytesAndGenericFileBodiesAreUploaded() throws Exception {
        byte[] bytes = "offer".getBytes(StandardCharsets.UTF_8);
        Path local = Files.write(folder.resolve("offer-letter.jpg"), "jpeg".getBytes(StandardCharsets.UTF_8));

        String fromBytes = call("umf:file/upload", bytes, Map.of(Exchange.FILE_NAME, "offer.jpg"))
                .getMessage().getBody(UploadedFile.class).getData();
        String fromGenericFile = call("umf:file/upload", localFile(local.toFile()), Map.of())
                .getMessage().getBody(UploadedFile.class).getData();

        assertThat(SANDBOX.sandbox().trade().files().stored(fromBytes).sha256()).isEqualTo(sha256(bytes));
        assertThat(SANDBOX.sandbox().trade().files().stored(fromGenericFile).fileName()).isEqualTo("offer-letter.jpg");
    }

    @Test
    void oversizedUnnamedOrUnsupportedBodiesAreRefusedBeforeSending() {
        int before = SANDBOX.requests().size();

        Exchange tooLarge = send("umf:file/upload?maxUploadSize=16", new ByteArrayInputStream(new byte[17]),
                Map.of(Exchange.FILE_NAME, "big.bin"));
        Exchange unnamed = send("umf:file/upload", new byte[] {1, 2, 3}, Map.of());
        Exchange text = send("umf:file/upload", Map.of("file", "x"), Map.of(Exchange.FILE_NAME, "x.txt"));

        assertThat(tooLarge.getException()).isInstanceOf(UmfValidationException.class)
                .hasMessageContaining("at most 16 bytes");
        assertThat(unnamed.getException()).isInstanceOf(UmfValidationException.class)
                .hasMessageContaining("CamelFileName");
        assertThat(text.getException()).isInstanceOf(UmfValidationException.class).hasMessageContaining("InputStream");
        assertThat(SANDBOX.requests()).hasSize(before);
    }

    @Test
    void uploadWhoseConnectionDropsAfterSendingIsAmbiguousAndNotRepeated() {
        SANDBOX.faults().nextCalls(1).onMethod("POST").onPath("/file/upload").dropConnectionAfterRequest();
        int before = uploads();

        Exchange exchange = send("umf:file/upload", "proof".getBytes(StandardCharsets.UTF_8),
                Map.of(Exchange.FILE_NAME, "proof.pdf"));

        assertThat(exchange.getException()).isInstanceOf(UmfAmbiguousOutcomeException.class);
        assertThat(uploads()).isEqualTo(before + 1);
    }

    @Test
    void uploadRefusedForAnExpiredTokenIsRepeatedOnceWithANewToken() throws Exception {
        byte[] content = "after token refresh".getBytes(StandardCharsets.UTF_8);
        call("umf:file/upload", "warm".getBytes(StandardCharsets.UTF_8), Map.of(Exchange.FILE_NAME, "warm.pdf"));
        SANDBOX.disableCurrentToken();
        int before = uploads();

        String name = call("umf:file/upload", content, Map.of(Exchange.FILE_NAME, "again.pdf"))
                .getMessage().getBody(UploadedFile.class).getData();

        assertThat(uploads()).isEqualTo(before + 2);
        assertThat(SANDBOX.sandbox().trade().files().stored(name).sha256()).isEqualTo(sha256(content));
    }

    private static int uploads() {
        return (int) SANDBOX.requests().stream().filter(r -> "/file/upload".equals(r.apiPath())).count();
    }

    private static String sha256(byte[] content) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    }

    /** A local file as Camel's file component hands it over ({@code GenericFile} is a {@link WrappedFile}). */
    private static WrappedFile<File> localFile(File file) {
        return new WrappedFile<>() {
            @Override
            public File getFile() {
                return file;
            }

            @Override
            public Object getBody() {
                return file;
            }
        };
    }
}
