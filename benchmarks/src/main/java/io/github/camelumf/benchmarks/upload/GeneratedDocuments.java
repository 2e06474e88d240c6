package io.github.camelumf.benchmarks.upload;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The documents of the benchmark, written once under a work folder: {@code count} files adding up to
 * {@code totalBytes}. {@code random}: every file random bytes (incompressible, like the scanned contracts, JPEG
 * pages and already-compressed PDF streams that make up most of the size of real B2B documents; the worst case for
 * the ZIP's deflater). {@code mixed}: every other file is text-like instead (invoice lines with numbers, which
 * deflate shrinks about 4 times), for a ZIP smaller than its documents.
 */
final class GeneratedDocuments {

    private GeneratedDocuments() {
    }

    static List<Path> write(Path folder, long totalBytes, int count, String content) throws IOException {
        Files.createDirectories(folder);
        SplittableRandom random = new SplittableRandom(20261127L);
        List<Path> files = new ArrayList<>();
        long each = totalBytes / count;
        byte[] block = new byte[1 << 20];
        for (int i = 0; i < count; i++) {
            boolean text = "mixed".equals(content) && i % 2 == 1;
            Path file = folder.resolve(String.format("%s-%02d.%s", i == 0 ? "contract" : i == 1 ? "invoice" : "annex",
                    i + 1, text ? "txt" : "pdf"));
            long size = i == count - 1 ? totalBytes - each * (count - 1) : each;
            try (OutputStream out = Files.newOutputStream(file)) {
                for (long written = 0; written < size; written += block.length) {
                    int n = (int) Math.min(block.length, size - written);
                    if (text) {
                        fillText(block, random);
                    } else {
                        random.nextBytes(block);
                    }
                    out.write(block, 0, n);
                }
            }
            files.add(file);
        }
        return files;
    }

    private static void fillText(byte[] block, SplittableRandom random) {
        int at = 0;
        while (at < block.length) {
            byte[] line = String.format("INV-%08d;item %05d;machine parts;qty %3d;unit %8.2f USD;total %10.2f USD%n",
                    random.nextInt(100_000_000), random.nextInt(100_000), random.nextInt(1, 500),
                    random.nextInt(100, 1_000_000) / 100.0, random.nextInt(100, 100_000_000) / 100.0)
                    .getBytes(StandardCharsets.US_ASCII);
            int n = Math.min(line.length, block.length - at);
            System.arraycopy(line, 0, block, at, n);
            at += n;
        }
    }
}
