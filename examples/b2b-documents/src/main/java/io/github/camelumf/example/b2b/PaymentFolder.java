package io.github.camelumf.example.b2b;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * One payment's folder in the inbox: {@code <inbox>/<mer_reference_id>/} holds the documents of the payment (the
 * contract, the invoice, anything else UMF should see) and, written last by the ERP, {@code payment.properties} with
 * the payment's amount, currency and the enterprise's bank. The folder's name is the payment's mer_reference_id.
 *
 * @param directory the payment's folder
 * @param order     what {@code payment.properties} says
 */
public record PaymentFolder(Path directory, Properties order) {

    /** The file that marks a folder complete and carries the payment's data; never part of the ZIP. */
    public static final String ORDER_FILE = "payment.properties";
    /** Where folders go once their documents were uploaded: {@code <inbox>/.done/<mer_reference_id>/}. */
    public static final String DONE = ".done";
    /** Where folders go when their payment or upload failed: {@code <inbox>/.failed/<mer_reference_id>/}. */
    public static final String FAILED = ".failed";

    /** Reads the folder of the {@code payment.properties} file the inbox route picked up. */
    public static PaymentFolder of(Path orderFile) {
        Properties order = new Properties();
        try (InputStream in = Files.newInputStream(orderFile)) {
            order.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + orderFile.getFileName() + " of payment "
                                           + orderFile.getParent().getFileName(), e);
        }
        return new PaymentFolder(orderFile.toAbsolutePath().getParent(), order);
    }

    /** The payment's mer_reference_id: the folder's name. */
    public String merReferenceId() {
        return directory.getFileName().toString();
    }

    /** A value of {@code payment.properties}; an exception naming the key when it is missing. */
    public String required(String key) {
        String value = order.getProperty(key);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(ORDER_FILE + " of payment " + merReferenceId() + " has no " + key);
        }
        return value.trim();
    }

    /** A value of {@code payment.properties}, or {@code fallback}. */
    public String optional(String key, String fallback) {
        String value = order.getProperty(key);
        return value == null || value.isBlank() ? fallback : value.trim();
    }

    /** The documents to upload: the folder's regular, non-hidden files but {@code payment.properties}, by name. */
    public List<Path> documents() {
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(Files::isRegularFile)
                    .filter(file -> !file.getFileName().toString().startsWith("."))
                    .filter(file -> !file.getFileName().toString().equals(ORDER_FILE))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the documents of payment " + merReferenceId(), e);
        }
    }

    /**
     * Moves the whole folder (documents and {@code payment.properties}) to {@code <inbox>/<target>/<name>}; a folder
     * of the same name already there (a payment sent twice) gets a numbered suffix rather than being replaced.
     *
     * @return where the folder is now
     */
    public Path moveTo(String target) {
        Path parent = directory.getParent().resolve(target);
        try {
            Files.createDirectories(parent);
            Path destination = parent.resolve(merReferenceId());
            for (int n = 1; Files.exists(destination); n++) {
                destination = parent.resolve(merReferenceId() + "." + n);
            }
            return Files.move(directory, destination, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot move the folder of payment " + merReferenceId() + " to " + target,
                    e);
        }
    }
}
