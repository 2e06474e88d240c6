package io.github.camelumf.example.b2b;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import io.github.camelumf.UmfConstants;
import org.apache.camel.Exchange;

/**
 * One summary line per payment folder, to the console and kept for the caller: the payment, the ZIP's remote name,
 * sequence, size and SHA-256, the number of documents and where the originals went; or the cause of a failure. No
 * secrets and no personal data: only the merchant's reference, UMF's payment id and file facts are printed. In demo
 * mode it ends the demo once the expected number of folders was handled.
 */
public final class UploadJournal {

    /** The exchange property with the folder's new place ({@code .done/...} or {@code .failed/...}). */
    public static final String MOVED_TO = "b2bMovedTo";

    private final PrintStream out;
    private final int expected;
    private final Runnable onDone;
    private final List<UploadResult> results = new CopyOnWriteArrayList<>();

    public UploadJournal(PrintStream out, int expected, Runnable onDone) {
        this.out = out;
        this.expected = expected;
        this.onDone = onDone;
    }

    /** After {@code umf:b2b/uploadDocuments} and the move to {@code .done}. */
    public void uploaded(Exchange exchange) {
        PaymentFolder folder = B2bDocumentRoutes.folder(exchange);
        List<?> entries = exchange.getMessage().getHeader(UmfConstants.DOCUMENTS_ENTRIES, List.class);
        UploadResult result = new UploadResult(folder.merReferenceId(), header(exchange, UmfConstants.PAYMENT_ID),
                header(exchange, UmfConstants.DOCUMENTS_FILE_NAME), header(exchange, UmfConstants.DOCUMENTS_SEQUENCE),
                entries == null ? 0 : entries.size(),
                exchange.getMessage().getHeader(UmfConstants.DOCUMENTS_SIZE, 0L, Long.class),
                header(exchange, UmfConstants.DOCUMENTS_SHA256), exchange.getProperty(MOVED_TO, Path.class), null);
        out.printf("[b2b] %s  payment %s paid  %d documents uploaded as %s (sequence %s, %,d bytes, sha256 %s)"
                   + "  originals in %s%n", result.merReferenceId(), result.paymentId(), result.documents(),
                result.remoteFileName(), result.sequence(), result.size(), abbreviated(result.sha256()),
                relative(folder, result.movedTo()));
        record(result);
    }

    /** After a failure (the route's error handler), with the folder moved to {@code .failed} where possible. */
    public void failed(Exchange exchange) {
        PaymentFolder folder = B2bDocumentRoutes.folder(exchange);
        Exception cause = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Exception.class);
        String reference = folder == null ? "?" : folder.merReferenceId();
        String error = cause == null ? "unknown" : cause.getClass().getSimpleName() + ": " + cause.getMessage();
        UploadResult result = new UploadResult(reference, header(exchange, UmfConstants.PAYMENT_ID), null, null, 0, 0,
                null, exchange.getProperty(MOVED_TO, Path.class), error);
        out.printf("[b2b] %s  FAILED (%s): %s  folder in %s%n", reference,
                result.paymentId() == null ? "no payment created" : "payment " + result.paymentId(), error,
                folder == null ? "the inbox" : relative(folder, result.movedTo()));
        record(result);
    }

    /** What happened to each folder, in order. */
    public List<UploadResult> results() {
        return List.copyOf(results);
    }

    private void record(UploadResult result) {
        results.add(result);
        if (expected > 0 && results.size() >= expected) {
            onDone.run();
        }
    }

    private static String header(Exchange exchange, String name) {
        Object value = exchange.getMessage().getHeader(name);
        return value == null ? null : value.toString();
    }

    private static String abbreviated(String sha256) {
        return sha256 == null || sha256.length() < 16 ? String.valueOf(sha256) : sha256.substring(0, 16) + "...";
    }

    private static String relative(PaymentFolder folder, Path movedTo) {
        if (movedTo == null) {
            return "the inbox";
        }
        Path inbox = folder.directory().getParent();
        return inbox == null ? movedTo.toString() : inbox.relativize(movedTo).toString();
    }
}
