package io.github.camelumf.statement;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import io.github.camelumf.error.UmfStatementIntegrityException;

/**
 * The comma-separated columns of one line of a statement file, read by column number (1 for the first). {@code N/A}
 * and empty columns read as {@code null}. A column that cannot be read raises {@link UmfStatementIntegrityException}
 * naming the line and the column, never the value.
 */
final class Columns {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyyMMdd");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HHmmss");
    private static final DateTimeFormatter DASHED_DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final String[] values;
    private final long line;
    private final List<String> names;

    private Columns(String[] values, long line, List<String> names) {
        this.values = values;
        this.line = line;
        this.names = names;
    }

    /** Splits a line at each comma; each column is trimmed. */
    static Columns split(String text, long line, List<String> names) {
        int count = 1;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == ',') {
                count++;
            }
        }
        String[] values = new String[count];
        int start = 0;
        for (int i = 0; i < count; i++) {
            int end = text.indexOf(',', start);
            if (end < 0) {
                end = text.length();
            }
            values[i] = text.substring(start, end).trim();
            start = end + 1;
        }
        return new Columns(values, line, names);
    }

    long line() {
        return line;
    }

    int size() {
        return values.length;
    }

    /** Fails unless the line has at least {@code minimum} columns, naming the first missing one. */
    Columns requireAtLeast(int minimum) {
        if (values.length < minimum) {
            throw failure(values.length + 1, "the line has " + values.length + " columns, at least " + minimum
                                             + " expected");
        }
        return this;
    }

    /** The raw text of a column ({@code N/A} and empty are {@code null}); {@code null} beyond the last column. */
    String text(int column) {
        if (column > values.length) {
            return null;
        }
        String value = values[column - 1];
        return value.isEmpty() || "N/A".equals(value) ? null : value;
    }

    /** A column that must have a value. */
    String required(int column) {
        String value = text(column);
        if (value == null) {
            throw failure(column, "a value is required");
        }
        return value;
    }

    BigDecimal decimal(int column) {
        String value = text(column);
        if (value == null) {
            return null;
        }
        try {
            return new BigDecimal(value);
        } catch (NumberFormatException e) {
            throw failure(column, "not a decimal number");
        }
    }

    long count(int column) {
        String value = required(column);
        try {
            long count = Long.parseLong(value);
            if (count < 0) {
                throw failure(column, "not a count (a whole number, 0 or more)");
            }
            return count;
        } catch (NumberFormatException e) {
            throw failure(column, "not a count (a whole number, 0 or more)");
        }
    }

    LocalDate date(int column) {
        String value = text(column);
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value, DATE);
        } catch (DateTimeParseException e) {
            throw failure(column, "not a date (yyyyMMdd)");
        }
    }

    LocalTime time(int column) {
        String value = text(column);
        if (value == null) {
            return null;
        }
        try {
            return LocalTime.parse(value, TIME);
        } catch (DateTimeParseException e) {
            throw failure(column, "not a time (HHmmss)");
        }
    }

    /** A date and time as {@code yyyyMMddHHmmss} or {@code yyyy-MM-dd HH:mm:ss}. */
    LocalDateTime dateTime(int column) {
        String value = text(column);
        if (value == null) {
            return null;
        }
        try {
            return value.indexOf('-') > 0 ? LocalDateTime.parse(value, DASHED_DATE_TIME)
                    : LocalDateTime.parse(value, DATE_TIME);
        } catch (DateTimeParseException e) {
            throw failure(column, "not a date and time (yyyyMMddHHmmss)");
        }
    }

    /** The columns after the {@code known} ones, kept as they are (a later version of the file may add columns). */
    List<String> extra(int known) {
        if (values.length <= known) {
            return Collections.emptyList();
        }
        List<String> extra = new ArrayList<>(values.length - known);
        for (int i = known; i < values.length; i++) {
            extra.add(values[i]);
        }
        return Collections.unmodifiableList(extra);
    }

    UmfStatementIntegrityException failure(int column, String rule) {
        return new UmfStatementIntegrityException(line, column, column <= names.size() ? names.get(column - 1) : null,
                rule);
    }
}
