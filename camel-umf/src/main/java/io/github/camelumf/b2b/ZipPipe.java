package io.github.camelumf.b2b;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * A {@link ZipStream} read ahead by a thread of its own, so that zipping and digesting (CPU) overlap with the
 * transfer (network): the thread fills chunks of up to 128 KiB into a queue of {@value #CHUNKS} chunks, and this
 * stream hands them to the uploader. At most about half a megabyte is in flight; nothing is written to disk. An error
 * of the ZIP (a document unreadable, changed or empty) ends the stream with that error in the reading thread.
 * {@link #close()} stops the thread and closes the documents.
 */
final class ZipPipe extends InputStream {

    private static final int CHUNKS = 4;
    private static final int CHUNK = 128 * 1024;
    private static final Object END = new Object();

    private final ZipStream zip;
    private final BlockingQueue<Object> queue = new ArrayBlockingQueue<>(CHUNKS);
    private final Thread worker;
    private byte[] current;
    private int position;
    private boolean ended;
    private boolean complete;

    ZipPipe(ZipStream zip, String name) {
        this.zip = zip;
        this.worker = new Thread(this::zipAhead, "Camel umf zip " + name);
        this.worker.setDaemon(true);
        this.worker.start();
    }

    private void zipAhead() {
        try {
            while (true) {
                byte[] chunk = new byte[CHUNK];
                int filled = 0;
                while (filled < CHUNK) {
                    int n = zip.read(chunk, filled, CHUNK - filled);
                    if (n < 0) {
                        break;
                    }
                    filled += n;
                }
                if (filled > 0) {
                    queue.put(filled == CHUNK ? chunk : Arrays.copyOf(chunk, filled));
                }
                if (filled < CHUNK) {
                    queue.put(END);
                    return;
                }
            }
        } catch (InterruptedException e) {
            // closed by the reader
        } catch (IOException | RuntimeException e) {
            try {
                queue.put(e);
            } catch (InterruptedException closed) {
                // closed by the reader: nobody waits for the error
            }
        } finally {
            try {
                zip.close();
            } catch (IOException ignored) {
                // the documents are given up on
            }
        }
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        while (current == null || position == current.length) {
            if (ended) {
                return -1;
            }
            Object next;
            try {
                next = queue.take();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new InterruptedIOException("interrupted while zipping the documents");
            }
            if (next == END) {
                ended = true;
                complete = true;
                return -1;
            }
            if (next instanceof Exception e) {
                ended = true;
                throw e instanceof IOException io ? io : new IOException(e.getMessage(), e);
            }
            current = (byte[]) next;
            position = 0;
        }
        int n = Math.min(len, current.length - position);
        System.arraycopy(current, position, b, off, n);
        position += n;
        return n;
    }

    /** Whether the whole ZIP was read, to its end. */
    boolean isComplete() {
        return complete;
    }

    /** The ZIP bytes produced so far; the ZIP's size once {@link #isComplete()}. */
    long size() {
        return zip.size();
    }

    /** The SHA-256 of the ZIP; only once {@link #isComplete()}. */
    String sha256Hex() {
        return zip.sha256Hex();
    }

    List<String> entryNames() {
        return zip.entryNames();
    }

    /** Stops the zipping thread (which closes the documents) and waits for it. */
    @Override
    public void close() throws IOException {
        ended = true;
        worker.interrupt();
        try {
            worker.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while stopping the zipping thread");
        }
    }
}
