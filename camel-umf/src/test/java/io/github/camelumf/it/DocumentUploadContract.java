package io.github.camelumf.it;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import io.github.camelumf.UmfComponent;
import io.github.camelumf.UmfConstants;
import io.github.camelumf.UmfEndpoint;
import io.github.camelumf.error.UmfDocumentUploadException;
import io.github.camelumf.error.UmfValidationException;
import io.github.camelumf.sandbox.ftp.UploadFaults;
import org.apache.camel.CamelContext;
import org.apache.camel.CamelExecutionException;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.logging.log4j.Level;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * umf:b2b/uploadDocuments against a real write-only server (FTP, FTPS, SFTP: one subclass each), the stored ZIP read
 * back from the server's directory: entries and bytes, sequence numbering, concurrent uploads, names taken in
 * between, broken transfers, refused logins and uploads, and the checks made before connecting.
 */
abstract class DocumentUploadContract {

    static final String MER_DATE = "20261127";
    private static final AtomicInteger FOLDERS = new AtomicInteger();

    @TempDir
    Path local;

    CamelContext context;
    ProducerTemplate template;
    /** This test's remote directory (below the user's home) and its path on this machine. */
    String folder;
    Path remote;

    /** The server's home directory on this machine. */
    abstract Path serverDirectory();

    /** The camel-ftp URI of {@code directory} on the server (password given last, in RAW()). */
    abstract String documentsUri(String directory);

    abstract String password();

    abstract UploadFaults faults();

    /** Whether the component warns about this transport at start (plain FTP only: the others are configured safely). */
    abstract boolean warnsAtStart();

    /** Beans the URI refers to (FTPS: its sslContextParameters). */
    void bind(CamelContext context) {
    }

    @BeforeEach
    void startCamel() {
        folder = "inbox" + FOLDERS.incrementAndGet();
        String uri = documentsUri(folder);
        remote = serverDirectory().resolve(folder);
        context = new DefaultCamelContext();
        bind(context);
        UmfComponent umf = new UmfComponent();
        umf.getConfiguration().setDocumentsUri(uri);
        context.addComponent("umf", umf);
        context.start();
        template = context.createProducerTemplate();
    }

    @AfterEach
    void stopCamel() {
        faults().clear();
        context.stop();
    }

    // --- the upload ---

    @Test
    void documentsArriveAsOneZipWithEveryEntryAndTheHeadersDescribeIt() throws Exception {
        byte[] contract = random(300_000, 1);
        byte[] invoice = "INVOICE 2026-0042 total 1200.00 USD\n".repeat(2_000).getBytes(StandardCharsets.UTF_8);
        Path contractFile = Files.write(local.resolve("contract-0042.pdf"), contract);
        Map<String, Object> documents = new LinkedHashMap<>();
        documents.put("contract-0042.pdf", contractFile);
        documents.put("invoice-0042.txt", new ByteArrayInputStream(invoice));
        documents.put("packing list.xlsx", "rows".getBytes(StandardCharsets.UTF_8));

        Exchange sent = upload("B2B0042", documents);

        String name = "B2B0042" + MER_DATE + "0001.zip";
        Path stored = remote.resolve(name);
        byte[] zip = Files.readAllBytes(stored);
        assertThat(sent.getMessage().getBody(String.class)).isEqualTo(name);
        assertThat(sent.getMessage().getHeader(UmfConstants.DOCUMENTS_FILE_NAME)).isEqualTo(name);
        assertThat(sent.getMessage().getHeader(UmfConstants.DOCUMENTS_SEQUENCE)).isEqualTo(1);
        assertThat(sent.getMessage().getHeader(UmfConstants.DOCUMENTS_SIZE)).isEqualTo((long) zip.length);
        assertThat(sent.getMessage().getHeader(UmfConstants.DOCUMENTS_SHA256)).isEqualTo(sha256(zip));
        assertThat(sent.getMessage().getHeader(UmfConstants.DOCUMENTS_ENTRIES, List.class))
                .containsExactly("contract-0042.pdf", "invoice-0042.txt", "packing list.xlsx");
        assertThat(sent.getMessage().getHeader(Exchange.FILE_NAME_PRODUCED)).isEqualTo(folder + "/" + name);
        Map<String, byte[]> entries = unzip(zip);
        assertThat(entries.keySet()).containsExactly("contract-0042.pdf", "invoice-0042.txt", "packing list.xlsx");
        assertThat(entries.get("contract-0042.pdf")).isEqualTo(contract);
        assertThat(entries.get("invoice-0042.txt")).isEqualTo(invoice);
        assertThat(entries.get("packing list.xlsx")).isEqualTo("rows".getBytes(StandardCharsets.UTF_8));
        assertThat(remoteNames()).containsExactly(name);
    }

    @Test
    void sequenceFollowsTheFilesAlreadyThereWhichStayUntouched() throws Exception {
        Files.createDirectories(remote);
        for (int sequence = 1; sequence <= 3; sequence++) {
            Files.writeString(remote.resolve("B2B0043" + MER_DATE + "000" + sequence + ".zip"), "earlier " + sequence);
        }
        Files.writeString(remote.resolve("OTHER01" + MER_DATE + "0007.zip"), "another payment");

        Exchange sent = upload("B2B0043", twoDocuments());

        assertThat(sent.getMessage().getHeader(UmfConstants.DOCUMENTS_SEQUENCE)).isEqualTo(4);
        assertThat(remoteNames()).contains("B2B0043" + MER_DATE + "0004.zip");
        for (int sequence = 1; sequence <= 3; sequence++) {
            assertThat(remote.resolve("B2B0043" + MER_DATE + "000" + sequence + ".zip")).hasContent("earlier " + sequence);
        }
        assertThat(unzip(Files.readAllBytes(remote.resolve("B2B0043" + MER_DATE + "0004.zip"))))
                .containsOnlyKeys("contract.pdf", "invoice.pdf");
    }

    @Test
    void concurrentUploadsOfOnePaymentFromTwoCamelContextsGetDifferentSequencesAndNoneIsOverwritten()
            throws Exception {
        CamelContext other = new DefaultCamelContext();
        bind(other);
        UmfComponent otherUmf = new UmfComponent();
        otherUmf.getConfiguration().setDocumentsUri(documentsUri(folder));
        other.addComponent("umf", otherUmf);
        other.start();
        ProducerTemplate otherTemplate = other.createProducerTemplate();
        int uploads = 6;
        ExecutorService pool = Executors.newFixedThreadPool(uploads);
        CountDownLatch go = new CountDownLatch(1);
        try {
            List<Future<Exchange>> results = new ArrayList<>();
            for (int i = 0; i < uploads; i++) {
                ProducerTemplate through = i % 2 == 0 ? template : otherTemplate;
                Map<String, Object> documents = Map.of("contract.pdf", random(50_000, 10 + i),
                        "invoice.pdf", random(20_000, 100 + i));
                Callable<Exchange> call = () -> {
                    go.await();
                    return send(through, "B2B0044", documents);
                };
                results.add(pool.submit(call));
            }
            go.countDown();
            Map<Integer, String> shaBySequence = new LinkedHashMap<>();
            for (Future<Exchange> result : results) {
                Exchange done = result.get(2, TimeUnit.MINUTES);
                assertThat(done.getException()).isNull();
                shaBySequence.put(done.getMessage().getHeader(UmfConstants.DOCUMENTS_SEQUENCE, Integer.class),
                        done.getMessage().getHeader(UmfConstants.DOCUMENTS_SHA256, String.class));
            }
            assertThat(shaBySequence.keySet()).containsExactlyInAnyOrder(1, 2, 3, 4, 5, 6);
            for (Map.Entry<Integer, String> upload : shaBySequence.entrySet()) {
                Path stored = remote.resolve("B2B0044" + MER_DATE + "000" + upload.getKey() + ".zip");
                assertThat(sha256(Files.readAllBytes(stored))).as("file of sequence %d", upload.getKey())
                        .isEqualTo(upload.getValue());
            }
            assertThat(remoteNames()).hasSize(uploads);
        } finally {
            pool.shutdownNow();
            other.stop();
        }
    }

    @Test
    void finalNameTakenByAnotherUploaderWhileTheZipTravelledIsSkipped() throws Exception {
        String squatted = "B2B0045" + MER_DATE + "0001.zip";
        faults().afterUpload(name -> {
            if (name.endsWith(".part")) {
                write(remote.resolve(squatted), "another uploader's ZIP");
            }
        });

        Exchange sent = upload("B2B0045", twoDocuments());

        assertThat(sent.getMessage().getHeader(UmfConstants.DOCUMENTS_FILE_NAME)).isEqualTo("B2B0045" + MER_DATE + "0002.zip");
        assertThat(remote.resolve(squatted)).hasContent("another uploader's ZIP");
        assertThat(remoteNames()).containsExactlyInAnyOrder(squatted, "B2B0045" + MER_DATE + "0002.zip");
    }

    @Test
    void renameNeverReplacesANameTakenJustBeforeItRuns() throws Exception {
        String squatted = "B2B0046" + MER_DATE + "0001.zip";
        AtomicInteger renames = new AtomicInteger();
        faults().beforeRename(target -> {
            if (renames.incrementAndGet() == 1) {
                write(remote.resolve(target), "taken during the rename");
            }
        });

        Exchange sent = upload("B2B0046", twoDocuments());

        assertThat(remote.resolve(squatted)).hasContent("taken during the rename");
        assertThat(sent.getMessage().getHeader(UmfConstants.DOCUMENTS_FILE_NAME)).isEqualTo("B2B0046" + MER_DATE + "0002.zip");
        assertThat(unzip(Files.readAllBytes(remote.resolve("B2B0046" + MER_DATE + "0002.zip"))))
                .containsOnlyKeys("contract.pdf", "invoice.pdf");
        assertThat(remoteNames()).containsExactlyInAnyOrder(squatted, "B2B0046" + MER_DATE + "0002.zip");
    }

    // --- failures ---

    @Test
    void connectionDroppedMidUploadIsAClearErrorAndLeavesNoCompleteLookingFile() throws Exception {
        faults().breakUploadsAfter(100_000, UploadFaults.Break.DROP_CONNECTION);

        UmfDocumentUploadException e = uploadFails("B2B0047", Map.of("contract.pdf", random(400_000, 2),
                "invoice.pdf", random(400_000, 3)));

        assertThat(e.getRemoteName()).isEqualTo("B2B0047" + MER_DATE + "0001.zip");
        assertThat(e.getMessage()).contains("B2B0047" + MER_DATE + "0001.zip").doesNotContain(password());
        assertThat(finalNames()).isEmpty();

        faults().clear();
        Exchange retried = upload("B2B0047", twoDocuments());
        assertThat(retried.getMessage().getHeader(UmfConstants.DOCUMENTS_SEQUENCE, Integer.class))
                .as("a retry never reuses the name of a broken upload").isEqualTo(2);
        assertThat(finalNames()).containsExactly(retried.getMessage().getHeader(UmfConstants.DOCUMENTS_FILE_NAME, String.class));
    }

    @Test
    void diskFullIsAClearErrorAndLeavesNoCompleteLookingFile() throws Exception {
        faults().breakUploadsAfter(50_000, UploadFaults.Break.DISK_FULL);

        UmfDocumentUploadException e = uploadFails("B2B0048", Map.of("contract.pdf", random(400_000, 4),
                "invoice.pdf", random(100_000, 5)));

        assertThat(e.getMessage()).contains("B2B0048" + MER_DATE + "0001.zip").doesNotContain(password());
        assertThat(finalNames()).isEmpty();
    }

    @Test
    void permissionDeniedIsAClearError() throws Exception {
        faults().refuseUploads(true);

        UmfDocumentUploadException e = uploadFails("B2B0049", twoDocuments());

        assertThat(e.getMessage()).contains("not uploaded", "B2B0049" + MER_DATE + "0001.zip")
                .doesNotContain(password());
        assertThat(finalNames()).isEmpty();
    }

    @Test
    void wrongPasswordIsAClearErrorThatShowsNoPassword() {
        String wrong = "Wrong-" + password();
        UmfComponent umf = context.getComponent("umf", UmfComponent.class);
        umf.getConfiguration().setDocumentsPassword(wrong);

        try (CapturingAppender logs = CapturingAppender.attach(Level.TRACE, "org.apache.camel", "io.github.camelumf",
                "com.jcraft")) {
            UmfDocumentUploadException e = uploadFails("B2B0050", twoDocuments());

            assertThat(e.getMessage()).contains("cannot connect or log in").doesNotContain(wrong, password());
            assertThat(e.getServer()).contains("writer@127.0.0.1").doesNotContain(wrong);
            assertThat(logs.text()).doesNotContain(wrong).doesNotContain(password());
        }
    }

    @Test
    void passwordInTheComponentsDocumentsUriIsNeverLogged() {
        try (CapturingAppender logs = CapturingAppender.attach(Level.TRACE, "org.apache.camel", "io.github.camelumf",
                "com.jcraft")) {
            upload("B2B0054", twoDocuments());

            assertThat(logs.text()).contains("B2B0054").doesNotContain(password());
        }
        assertThat(context.getEndpoint("umf:b2b/uploadDocuments", UmfEndpoint.class).getServiceUrl())
                .contains("127.0.0.1").doesNotContain(password());
    }

    @Test
    void startWarnsAboutAnUnsafeTransportOnly() {
        try (CapturingAppender logs = CapturingAppender.attach(Level.WARN, "io.github.camelumf")) {
            upload("B2B0055", twoDocuments());

            assertThat(logs.events()).filteredOn(e -> e.message().startsWith("b2b/uploadDocuments to "))
                    .hasSize(warnsAtStart() ? 1 : 0);
        }
    }

    @Test
    void renameRefusedIsAClearErrorAndWithoutTempFileUploadTheZipGoesToItsFinalNameDirectly() throws Exception {
        faults().refuseRenames(true);

        UmfDocumentUploadException e = uploadFails("B2B0051", twoDocuments());
        assertThat(e.getMessage()).contains("refused to rename", "tempFileUpload=false");
        assertThat(e.getLeftBehind()).endsWith(".part");
        assertThat(finalNames()).isEmpty();

        Exchange sent = template.request("umf:b2b/uploadDocuments?tempFileUpload=false", exchange -> {
            exchange.getMessage().setHeader(UmfConstants.MER_REFERENCE_ID, "B2B0051");
            exchange.getMessage().setHeader(UmfConstants.MER_DATE, MER_DATE);
            exchange.getMessage().setBody(twoDocuments());
        });
        assertThat(sent.getException()).isNull();
        assertThat(sent.getMessage().getHeader(UmfConstants.DOCUMENTS_SEQUENCE)).as("the .part left counts as taken")
                .isEqualTo(2);
        assertThat(finalNames()).containsExactly("B2B0051" + MER_DATE + "0002.zip");
    }

    @Test
    void missingInvoiceIsRefusedBeforeConnecting() throws Exception {
        UmfComponent umf = context.getComponent("umf", UmfComponent.class);
        umf.getConfiguration().setDocumentsUri(documentsUri(folder).replaceFirst("127\\.0\\.0\\.1:\\d+",
                "127.0.0.1:" + closedPort()));

        Exchange sent = send(template, "B2B0052", Map.of("contract.pdf", random(100, 6), "receipt.pdf", random(100, 7)));

        assertThat(sent.getException()).isInstanceOf(UmfValidationException.class)
                .hasMessageContaining("must include the invoice").hasMessageContaining("receipt.pdf");
    }

    @Test
    void badReferenceDateOrEmptyDocumentIsRefusedBeforeConnecting() {
        UmfComponent umf = context.getComponent("umf", UmfComponent.class);
        umf.getConfiguration().setDocumentsUri(documentsUri(folder).replaceFirst("127\\.0\\.0\\.1:\\d+",
                "127.0.0.1:" + closedPort()));

        assertThat(send(template, "B2B", twoDocuments()).getException()).isInstanceOf(UmfValidationException.class)
                .hasMessage("Invalid request field 'merReferenceId': must be 4 to 32 characters");
        assertThat(send(template, "B2B/../x", twoDocuments()).getException())
                .hasMessageContaining("merReferenceId").hasMessageContaining("only letters, digits");
        Exchange badDate = template.request("umf:b2b/uploadDocuments", exchange -> {
            exchange.getMessage().setHeader(UmfConstants.MER_REFERENCE_ID, "B2B0053");
            exchange.getMessage().setHeader(UmfConstants.MER_DATE, "20260230");
            exchange.getMessage().setBody(twoDocuments());
        });
        assertThat(badDate.getException()).hasMessage("Invalid request field 'merDate': must be yyyyMMdd and a real date");
        assertThat(send(template, "B2B0053", Map.of("contract.pdf", new byte[0], "invoice.pdf", random(10, 8)))
                .getException()).isInstanceOf(UmfValidationException.class).hasMessageContaining("contract.pdf is empty");
    }

    // --- helpers ---

    Exchange upload(String merReferenceId, Object documents) {
        Exchange sent = send(template, merReferenceId, documents);
        if (sent.getException() != null) {
            throw new AssertionError("upload failed", sent.getException());
        }
        return sent;
    }

    UmfDocumentUploadException uploadFails(String merReferenceId, Object documents) {
        Exchange sent = send(template, merReferenceId, documents);
        assertThat(sent.getException()).isInstanceOf(UmfDocumentUploadException.class);
        return (UmfDocumentUploadException) sent.getException();
    }

    static Exchange send(ProducerTemplate through, String merReferenceId, Object documents) {
        return through.request("umf:b2b/uploadDocuments", exchange -> {
            exchange.getMessage().setHeader(UmfConstants.MER_REFERENCE_ID, merReferenceId);
            exchange.getMessage().setHeader(UmfConstants.MER_DATE, MER_DATE);
            exchange.getMessage().setBody(documents);
        });
    }

    static Map<String, Object> twoDocuments() {
        Map<String, Object> documents = new LinkedHashMap<>();
        documents.put("contract.pdf", random(20_000, 20));
        documents.put("invoice.pdf", random(10_000, 21));
        return documents;
    }

    List<String> remoteNames() throws IOException {
        try (Stream<Path> files = Files.list(remote)) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }

    /** The names that look like a complete upload: {@code ...<4 digits>.zip}. */
    List<String> finalNames() throws IOException {
        if (!Files.isDirectory(remote)) {
            return List.of();
        }
        return remoteNames().stream().filter(n -> n.matches(".*\\d{4}\\.zip")).toList();
    }

    static Map<String, byte[]> unzip(byte[] zip) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                entries.put(entry.getName(), in.readAllBytes());
            }
        }
        return entries;
    }

    static byte[] random(int size, long seed) {
        byte[] bytes = new byte[size];
        new Random(seed).nextBytes(bytes);
        return bytes;
    }

    static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    static void write(Path file, String content) {
        try {
            Files.writeString(file, content);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static int closedPort() {
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static InputStream stream(byte[] bytes) {
        return new ByteArrayInputStream(bytes);
    }
}
