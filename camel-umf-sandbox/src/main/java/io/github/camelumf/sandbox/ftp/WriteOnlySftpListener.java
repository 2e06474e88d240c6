package io.github.camelumf.sandbox.ftp;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.CopyOption;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Collection;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.sshd.server.session.ServerSession;
import org.apache.sshd.sftp.server.FileHandle;
import org.apache.sshd.sftp.server.Handle;
import org.apache.sshd.sftp.server.SftpEventListener;

/**
 * The rights of UMF's account over SFTP: no reading a file, no removing, no overwriting (an open for writing of an
 * existing file); and the faults of {@link UploadFaults}. A rename onto an existing name is refused by SSHD itself (as
 * by OpenSSH's sftp-server).
 */
final class WriteOnlySftpListener implements SftpEventListener {

    private final UploadFaults faults;
    private final Map<String, Long> written = new ConcurrentHashMap<>();

    WriteOnlySftpListener(UploadFaults faults) {
        this.faults = faults;
    }

    @Override
    public void opening(ServerSession session, String remoteHandle, Handle localHandle) throws IOException {
        if (!(localHandle instanceof FileHandle file)) {
            return;
        }
        Path path = file.getFile();
        if (file.getOpenOptions().contains(StandardOpenOption.READ)) {
            throw new AccessDeniedException(path.getFileName().toString(), null, "write-only account");
        }
        if (faults.refusesUploads()) {
            throw new AccessDeniedException(path.getFileName().toString(), null, "permission denied");
        }
        if (Files.exists(path)) {
            throw new FileAlreadyExistsException(path.getFileName().toString(), null, "uploads cannot be overwritten");
        }
        written.put(remoteHandle, 0L);
    }

    @Override
    public void writing(ServerSession session, String remoteHandle, FileHandle localHandle, long offset, byte[] data,
                        int dataOffset, int dataLen) throws IOException {
        long limit = faults.breakAfter();
        long total = written.merge(remoteHandle, (long) dataLen, Long::sum);
        if (limit >= 0 && total > limit) {
            if (faults.breakKind() == UploadFaults.Break.DROP_CONNECTION) {
                session.close(true);
                throw new IOException("connection dropped by the test server");
            }
            throw new IOException("No space left on device");
        }
    }

    @Override
    public void closed(ServerSession session, String remoteHandle, Handle localHandle, Throwable thrown)
            throws IOException {
        if (written.remove(remoteHandle) != null && thrown == null) {
            faults.uploaded(localHandle.getFile().getFileName().toString());
        }
    }

    @Override
    public void removing(ServerSession session, Path path, boolean isDirectory) throws IOException {
        throw new AccessDeniedException(path.getFileName().toString(), null, "uploads cannot be deleted");
    }

    @Override
    public void moving(ServerSession session, Path srcPath, Path dstPath, Collection<CopyOption> opts)
            throws IOException {
        if (faults.refusesRenames()) {
            throw new AccessDeniedException(srcPath.getFileName().toString(), null, "no rename");
        }
        // no check of dstPath here: whether a rename replaces an existing file is SSHD's own behaviour (SSH_FXP_RENAME
        // without the overwrite flag refuses, like OpenSSH), which the component's tests check
        faults.renaming(dstPath.getFileName().toString());
    }
}
