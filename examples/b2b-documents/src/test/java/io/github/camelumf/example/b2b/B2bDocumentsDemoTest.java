package io.github.camelumf.example.b2b;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs the example in demo mode, as {@code mvn -Pdemo verify} does, and checks the FTP server's side: one ZIP per
 * payment under UMF's name, holding exactly the folder's documents with their bytes, and the originals in
 * {@code .done}.
 */
@Timeout(value = 4, unit = TimeUnit.MINUTES)
class B2bDocumentsDemoTest {

    @TempDir
    Path work;

    @Test
    void eachPaymentFolderIsPaidAndItsDocumentsLandAsOneZipOnTheFtpServerAndTheOriginalsMoveToDone()
            throws Exception {
        Path inbox = work.resolve("inbox");
        Path ftpHome = work.resolve("ftp");
        ByteArrayOutputStream printed = new ByteArrayOutputStream();

        List<UploadResult> results = B2bDocumentsDemo.run(Map.of(
                "b2b.inbox", inbox.toString(),
                "demo.ftp.home", ftpHome.toString(),
                "demo.timeout", "200000"), new PrintStream(printed, true, StandardCharsets.UTF_8));

        assertThat(results).as("ended by itself with both folders handled").hasSize(2);
        assertThat(results).allSatisfy(result -> assertThat(result.error()).isNull());
        String merDate = LocalDate.now(ZoneId.of("Asia/Shanghai")).format(DateTimeFormatter.BASIC_ISO_DATE);
        for (UploadResult result : results) {
            String reference = result.merReferenceId();
            Path zip = ftpHome.resolve(reference + merDate + "0001.zip");
            Path done = inbox.resolve(".done").resolve(reference);
            assertThat(result.remoteFileName()).isEqualTo(zip.getFileName().toString());
            assertThat(result.paymentId()).startsWith("PAY_");
            assertThat(zip).isRegularFile();
            assertThat(result.size()).isEqualTo(Files.size(zip));
            assertThat(result.sha256()).isEqualToIgnoringCase(sha256(zip));
            assertThat(inbox.resolve(reference)).as("the folder left the inbox").doesNotExist();
            assertThat(done.resolve(PaymentFolder.ORDER_FILE)).isRegularFile();

            Map<String, byte[]> originals = new LinkedHashMap<>();
            try (Stream<Path> files = Files.list(done)) {
                for (Path file : files.sorted().toList()) {
                    if (!file.getFileName().toString().equals(PaymentFolder.ORDER_FILE)) {
                        originals.put(file.getFileName().toString(), Files.readAllBytes(file));
                    }
                }
            }
            Map<String, byte[]> entries = entries(zip);
            assertThat(entries.keySet()).containsExactlyInAnyOrderElementsOf(originals.keySet())
                    .contains("contract.pdf", "invoice.pdf");
            originals.forEach((name, bytes) -> assertThat(entries.get(name)).as(name).isEqualTo(bytes));
        }
        try (Stream<Path> remote = Files.list(ftpHome)) {
            assertThat(remote.map(path -> path.getFileName().toString()))
                    .as("the two ZIPs and nothing else (no temporary file left)").hasSize(2)
                    .allMatch(name -> name.endsWith("0001.zip"));
        }
        String console = printed.toString(StandardCharsets.UTF_8);
        assertThat(console).contains("[b2b] " + results.get(0).merReferenceId() + "  payment PAY_")
                .contains("originals in .done/").doesNotContainIgnoringCase("password");
    }

    @Test
    void aFolderWithoutItsInvoiceIsNotPaidNorUploadedAndMovesToFailed() throws Exception {
        Path inbox = work.resolve("inbox");
        Path ftpHome = work.resolve("ftp");
        Path broken = Files.createDirectories(inbox.resolve("NOINVOICE0001"));
        Files.write(broken.resolve("contract.pdf"), DemoDocuments.pdf("Sales contract NOINVOICE0001"));
        Files.writeString(broken.resolve(PaymentFolder.ORDER_FILE), """
                amount = 10.00
                currency = USD
                bank_code = BOC
                external_customer_id = C1
                invoice_id = INV1
                goods_name = machine parts
                """);
        ByteArrayOutputStream printed = new ByteArrayOutputStream();

        List<UploadResult> results = B2bDocumentsDemo.run(Map.of(
                "b2b.inbox", inbox.toString(),
                "demo.ftp.home", ftpHome.toString(),
                "demo.payments", "1",
                "demo.expected-folders", "2",
                "demo.timeout", "200000"), new PrintStream(printed, true, StandardCharsets.UTF_8));

        assertThat(results).as("ended by itself with both folders handled").hasSize(2);
        UploadResult refused = results.stream().filter(r -> r.merReferenceId().equals("NOINVOICE0001")).findFirst()
                .orElseThrow();
        assertThat(refused.error()).contains("invoice");
        assertThat(refused.paymentId()).as("no payment was created").isNull();
        assertThat(inbox.resolve(".failed").resolve("NOINVOICE0001").resolve("contract.pdf")).isRegularFile();
        assertThat(inbox.resolve("NOINVOICE0001")).doesNotExist();
        assertThat(results).filteredOn(UploadResult::uploaded).hasSize(1);
        try (Stream<Path> remote = Files.list(ftpHome)) {
            assertThat(remote.map(path -> path.getFileName().toString()))
                    .noneMatch(name -> name.startsWith("NOINVOICE")).hasSize(1);
        }
        assertThat(printed.toString(StandardCharsets.UTF_8)).contains("[b2b] NOINVOICE0001  FAILED");
    }

    private static Map<String, byte[]> entries(Path zip) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                entries.put(entry.getName(), in.readAllBytes());
            }
        }
        return entries;
    }

    private static String sha256(Path file) throws Exception {
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buffer = new byte[8192];
            for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
                digest.update(buffer, 0, n);
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }
}
