package io.github.camelumf.http;

import java.io.InputStream;

/**
 * What a download call brought back: either the file, as a stream still open on the connection (verified as it is
 * read; close it), or UMF's JSON answer instead of a file (a refusal, or "not ready yet"), read and verified.
 *
 * @param status the HTTP status
 * @param file   the file's bytes, or {@code null} when UMF answered with JSON
 * @param answer UMF's JSON answer, or {@code null} when a file came
 */
public record UmfDownload(int status, InputStream file, UmfResponse answer) {

    /** Whether a file came (rather than a JSON answer). */
    public boolean isFile() {
        return file != null;
    }
}
