package io.github.camelumf.statement;

import java.util.function.Consumer;

import io.github.camelumf.error.UmfStatementIntegrityException;
import io.github.camelumf.error.UmfStatementNotReadyException;

/**
 * Parses and checks a statement file one line at a time, pushed in by a reader ({@link StatementReader}) or a stream
 * passing the bytes on ({@link CheckedStatementStream}). Holds no line but the current one: what it keeps is the
 * header, the running count and totals, and the trailer.
 *
 * @param <R> the record type
 */
final class StatementParser<R> {

    private final StatementFormat<R> format;
    private final StatementExpectation expected;
    private final StatementCheck<R> check;
    private long lineNumber;
    private StatementHeader header;
    private StatementTrailer trailer;
    private Consumer<StatementSummary> onEnd;

    StatementParser(StatementFormat<R> format, StatementExpectation expected) {
        this.format = format;
        this.expected = expected == null ? StatementExpectation.ANY : expected;
        this.check = format.newCheck();
    }

    /** Called once with the summary when the file ended and passed the check. */
    void onEnd(Consumer<StatementSummary> listener) {
        this.onEnd = listener;
    }

    StatementHeader header() {
        return header;
    }

    StatementTrailer trailer() {
        return trailer;
    }

    StatementSummary summary() {
        return trailer == null ? null : check.summary();
    }

    long recordsRead() {
        return check.count();
    }

    long lineNumber() {
        return lineNumber;
    }

    /**
     * The next line of the file (without its line break): a record, or {@code null} for the header, the trailer, a
     * blank line and the {@code [} / {@code ]} lines that wrap the reference's samples.
     */
    R accept(String rawLine) {
        lineNumber++;
        String line = rawLine;
        if (lineNumber == 1 && !line.isEmpty() && line.charAt(0) == '\uFEFF') {
            line = line.substring(1);
        }
        line = line.strip();
        if (line.isEmpty() || "[".equals(line) || "]".equals(line)) {
            return null;
        }
        if (header == null) {
            header = readHeader(line);
            return null;
        }
        if (trailer != null) {
            throw new UmfStatementIntegrityException(lineNumber, 0, null, "content after the trailer");
        }
        if (line.startsWith(format.endMarker())) {
            verifyTrailer(line);
            return null;
        }
        if (line.startsWith(format.startMarker())) {
            throw new UmfStatementIntegrityException(lineNumber, 1, null, "a second header");
        }
        Columns columns = Columns.split(line, lineNumber, format.columns());
        R record = format.read(columns);
        check.add(record, columns);
        return record;
    }

    /** The file ended: fails unless header and trailer were read. */
    void end() {
        if (header == null) {
            throw new UmfStatementNotReadyException("The " + format.name() + " file is empty: not ready yet", null);
        }
        if (trailer == null) {
            throw new UmfStatementIntegrityException(lineNumber + 1, 0, null, "the file ends without the "
                    + format.endMarker() + " trailer (truncated download?) after " + check.count() + " records");
        }
        if (onEnd != null) {
            Consumer<StatementSummary> listener = onEnd;
            onEnd = null;
            listener.accept(check.summary());
        }
    }

    private StatementHeader readHeader(String line) {
        Columns columns = Columns.split(line, lineNumber, java.util.List.of(format.startMarker(), "merId", "date"));
        if (!format.startMarker().equals(columns.text(1))) {
            throw new UmfStatementIntegrityException(lineNumber, 1, null,
                    "the file does not start with the " + format.startMarker() + " header");
        }
        columns.requireAtLeast(3);
        String merchantId = columns.required(2);
        String date = columns.required(3);
        if (expected.date() != null && !expected.date().equals(date)) {
            throw columns.failure(3, "the header's date is not the date requested (" + expected.date() + ")");
        }
        if (expected.merchantId() != null && !expected.merchantId().equals(merchantId)) {
            throw columns.failure(2, "the header's merchant id is not the merchant id expected");
        }
        return new StatementHeader(format.name(), merchantId, date, lineNumber);
    }

    private void verifyTrailer(String line) {
        Columns columns = Columns.split(line, lineNumber, format.trailerColumns());
        if (!format.endMarker().equals(columns.text(1))) {
            throw columns.failure(1, "not the " + format.endMarker() + " trailer");
        }
        columns.requireAtLeast(4);
        String merchantId = columns.required(2);
        if (!merchantId.equals(header.merchantId())) {
            throw columns.failure(2, "the trailer's merchant id differs from the header's (line " + header.line() + ")");
        }
        String date = columns.required(3);
        if (!date.equals(header.date())) {
            throw columns.failure(3, "the trailer's date differs from the header's (line " + header.line() + ")");
        }
        trailer = check.verify(columns, merchantId, date);
    }
}
