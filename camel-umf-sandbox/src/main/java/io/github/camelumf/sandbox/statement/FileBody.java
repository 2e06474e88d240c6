package io.github.camelumf.sandbox.statement;

import java.io.IOException;
import java.io.OutputStream;

/**
 * A file answer written as it is generated, never held whole: {@link #writeTo} may be called more than once (the
 * sandbox signs the bytes in a first pass, then sends them) and writes the same bytes each time.
 */
public interface FileBody {

    /** The Content-Type of the file. */
    default String contentType() {
        return "text/plain;charset=UTF-8";
    }

    /** Writes the whole file. */
    void writeTo(OutputStream out) throws IOException;
}
