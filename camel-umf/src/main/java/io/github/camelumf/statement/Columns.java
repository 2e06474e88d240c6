package io.github.camelumf.statement;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import io.github.camelumf.error.UmfStatementIntegrityException;

/**
 * The comma-separated columns of one line of a statement file, read by column number (1 for the first); each column
 * is trimmed. {@code N/A} and empty columns read as {@code null}. A column that cannot be read raises
 * {@link UmfStatementIntegrityException} naming the line and the column, never the value.
 * <p>
 * A statement file has millions of lines, so a column is read where it lies in the line: the line is split into
 * positions only, a text column becomes a {@code String} when it is asked for, amounts and dates are read in place,
 * digit by digit (dates strictly: a day the month does not have is refused).
 */
final class Columns {

    private final String text;
    /** Per column, the first character (inclusive) and the last (exclusive), trimmed: {@code 2 * column - 2, - 1}. */
    private final int[] bounds;
    private final int count;
    private final long line;
    private final List<String> names;

    private Columns(String text, int[] bounds, int count, long line, List<String> names) {
        this.text = text;
        this.bounds = bounds;
        this.count = count;
        this.line = line;
        this.names = names;
    }

    /** Splits a line at each comma. */
    static Columns split(String text, long line, List<String> names) {
        int[] bounds = new int[2 * Math.max(names.size() + 1, 4)];
        int count = 0;
        int start = 0;
        int length = text.length();
        while (true) {
            int end = text.indexOf(',', start);
            if (end < 0) {
                end = length;
            }
            if (2 * count + 2 > bounds.length) {
                bounds = Arrays.copyOf(bounds, bounds.length * 2);
            }
            int from = start;
            int to = end;
            while (from < to && text.charAt(from) <= ' ') {
                from++;
            }
            while (to > from && text.charAt(to - 1) <= ' ') {
                to--;
            }
            bounds[2 * count] = from;
            bounds[2 * count + 1] = to;
            count++;
            if (end == length) {
                return new Columns(text, bounds, count, line, names);
            }
            start = end + 1;
        }
    }

    long line() {
        return line;
    }

    int size() {
        return count;
    }

    /** Fails unless the line has at least {@code minimum} columns, naming the first missing one. */
    Columns requireAtLeast(int minimum) {
        if (count < minimum) {
            throw failure(count + 1, "the line has " + count + " columns, at least " + minimum + " expected");
        }
        return this;
    }

    /** The raw text of a column ({@code N/A} and empty are {@code null}); {@code null} beyond the last column. */
    String text(int column) {
        return isNull(column) ? null : text.substring(start(column), end(column));
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
        if (isNull(column)) {
            return null;
        }
        BigDecimal plain = plainDecimal(start(column), end(column));
        if (plain != null) {
            return plain;
        }
        try {
            return new BigDecimal(text.substring(start(column), end(column)));
        } catch (NumberFormatException e) {
            throw failure(column, "not a decimal number");
        }
    }

    /** Whether the column's text is {@code expected} (compared in place). */
    boolean is(int column, String expected) {
        if (column > count) {
            return false;
        }
        int start = start(column);
        int length = end(column) - start;
        return length == expected.length() && text.regionMatches(start, expected, 0, length);
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

    /** A date as {@code yyyyMMdd}. */
    LocalDate date(int column) {
        if (isNull(column)) {
            return null;
        }
        int at = start(column);
        try {
            if (end(column) - at == 8) {
                return LocalDate.of(digits(at, 4), digits(at + 4, 2), digits(at + 6, 2));
            }
        } catch (DateTimeException | NumberFormatException e) {
            // named below
        }
        throw failure(column, "not a date (yyyyMMdd)");
    }

    /** A time as {@code HHmmss}. */
    LocalTime time(int column) {
        if (isNull(column)) {
            return null;
        }
        int at = start(column);
        try {
            if (end(column) - at == 6) {
                return LocalTime.of(digits(at, 2), digits(at + 2, 2), digits(at + 4, 2));
            }
        } catch (DateTimeException | NumberFormatException e) {
            // named below
        }
        throw failure(column, "not a time (HHmmss)");
    }

    /** A date and time as {@code yyyyMMddHHmmss} or {@code yyyy-MM-dd HH:mm:ss}. */
    LocalDateTime dateTime(int column) {
        if (isNull(column)) {
            return null;
        }
        int at = start(column);
        int length = end(column) - at;
        try {
            if (length == 14) {
                return LocalDateTime.of(digits(at, 4), digits(at + 4, 2), digits(at + 6, 2), digits(at + 8, 2),
                        digits(at + 10, 2), digits(at + 12, 2));
            }
            if (length == 19 && text.charAt(at + 4) == '-' && text.charAt(at + 7) == '-'
                && text.charAt(at + 10) == ' ' && text.charAt(at + 13) == ':' && text.charAt(at + 16) == ':') {
                return LocalDateTime.of(digits(at, 4), digits(at + 5, 2), digits(at + 8, 2), digits(at + 11, 2),
                        digits(at + 14, 2), digits(at + 17, 2));
            }
        } catch (DateTimeException | NumberFormatException e) {
            // named below
        }
        throw failure(column, "not a date and time (yyyyMMddHHmmss)");
    }

    /** The columns after the {@code known} ones, kept as they are (a later version of the file may add columns). */
    List<String> extra(int known) {
        if (count <= known) {
            return Collections.emptyList();
        }
        List<String> extra = new ArrayList<>(count - known);
        for (int column = known + 1; column <= count; column++) {
            extra.add(text.substring(start(column), end(column)));
        }
        return Collections.unmodifiableList(extra);
    }

    UmfStatementIntegrityException failure(int column, String rule) {
        return new UmfStatementIntegrityException(line, column, column <= names.size() ? names.get(column - 1) : null,
                rule);
    }

    /** Beyond the last column, empty, or {@code N/A}. */
    boolean isNull(int column) {
        if (column > count) {
            return true;
        }
        int start = start(column);
        int length = end(column) - start;
        return length == 0 || length == 3 && text.charAt(start) == 'N' && text.charAt(start + 1) == '/'
                                             && text.charAt(start + 2) == 'A';
    }

    private int start(int column) {
        return bounds[2 * column - 2];
    }

    private int end(int column) {
        return bounds[2 * column - 1];
    }

    /**
     * An amount as the files write them, {@code [-]digits[.digits]} with at most 18 digits, read in place as
     * {@code BigDecimal.valueOf(unscaled, scale)} (the same value and scale as {@code new BigDecimal(text)});
     * {@code null} for any other form, which {@link BigDecimal#BigDecimal(String)} then reads or refuses.
     */
    private BigDecimal plainDecimal(int start, int end) {
        int i = start;
        boolean negative = false;
        if (i < end && (text.charAt(i) == '-' || text.charAt(i) == '+')) {
            negative = text.charAt(i) == '-';
            i++;
        }
        long unscaled = 0;
        int digits = 0;
        int scale = -1;
        for (; i < end; i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                if (++digits > 18) {
                    return null;
                }
                unscaled = unscaled * 10 + (c - '0');
                if (scale >= 0) {
                    scale++;
                }
            } else if (c == '.' && scale < 0) {
                scale = 0;
            } else {
                return null;
            }
        }
        if (digits == 0 || scale == 0) {
            return null;
        }
        return BigDecimal.valueOf(negative ? -unscaled : unscaled, Math.max(scale, 0));
    }

    /** The number written by the {@code length} ASCII digits at {@code from}. */
    private int digits(int from, int length) {
        int number = 0;
        for (int i = from; i < from + length; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                throw new NumberFormatException("not a digit");
            }
            number = number * 10 + (c - '0');
        }
        return number;
    }
}
