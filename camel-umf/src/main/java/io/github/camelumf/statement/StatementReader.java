package io.github.camelumf.statement;

import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

import io.github.camelumf.error.UmfConnectionException;
import io.github.camelumf.error.UmfStatementIntegrityException;
import io.github.camelumf.error.UmfStatementNotReadyException;

/**
 * Reads a statement file lazily, one record per {@link #next()}, holding one line in memory at a time. The header is
 * read when the reader is opened; the trailer when the iteration reaches it, and then the integrity check runs:
 * merchant id and date of header and trailer agree with each other and with the request, the trailer's count and
 * totals equal what was read. A failure raises {@link UmfStatementIntegrityException} from {@link #hasNext()} or
 * {@link #next()}, so a route splitting the records ({@code .split(body()).streaming()}) fails at the end instead of
 * finishing as if the file were complete.
 * <p>
 * Blank lines and the {@code [} / {@code ]} lines that wrap the reference's samples are skipped. The reader is an
 * {@link Iterable} that can be iterated once, and closes the underlying stream when it ends, fails or is closed.
 *
 * @param <R> the record type
 */
public final class StatementReader<R> implements Iterator<R>, Iterable<R>, Closeable {

    private final StatementFormat<R> format;
    private final BufferedReader reader;
    private final StatementExpectation expected;
    private final StatementCheck<R> check;
    private final StatementHeader header;
    private long lineNumber;
    private R next;
    private StatementTrailer trailer;
    private boolean finished;
    private boolean iterated;

    StatementReader(StatementFormat<R> format, InputStream in, Charset charset, StatementExpectation expected) {
        this.format = format;
        this.reader = new BufferedReader(new InputStreamReader(in, charset), 64 * 1024);
        this.expected = expected == null ? StatementExpectation.ANY : expected;
        this.check = format.newCheck();
        try {
            this.header = readHeader();
        } catch (RuntimeException e) {
            close();
            throw e;
        }
    }

    /** The header line, read when the reader was opened. */
    public StatementHeader header() {
        return header;
    }

    /** The trailer line once the iteration reached it and the check passed, else {@code null}. */
    public StatementTrailer trailer() {
        return trailer;
    }

    /** What the check counted once the iteration reached the end, else {@code null}. */
    public StatementSummary summary() {
        return trailer == null ? null : check.summary();
    }

    /** The records read so far. */
    public long recordsRead() {
        return check.count();
    }

    /** The file's format. */
    public StatementFormat<R> format() {
        return format;
    }

    @Override
    public Iterator<R> iterator() {
        if (iterated) {
            throw new IllegalStateException("A statement reader streams its file and can be iterated once");
        }
        iterated = true;
        return this;
    }

    @Override
    public boolean hasNext() {
        if (next != null) {
            return true;
        }
        if (finished) {
            return false;
        }
        try {
            next = advance();
        } catch (RuntimeException e) {
            finished = true;
            close();
            throw e;
        }
        return next != null;
    }

    @Override
    public R next() {
        if (!hasNext()) {
            throw new NoSuchElementException("the statement has no more records");
        }
        R record = next;
        next = null;
        return record;
    }

    /** Reads the remaining records into one checked {@link Statement}. */
    public Statement<R> readAll() {
        List<R> records = new ArrayList<>();
        while (hasNext()) {
            records.add(next());
        }
        return new Statement<>(header, List.copyOf(records), trailer, summary());
    }

    @Override
    public void close() {
        try {
            reader.close();
        } catch (IOException e) {
            // nothing left to release
        }
    }

    private StatementHeader readHeader() {
        String line = nextContentLine();
        if (line == null) {
            throw new UmfStatementNotReadyException("The " + format.name() + " file is empty: not ready yet", null);
        }
        Columns columns = Columns.split(line, lineNumber, List.of(format.startMarker(), "merId", "date"));
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

    private R advance() {
        String line = nextContentLine();
        if (line == null) {
            throw new UmfStatementIntegrityException(lineNumber + 1, 0, null, "the file ends without the "
                    + format.endMarker() + " trailer (truncated download?) after " + check.count() + " records");
        }
        if (line.startsWith(format.endMarker())) {
            verifyTrailer(line);
            String more = nextContentLine();
            if (more != null) {
                throw new UmfStatementIntegrityException(lineNumber, 0, null, "content after the trailer");
            }
            finished = true;
            close();
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

    /** The next line that is neither blank nor a {@code [} / {@code ]} wrapper line, or {@code null} at the end. */
    private String nextContentLine() {
        try {
            String line;
            while ((line = reader.readLine()) != null) {
                lineNumber++;
                if (lineNumber == 1 && !line.isEmpty() && line.charAt(0) == '\uFEFF') {
                    line = line.substring(1);
                }
                String trimmed = line.strip();
                if (!trimmed.isEmpty() && !"[".equals(trimmed) && !"]".equals(trimmed)) {
                    return trimmed;
                }
            }
            return null;
        } catch (IOException e) {
            throw new UmfConnectionException("Reading the " + format.name() + " file failed after line " + lineNumber
                                             + ": " + e.getClass().getSimpleName(), e);
        }
    }
}
