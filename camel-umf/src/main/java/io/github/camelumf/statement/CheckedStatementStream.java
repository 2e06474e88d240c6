package io.github.camelumf.statement;

import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.util.function.Consumer;

/**
 * Passes a statement file's bytes on unchanged (for {@code to("file:...")} or an archive) while checking them line by
 * line like {@link StatementReader}: reading past the end of a file that fails the check raises
 * {@link io.github.camelumf.error.UmfStatementIntegrityException} instead of the end of the stream, so the file
 * producer's route fails rather than keeping a truncated or altered file as if it were complete. Holds one line.
 */
public final class CheckedStatementStream extends FilterInputStream {

    private final StatementParser<?> parser;
    private final Charset charset;
    private final ByteArrayOutputStream line = new ByteArrayOutputStream(512);
    private boolean ended;

    CheckedStatementStream(StatementFormat<?> format, InputStream in, Charset charset, StatementExpectation expected) {
        super(in);
        this.parser = new StatementParser<>(format, expected);
        this.charset = charset;
    }

    /** Opens a checked pass-through of a file of {@code format}. */
    public static CheckedStatementStream of(StatementFormat<?> format, InputStream in, Charset charset,
                                            StatementExpectation expected) {
        return new CheckedStatementStream(format, in, charset, expected);
    }

    /** Calls {@code listener} once, with the summary, when the stream ended and passed the check. */
    public CheckedStatementStream onEnd(Consumer<StatementSummary> listener) {
        parser.onEnd(listener);
        return this;
    }

    /** The file's header once it passed, else {@code null}. */
    public StatementHeader header() {
        return parser.header();
    }

    /** What the check counted once the stream ended and passed, else {@code null}. */
    public StatementSummary summary() {
        return ended ? parser.summary() : null;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b < 0) {
            end();
        } else {
            take(b);
        }
        return b;
    }

    @Override
    public int read(byte[] bytes, int offset, int length) throws IOException {
        int n = super.read(bytes, offset, length);
        if (n < 0) {
            end();
            return n;
        }
        for (int i = offset; i < offset + n; i++) {
            take(bytes[i] & 0xFF);
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        byte[] buffer = new byte[(int) Math.min(8192, Math.max(n, 1))];
        int read = read(buffer, 0, (int) Math.min(n, buffer.length));
        return Math.max(read, 0);
    }

    @Override
    public boolean markSupported() {
        return false;
    }

    private void take(int b) {
        if (b == '\n') {
            flushLine();
        } else {
            line.write(b);
        }
    }

    private void flushLine() {
        String text = line.toString(charset);
        line.reset();
        parser.accept(text);
    }

    private void end() {
        if (ended) {
            return;
        }
        if (line.size() > 0) {
            flushLine();
        }
        parser.end();
        ended = true;
    }
}
