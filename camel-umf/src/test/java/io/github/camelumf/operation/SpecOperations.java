package io.github.camelumf.operation;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The producer rows of {@code operations.md}, read from the verbatim copy in the test resource of that name (the
 * tables whose first column is {@code endpoint} and that have an HTTP column; the consumer table is left out).
 */
final class SpecOperations {

    /**
     * One table row, cells as written.
     *
     * @param section    the {@code ##} heading above the table
     * @param endpoint   the endpoint name without {@code umf:} and without notes such as {@code (SMS)}
     * @param http       the HTTP column ({@code POST}, {@code GET}, {@code POST multipart}, {@code FTP (see below)})
     * @param path       the path column (may be empty)
     * @param params     the parameters column
     * @param result     the result column
     * @param lastColumn the sixth column's header ({@code *enc*}, {@code notes}, ...)
     * @param last       the sixth column
     */
    record Row(String section, String endpoint, String http, String path, String params, String result,
               String lastColumn, String last) {

        boolean hasEncryptedColumn() {
            return lastColumn.contains("enc");
        }
    }

    private SpecOperations() {
    }

    static String text() {
        try (InputStream in = SpecOperations.class.getResourceAsStream("operations.md")) {
            if (in == null) {
                throw new IllegalStateException("operations.md is missing from the test resources");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Row> rows() {
        List<Row> rows = new ArrayList<>();
        String section = null;
        List<String> header = null;
        for (String line : text().split("\n")) {
            if (line.startsWith("## ")) {
                section = line.substring(3).trim();
                header = null;
            } else if (line.startsWith("| endpoint |")) {
                header = cells(line);
            } else if (line.startsWith("| `umf:") && header != null && header.size() >= 6
                       && header.get(1).equals("HTTP")) {
                List<String> c = cells(line);
                String endpoint = c.get(0).substring(c.get(0).indexOf("umf:") + 4);
                endpoint = endpoint.substring(0, endpoint.indexOf('`'));
                rows.add(new Row(section, endpoint, c.get(1), c.get(2), c.get(3), c.get(4), header.get(5), c.get(5)));
            }
        }
        return rows;
    }

    private static List<String> cells(String line) {
        String inner = line.trim();
        inner = inner.substring(1, inner.length() - 1);
        return Arrays.stream(inner.split("\\|", -1)).map(String::trim).toList();
    }

    /** The text without its parenthesised notes: {@code "card (query; encrypted)"} gives {@code "card"}. */
    static String withoutNotes(String cell) {
        return cell.replaceAll("\\([^)]*\\)", "").trim();
    }

    /** Splits a list cell at commas and at " or ". */
    static List<String> list(String cell) {
        String plain = withoutNotes(cell);
        if (plain.isEmpty()) {
            return List.of();
        }
        return Arrays.stream(plain.split(",|\\s+or\\s+")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }
}
