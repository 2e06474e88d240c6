package io.github.camelumf.error;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The error-code tables of the UMF reference, read from the verbatim copy in the test resource
 * {@code spec-error-tables.txt}.
 */
final class SpecErrorTables {

    /** One row of a reference table. */
    record Row(String table, String code, String description) {
    }

    private static final Pattern TABLE = Pattern.compile("^# table: (.+?) \\(reference lines .*\\)$");
    private static final Pattern ROW = Pattern.compile("^(?:\\d+ \\| )?(\\d{4}|\\d{8}) \\| (.*?) \\|$");

    private SpecErrorTables() {
    }

    static List<Row> rows() {
        List<Row> rows = new ArrayList<>();
        try (InputStream in = SpecErrorTables.class.getResourceAsStream("spec-error-tables.txt")) {
            if (in == null) {
                throw new IllegalStateException("spec-error-tables.txt is missing");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String table = null;
            String line;
            while ((line = reader.readLine()) != null) {
                Matcher tableLine = TABLE.matcher(line);
                if (tableLine.matches()) {
                    table = tableLine.group(1);
                    continue;
                }
                Matcher row = ROW.matcher(line);
                if (!line.startsWith("#") && row.matches()) {
                    rows.add(new Row(table, row.group(1), row.group(2)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }
}
