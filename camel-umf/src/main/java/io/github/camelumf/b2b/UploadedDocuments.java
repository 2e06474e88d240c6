package io.github.camelumf.b2b;

import java.util.List;

/**
 * What {@code b2b/uploadDocuments} stored: the remote file name, its sequence, the ZIP's size and SHA-256 (of the
 * bytes sent), and the entries in ZIP order.
 *
 * @param remoteName the final name, {@code <mer_reference_id><mer_date><seq>.zip}
 * @param remotePath the final name with the endpoint's directory ({@code inbox/...zip})
 * @param sequence   the sequence number (1 to 9999)
 * @param size       the ZIP's size in bytes
 * @param sha256     the SHA-256 of the ZIP, lower-case hex
 * @param entries    the entry names
 */
public record UploadedDocuments(String remoteName, String remotePath, int sequence, long size, String sha256,
                                List<String> entries) {
}
