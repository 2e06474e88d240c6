package io.github.camelumf.statement;

/** What a statement download ({@code umf:settlement/download}, ...) puts into the body. */
public enum StatementOutput {
    /**
     * A lazy {@link StatementReader} ({@code Iterator} and {@code Iterable}) of typed records, for
     * {@code .split(body()).streaming()}: one record in memory at a time; the integrity check fires when the
     * iteration reaches the end.
     */
    RECORDS,
    /** The whole file as one checked {@link Statement} (header, records, trailer): for small files. */
    STATEMENT,
    /**
     * The verified raw bytes as an {@code InputStream} (for {@code to("file:...")} or an archive), checked as they
     * pass: reading past the end of a file that fails the check raises the integrity exception.
     */
    STREAM
}
