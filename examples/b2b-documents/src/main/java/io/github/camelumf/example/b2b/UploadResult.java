package io.github.camelumf.example.b2b;

import java.nio.file.Path;

/**
 * What happened to one payment folder.
 *
 * @param merReferenceId the payment's mer_reference_id (the folder's name)
 * @param paymentId      UMF's payment id, once created
 * @param remoteFileName the ZIP's name on UMF's FTP server, once uploaded
 * @param sequence       the ZIP's sequence number
 * @param documents      how many documents the ZIP holds
 * @param size           the ZIP's size in bytes
 * @param sha256         the ZIP's SHA-256, hex
 * @param movedTo        where the folder is now ({@code .done/...} or {@code .failed/...})
 * @param error          the cause of a failure, or {@code null}
 */
public record UploadResult(String merReferenceId, String paymentId, String remoteFileName, String sequence,
                           int documents, long size, String sha256, Path movedTo, String error) {

    /** Whether the documents were uploaded. */
    public boolean uploaded() {
        return error == null;
    }
}
