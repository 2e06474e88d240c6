package io.github.camelumf.benchmarks.upload;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * The B2B document upload benchmark (a load harness, not JMH: one measurement is a 1 GiB transfer of several
 * seconds). It writes {@code bench.mb} MiB of documents in {@code bench.files} files under a work folder, starts an
 * Apache MINA FtpServer on 127.0.0.1 in a separate JVM, and in this JVM (run it with {@code -Xmx128m}) uploads, in
 * alternating rounds:
 * <ul>
 * <li><b>baseline</b>: the finished ZIP (the very bytes camel-umf produced in the warm-up upload) put with
 * commons-net {@code FTPClient.storeFile} ({@link BaselineUploader});</li>
 * <li><b>camel</b>: the documents through {@code umf:b2b/uploadDocuments}, zipped while uploading
 * ({@link CamelUploader}); each round's ZIP must have the baseline's SHA-256.</li>
 * </ul>
 * It prints one line per upload (MiB/s of ZIP bytes, heap peak) and the ratio of the medians. Settings (system
 * properties): {@code bench.mb} (1024), {@code bench.files} (4), {@code bench.rounds} (5), {@code bench.content}
 * ({@code random} or {@code mixed}, see {@link GeneratedDocuments}), {@code bench.options} (options appended to
 * the umf endpoint URI, e.g. {@code &compressionLevel=1}), {@code bench.dir} (a new folder under
 * {@code java.io.tmpdir}, deleted at the end). See docs/performance.md.
 */
public final class DocumentUploadBenchmark {

    private DocumentUploadBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        long totalBytes = Long.getLong("bench.mb", 1024) * 1024 * 1024;
        int count = Integer.getInteger("bench.files", 4);
        int rounds = Integer.getInteger("bench.rounds", 5);
        String content = System.getProperty("bench.content", "random");
        Path work = System.getProperty("bench.dir") == null
                ? Files.createTempDirectory("camel-umf-upload-bench")
                : Files.createDirectories(Path.of(System.getProperty("bench.dir")));
        System.out.printf("B2B document upload benchmark: %d MiB in %d %s files, %d rounds; JVM %s, max heap %d MiB,"
                          + " %d cores, load average %.2f; work folder %s%n", totalBytes >> 20, count, content, rounds,
                System.getProperty("java.vm.version"), HeapPeak.maxHeap() >> 20,
                Runtime.getRuntime().availableProcessors(),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(), work);
        try {
            long start = System.nanoTime();
            List<Path> documents = GeneratedDocuments.write(work.resolve("documents"), totalBytes, count, content);
            System.out.printf("documents written in %.1f s%n", (System.nanoTime() - start) / 1e9);
            run(work, documents, rounds);
        } finally {
            deleteTree(work);
        }
    }

    private static void run(Path work, List<Path> documents, int rounds) throws Exception {
        Path home = work.resolve("ftp-home");
        String password = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(Long.toString(System.nanoTime()).getBytes(StandardCharsets.US_ASCII))).substring(0, 24);
        try (ServerProcess server = ServerProcess.start(home, password);
             CamelUploader camel = new CamelUploader(server.port(), password)) {
            BaselineUploader baseline = new BaselineUploader(server.port(), password);
            String merDate = LocalDate.now(ZoneId.of("Asia/Shanghai")).format(DateTimeFormatter.BASIC_ISO_DATE);

            // warm-up: the first upload through camel-umf; its ZIP is the baseline's file (the same bytes)
            String[] warmUp = camel.upload(documents, "BENCHWARMUP", merDate);
            Path zip = Files.move(home.resolve(warmUp[0]), work.resolve("documents.zip"));
            String sha256 = sha256(zip);
            if (!sha256.equalsIgnoreCase(warmUp[1])) {
                throw new IllegalStateException("the ZIP on the server is not the one camel-umf reported");
            }
            System.out.printf("warm-up done: ZIP of %,d bytes, sha256 %s%n", Files.size(zip), sha256);

            List<UploadResult> results = new ArrayList<>();
            for (int round = 1; round <= rounds; round++) {
                String baselineName = "BASELINE" + round + merDate + "0001.zip";
                results.add(measure("baseline", round, home.resolve(baselineName),
                        () -> baseline.upload(zip, baselineName)));
                String reference = "BENCH" + round;
                String[] uploaded = new String[2];
                results.add(measure("camel", round, home.resolve(reference + merDate + "0001.zip"),
                        () -> System.arraycopy(camel.upload(documents, reference, merDate), 0, uploaded, 0, 2)));
                if (!sha256.equalsIgnoreCase(uploaded[1])) {
                    throw new IllegalStateException("round " + round + ": camel-umf's ZIP differs from the baseline's");
                }
            }
            summarize(results);
        }
    }

    private interface Upload {
        void run() throws Exception;
    }

    private static UploadResult measure(String variant, int round, Path remote, Upload upload) throws Exception {
        UploadResult result;
        try (HeapPeak heap = HeapPeak.start()) {
            long cpu = processCpuNanos();
            long start = System.nanoTime();
            upload.run();
            long nanos = System.nanoTime() - start;
            result = new UploadResult(variant, round, Files.size(remote), nanos, processCpuNanos() - cpu,
                    heap.poolPeaks(), heap.sampledMax());
        }
        Files.delete(remote); // keep the disk use at one ZIP
        System.out.println(result.line());
        return result;
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static void summarize(List<UploadResult> results) {
        double baseline = median(results, "baseline", UploadResult::mibPerSecond);
        double camel = median(results, "camel", UploadResult::mibPerSecond);
        double baselineCpu = median(results, "baseline", UploadResult::cpuSecondsPerGib);
        double camelCpu = median(results, "camel", UploadResult::cpuSecondsPerGib);
        long camelPeak = results.stream().filter(r -> r.variant().equals("camel"))
                .mapToLong(UploadResult::poolPeaks).max().orElse(0);
        long baselinePeak = results.stream().filter(r -> r.variant().equals("baseline"))
                .mapToLong(UploadResult::poolPeaks).max().orElse(0);
        System.out.printf("median: baseline %.1f MiB/s, camel %.1f MiB/s; ratio camel/baseline %.2f%n", baseline,
                camel, camel / baseline);
        System.out.printf("median CPU of this JVM: baseline %.2f s/GiB, camel %.2f s/GiB; ratio baseline/camel %.2f"
                          + " (the throughput ratio when CPU is the limit)%n", baselineCpu, camelCpu,
                baselineCpu / camelCpu);
        System.out.printf("heap peak (pools, max over rounds): baseline %.1f MiB, camel %.1f MiB, of %d MiB; load"
                          + " average now %.2f%n", baselinePeak / 1048576.0, camelPeak / 1048576.0,
                HeapPeak.maxHeap() >> 20, ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    private static double median(List<UploadResult> results, String variant,
                                 java.util.function.ToDoubleFunction<UploadResult> figure) {
        double[] values = results.stream().filter(r -> r.variant().equals(variant))
                .mapToDouble(figure).sorted().toArray();
        int n = values.length;
        return n % 2 == 1 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
    }

    private static String sha256(Path file) throws Exception {
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        byte[] buffer = new byte[1 << 16];
        try (InputStream in = Files.newInputStream(file)) {
            for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
                digest.update(buffer, 0, n);
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
