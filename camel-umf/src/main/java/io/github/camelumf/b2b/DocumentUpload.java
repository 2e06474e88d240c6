package io.github.camelumf.b2b;

import java.util.List;
import java.util.Map;

import io.github.camelumf.error.UmfDocumentUploadException;
import org.apache.camel.component.file.GenericFileOperationFailedException;
import org.apache.camel.component.file.remote.RemoteFileEndpoint;
import org.apache.camel.util.ObjectHelper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Uploads one payment's documents as one ZIP to a camel-ftp endpoint's directory, never replacing a file there:
 * <ol>
 * <li>the directory is listed and the next free sequence chosen ({@link DocumentZipName#nextSequence});</li>
 * <li>the ZIP is streamed ({@link ZipStream}, zipped ahead by a thread of its own: {@link ZipPipe}) under a
 * temporary name {@code <final>.<random>.part}, which UMF never
 * takes for documents (with {@code tempFileUpload=false}: under the final name directly);</li>
 * <li>the directory is listed again: if another uploader took the final name meanwhile, the next free sequence is
 * used; then the temporary file is renamed. A refused rename whose target now exists (FTP and SFTP servers that do
 * not replace on rename, such as MINA's and OpenSSH's) also moves on to the next sequence;</li>
 * <li>the final file's size in the listing is compared with the bytes sent.</li>
 * </ol>
 * Uploads of the same payment in one JVM take turns ({@link PaymentLocks}). Any failure raises
 * {@link UmfDocumentUploadException} naming the server (without password), the final name and what may remain of
 * the transfer. Reentrant: every call opens its own connection.
 */
public final class DocumentUpload {

    private static final Logger LOG = LoggerFactory.getLogger(DocumentUpload.class);
    /** How many times a final name taken in between is skipped before giving up. */
    private static final int MAX_CLAIMS = 20;

    private final RemoteFileEndpoint<?> endpoint;
    private final int compressionLevel;
    private final boolean tempFileUpload;
    private final String server;

    public DocumentUpload(RemoteFileEndpoint<?> endpoint, int compressionLevel, boolean tempFileUpload) {
        this.endpoint = endpoint;
        this.compressionLevel = compressionLevel;
        this.tempFileUpload = tempFileUpload;
        this.server = RemoteDirectory.describe(endpoint);
    }

    /** The server and directory (protocol://user@host:port/directory, no password). */
    public String server() {
        return server;
    }

    /**
     * Zips and uploads {@code documents} (closed afterwards) as the next sequence of {@code names}.
     *
     * @throws UmfDocumentUploadException when the ZIP did not reach its final name whole
     */
    public UploadedDocuments upload(DocumentZipName names, List<DocumentEntry> documents) {
        String target = names.finalName(1);
        try (PaymentLocks.Held held = PaymentLocks.lock(RemoteDirectory.key(endpoint) + "|" + names.prefix());
             ZipPipe zip = new ZipPipe(new ZipStream(documents, compressionLevel), names.prefix())) {
            RemoteDirectory directory;
            try {
                directory = RemoteDirectory.open(endpoint);
            } catch (Exception e) {
                throw failure("cannot connect or log in: " + reason(e), target, null, e);
            }
            try (directory) {
                int sequence;
                try {
                    sequence = names.nextSequence(directory.list().keySet());
                } catch (IllegalStateException e) {
                    throw failure(e.getMessage(), target, null, null);
                }
                target = names.finalName(sequence);
                String written = tempFileUpload ? names.temporaryName(sequence) : target;
                LOG.debug("Uploading the documents of {} to {} as {}", names.prefix(), server, written);
                store(directory, written, target, zip);
                String stored = tempFileUpload ? claim(directory, names, written, zip) : target;
                verify(directory, stored, zip);
                UploadedDocuments result = new UploadedDocuments(stored, path(stored), names.sequenceOf(stored),
                        zip.size(), zip.sha256Hex(), zip.entryNames());
                LOG.info("Uploaded the documents of {} to {} as {} ({} bytes, {} entries)", names.prefix(), server,
                        stored, result.size(), result.entries().size());
                return result;
            } catch (GenericFileOperationFailedException e) {
                throw failure("the server failed: " + reason(e), target, null, e);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw failure("interrupted while waiting for another upload of the same payment", target, null, e);
        } catch (java.io.IOException e) {
            throw failure("cannot close the documents: " + e.getMessage(), target, null, e);
        }
    }

    private void store(RemoteDirectory directory, String name, String target, ZipPipe zip) {
        boolean stored;
        try {
            stored = directory.store(name, zip);
        } catch (GenericFileOperationFailedException e) {
            throw failure("the transfer failed after about " + zip.size() + " bytes: " + reason(e), target, name, e);
        }
        if (!stored) {
            throw failure("the server refused the file", target, name, null);
        }
        if (!zip.isComplete()) {
            throw failure("the transfer ended after " + zip.size() + " bytes, before the end of the ZIP", target, name,
                    null);
        }
    }

    /** Renames the temporary file to the next final name no one has; returns that name. */
    private String claim(RemoteDirectory directory, DocumentZipName names, String temporary, ZipPipe zip) {
        int sequence = names.sequenceOf(temporary);
        for (int attempt = 0; attempt < MAX_CLAIMS; attempt++) {
            Map<String, Long> listing = directory.list();
            String target = names.finalName(sequence);
            if (contains(listing, target)) {
                LOG.info("{} was taken by another upload meanwhile: trying the next sequence", target);
                sequence = nextOrFail(names, listing, target, temporary);
                continue;
            }
            GenericFileOperationFailedException refusal = null;
            try {
                if (directory.rename(temporary, target)) {
                    return target;
                }
            } catch (GenericFileOperationFailedException e) {
                refusal = e;
            }
            Map<String, Long> after = directory.list();
            if (contains(after, target) && !contains(after, temporary)) {
                return target; // the rename went through although the answer said otherwise
            }
            if (contains(after, target)) {
                LOG.info("{} was taken by another upload during the rename: trying the next sequence", target);
                sequence = nextOrFail(names, after, target, temporary);
                continue;
            }
            throw failure("the server refused to rename the uploaded " + temporary + " to its final name"
                          + (refusal == null ? "" : ": " + reason(refusal))
                          + " (if the account may not rename files, set tempFileUpload=false)", target, temporary,
                    refusal);
        }
        throw failure("every final name tried was taken by other uploads meanwhile (" + MAX_CLAIMS + " tries)",
                names.finalName(sequence), temporary, null);
    }

    private int nextOrFail(DocumentZipName names, Map<String, Long> listing, String target, String temporary) {
        try {
            return names.nextSequence(listing.keySet());
        } catch (IllegalStateException e) {
            throw failure(e.getMessage(), target, temporary, null);
        }
    }

    /** The stored file must be listed with the size sent (when the listing gives sizes). */
    private void verify(RemoteDirectory directory, String name, ZipPipe zip) {
        Map<String, Long> listing = directory.list();
        Long size = listing.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name)).map(Map.Entry::getValue)
                .findFirst().orElse(null);
        if (size == null) {
            LOG.warn("{} is not listed in {} right after its upload (the server may move uploads away): its size could"
                     + " not be checked", name, server);
        } else if (size >= 0 && size != zip.size()) {
            throw failure("the server kept " + size + " bytes of the " + zip.size() + " sent", name, name, null);
        }
    }

    private static boolean contains(Map<String, Long> listing, String name) {
        return listing.keySet().stream().anyMatch(n -> n.equalsIgnoreCase(name));
    }

    private String path(String name) {
        String directory = endpoint.getConfiguration().getDirectory();
        if (ObjectHelper.isEmpty(directory)) {
            return name;
        }
        return directory.endsWith("/") ? directory + name : directory + "/" + name;
    }

    private UmfDocumentUploadException failure(String what, String target, String leftBehind, Throwable cause) {
        return new UmfDocumentUploadException("The B2B documents were not uploaded: " + what, server, target,
                leftBehind, cause);
    }

    /** The failure in words: camel-ftp's message, the FTP reply and the root cause. */
    private static String reason(Exception e) {
        StringBuilder sb = new StringBuilder(String.valueOf(e.getMessage()));
        if (e instanceof GenericFileOperationFailedException g && g.getReason() != null
            && !sb.toString().contains(g.getReason().trim())) {
            sb.append(" (").append(g.getCode()).append(' ').append(g.getReason().trim()).append(')');
        }
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        if (root != e && root.getMessage() != null && !sb.toString().contains(root.getMessage())) {
            sb.append(": ").append(root.getMessage());
        }
        return sb.toString();
    }
}
