package io.github.camelumf.jdbc.cluster;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;

/** Appends measured figures to {@code target/cluster-figures.txt} (quoted in docs/operations.md). */
final class Figures {

    private static final Path FILE = Path.of("target", "cluster-figures.txt");

    private Figures() {
    }

    static synchronized void record(String test, String line) {
        String text = Instant.now() + " " + test + ": " + line + System.lineSeparator();
        System.out.print(text);
        try {
            Files.createDirectories(FILE.getParent());
            Files.writeString(FILE, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
