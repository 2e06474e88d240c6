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
import java.util.function.Consumer;

import io.github.camelumf.error.UmfConnectionException;
import io.github.camelumf.error.UmfStatementIntegrityException;

/**
 * Reads a statement file lazily, one record per {@link #next()}, holding one line in memory at a time. The header is
 * read when the reader is opened; the trailer when the iteration reaches it, and the integrity check runs when the
 * file ends: merchant id and date of header and trailer agree with each other and with the request, the trailer's
 * count and totals equal what was read, nothing follows the trailer. A failure raises
 * {@link UmfStatementIntegrityException} from {@link #hasNext()} or {@link #next()}, so a route splitting the records
 * ({@code .split(body()).streaming()}) fails at the end instead of finishing as if the file were complete.
 * <p>
 * Blank lines and the {@code [} / {@code ]} lines that wrap the reference's samples are skipped. The reader is an
 * {@link Iterable} that can be iterated once, and closes the underlying stream when it ends, fails or is closed.
 *
 * @param <R> the record type
 */
public final class StatementReader<R> implements Iterator<R>, Iterable<R>, Closeable {

    private final StatementFormat<R> format;
    private final BufferedReader reader;
    private final StatementParser<R> parser;
    private R next;
    private boolean finished;
    private boolean iterated;

    StatementReader(StatementFormat<R> format, InputStream in, Charset charset, StatementExpectation expected) {
        this.format = format;
        this.reader = new BufferedReader(new InputStreamReader(in, charset), 64 * 1024);
        this.parser = new StatementParser<>(format, expected);
        try {
            while (parser.header() == null) {
                String line = readLine();
                if (line == null) {
                    parser.end();
                }
                parser.accept(line);
            }
        } catch (RuntimeException e) {
            close();
            throw e;
        }
    }

    /** The header line, read when the reader was opened. */
    public StatementHeader header() {
        return parser.header();
    }

    /** The trailer line once the iteration reached it and it passed the check, else {@code null}. */
    public StatementTrailer trailer() {
        return finished ? parser.trailer() : null;
    }

    /** What the check counted once the iteration reached the end of the file, else {@code null}. */
    public StatementSummary summary() {
        return finished ? parser.summary() : null;
    }

    /** The records read so far. */
    public long recordsRead() {
        return parser.recordsRead();
    }

    /** The file's format. */
    public StatementFormat<R> format() {
        return format;
    }

    /** Calls {@code listener} once, with the summary, when the file ended and passed the check. */
    public StatementReader<R> onEnd(Consumer<StatementSummary> listener) {
        parser.onEnd(listener);
        return this;
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
        return new Statement<>(parser.header(), List.copyOf(records), parser.trailer(), parser.summary());
    }

    @Override
    public void close() {
        try {
            reader.close();
        } catch (IOException e) {
            // nothing left to release
        }
    }

    private R advance() {
        String line;
        while ((line = readLine()) != null) {
            R record = parser.accept(line);
            if (record != null) {
                return record;
            }
        }
        parser.end();
        finished = true;
        close();
        return null;
    }

    private String readLine() {
        try {
            return reader.readLine();
        } catch (IOException e) {
            throw new UmfConnectionException("Reading the " + format.name() + " file failed after line "
                                             + parser.lineNumber() + ": " + e.getClass().getSimpleName(), e);
        }
    }
}
