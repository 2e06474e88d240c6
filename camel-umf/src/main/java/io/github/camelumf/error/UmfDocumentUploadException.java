package io.github.camelumf.error;

/**
 * The document ZIP of {@code b2b/uploadDocuments} did not reach its final name on UMF's FTP, FTPS or SFTP server:
 * connection or login refused, transfer broken off, permission denied, disk full, rename refused. Names the server
 * (protocol, user, host and port: never a password), the remote file name meant and, when the server kept a part
 * of the transfer, the temporary file left behind (a write-only account cannot delete it; it never has the final
 * {@code .zip} name, so UMF does not take it for the documents). Sending the message again uploads a fresh ZIP with
 * the next free sequence number.
 */
public class UmfDocumentUploadException extends UmfException {

    private static final long serialVersionUID = 1L;

    private final String server;
    private final String remoteName;
    private final String leftBehind;

    public UmfDocumentUploadException(String message, String server, String remoteName, String leftBehind,
                                      Throwable cause) {
        super(message + " [server " + server + ", remote file " + remoteName
              + (leftBehind == null ? "" : ", a partial upload may remain as " + leftBehind) + "]", cause);
        this.server = server;
        this.remoteName = remoteName;
        this.leftBehind = leftBehind;
    }

    /** The server, as protocol://user@host:port/directory (no password). */
    public String getServer() {
        return server;
    }

    /** The final name the ZIP was meant to have ({@code <mer_reference_id><mer_date><seq>.zip}). */
    public String getRemoteName() {
        return remoteName;
    }

    /** The temporary file a broken transfer may have left on the server, or {@code null}. */
    public String getLeftBehind() {
        return leftBehind;
    }
}
