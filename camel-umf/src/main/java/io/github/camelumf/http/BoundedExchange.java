package io.github.camelumf.http;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.hc.client5.http.classic.methods.HttpUriRequestBase;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.protocol.HttpClientContext;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpEntity;

/**
 * Runs one HTTP exchange with UMF within two bounds, and aborts the request (closing the socket at once) when either
 * is passed, instead of closing the response stream, which would try to read the rest of an endless body:
 * <ul>
 * <li>an overall deadline ({@code callTimeout}): {@code responseTimeout} is a per-read socket timeout, so a server
 * dripping one byte per second would otherwise never time out;</li>
 * <li>a cap on the answer's size ({@link #MAX_JSON_BYTES}): UMF's JSON answers are small.</li>
 * </ul>
 */
final class BoundedExchange implements Closeable {

    /** The largest JSON answer accepted (1 MiB); UMF's answers are a few KiB. */
    static final int MAX_JSON_BYTES = 1024 * 1024;

    /** The answer was larger than the cap: the request was aborted. Never retried. */
    static final class AnswerTooLarge extends IOException {
        private static final long serialVersionUID = 1L;

        AnswerTooLarge(long limit) {
            super("UMF answer larger than " + limit + " bytes: request aborted");
        }
    }

    /** The overall deadline passed: the request was aborted. */
    static final class DeadlineExceeded extends InterruptedIOException {
        private static final long serialVersionUID = 1L;

        DeadlineExceeded(long millis) {
            super("no complete answer within callTimeout=" + millis + " ms: request aborted");
        }
    }

    private final CloseableHttpClient http;
    private final long deadlineMillis;
    private final int maxBytes;
    private final ScheduledExecutorService timer;

    BoundedExchange(CloseableHttpClient http, long deadlineMillis, int maxBytes) {
        this.http = http;
        this.deadlineMillis = deadlineMillis;
        this.maxBytes = maxBytes;
        ScheduledThreadPoolExecutor deadlines = new ScheduledThreadPoolExecutor(1, r -> {
            Thread thread = new Thread(r, "camel-umf-call-deadline");
            thread.setDaemon(true);
            return thread;
        });
        // a deadline is cancelled by almost every call: without this, each cancelled task (holding its request and
        // body) would stay queued for callTimeout, tens of thousands of them under load
        deadlines.setRemoveOnCancelPolicy(true);
        this.timer = deadlines;
    }

    /** Sends the request and reads the whole answer, within the deadline and the cap. */
    RawResponse execute(HttpUriRequestBase request, HttpClientContext context) throws IOException {
        Deadline deadline = startDeadline(request);
        ClassicHttpResponse response = null;
        try {
            response = http.executeOpen(null, request, context);
            Header signature = response.getFirstHeader(SignatureInterceptor.SIGNATURE_HEADER);
            return new RawResponse(response.getCode(), readBody(response.getEntity(), request),
                    signature == null ? null : signature.getValue());
        } catch (IOException e) {
            throw deadline.explain(e);
        } finally {
            deadline.cancel();
            closeQuietly(response);
        }
    }

    /**
     * Starts the overall deadline of one exchange: when it passes, the request is aborted. For the streamed download
     * path, which opens the answer itself and cancels the deadline when it hands a file body over.
     */
    Deadline startDeadline(HttpUriRequestBase request) {
        AtomicBoolean expired = new AtomicBoolean();
        ScheduledFuture<?> future = timer.schedule(() -> {
            expired.set(true);
            request.abort();
        }, deadlineMillis, TimeUnit.MILLISECONDS);
        return new Deadline(future, expired);
    }

    /** How many deadlines are still queued (for tests: a finished exchange leaves none behind). */
    int queuedDeadlines() {
        return ((ScheduledThreadPoolExecutor) timer).getQueue().size();
    }

    /** Reads a JSON answer within the cap; aborts the request when it is larger. */
    byte[] readCapped(InputStream in, HttpUriRequestBase request) throws IOException {
        byte[] bytes = in.readNBytes(maxBytes + 1);
        if (bytes.length > maxBytes) {
            // closing the stream would read the rest of a (possibly endless) chunked body: abort closes the socket
            request.abort();
            throw new AnswerTooLarge(maxBytes);
        }
        return bytes;
    }

    /** The running deadline of one exchange. */
    final class Deadline {
        private final ScheduledFuture<?> future;
        private final AtomicBoolean expired;

        private Deadline(ScheduledFuture<?> future, AtomicBoolean expired) {
            this.future = future;
            this.expired = expired;
        }

        void cancel() {
            future.cancel(false);
        }

        /** The failure to report: {@link DeadlineExceeded} when the deadline aborted the request. */
        IOException explain(IOException e) {
            if (expired.get() && !(e instanceof AnswerTooLarge)) {
                DeadlineExceeded exceeded = new DeadlineExceeded(deadlineMillis);
                exceeded.initCause(e);
                return exceeded;
            }
            return e;
        }
    }

    private byte[] readBody(HttpEntity entity, HttpUriRequestBase request) throws IOException {
        if (entity == null) {
            return new byte[0];
        }
        if (entity.getContentLength() > maxBytes) {
            request.abort();
            throw new AnswerTooLarge(maxBytes);
        }
        // reading to the end of the body releases the connection to the pool; the response is closed after that
        return readCapped(entity.getContent(), request);
    }

    private static void closeQuietly(ClassicHttpResponse response) {
        if (response == null) {
            return;
        }
        try {
            response.close();
        } catch (IOException e) {
            // after an abort the connection is gone: nothing to release
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
