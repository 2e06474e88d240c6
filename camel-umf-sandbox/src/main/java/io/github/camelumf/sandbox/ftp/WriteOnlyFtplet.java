package io.github.camelumf.sandbox.ftp;

import java.io.IOException;

import org.apache.ftpserver.ftplet.DefaultFtpReply;
import org.apache.ftpserver.ftplet.DefaultFtplet;
import org.apache.ftpserver.ftplet.FtpException;
import org.apache.ftpserver.ftplet.FtpFile;
import org.apache.ftpserver.ftplet.FtpReply;
import org.apache.ftpserver.ftplet.FtpRequest;
import org.apache.ftpserver.ftplet.FtpSession;
import org.apache.ftpserver.ftplet.FtpletResult;

/**
 * The rights of UMF's account on the FTP server: no download (RETR), no delete (DELE, RMD), no overwrite (STOR,
 * APPE or a rename onto an existing name); and the faults of {@link UploadFaults} that act on whole commands.
 */
final class WriteOnlyFtplet extends DefaultFtplet {

    private final UploadFaults faults;

    WriteOnlyFtplet(UploadFaults faults) {
        this.faults = faults;
    }

    @Override
    public FtpletResult onDownloadStart(FtpSession session, FtpRequest request) throws FtpException, IOException {
        return refuse(session, FtpReply.REPLY_550_REQUESTED_ACTION_NOT_TAKEN, "Permission denied: write-only account");
    }

    @Override
    public FtpletResult onDeleteStart(FtpSession session, FtpRequest request) throws FtpException, IOException {
        return refuse(session, FtpReply.REPLY_550_REQUESTED_ACTION_NOT_TAKEN, "Permission denied: uploads cannot be deleted");
    }

    @Override
    public FtpletResult onRmdirStart(FtpSession session, FtpRequest request) throws FtpException, IOException {
        return refuse(session, FtpReply.REPLY_550_REQUESTED_ACTION_NOT_TAKEN, "Permission denied");
    }

    @Override
    public FtpletResult onUploadStart(FtpSession session, FtpRequest request) throws FtpException, IOException {
        if (faults.refusesUploads()) {
            return refuse(session, FtpReply.REPLY_550_REQUESTED_ACTION_NOT_TAKEN, "Permission denied");
        }
        if (exists(session, request.getArgument())) {
            return refuse(session, FtpReply.REPLY_553_REQUESTED_ACTION_NOT_TAKEN_FILE_NAME_NOT_ALLOWED,
                    "File exists: uploads cannot be overwritten");
        }
        return FtpletResult.DEFAULT;
    }

    @Override
    public FtpletResult onAppendStart(FtpSession session, FtpRequest request) throws FtpException, IOException {
        return refuse(session, FtpReply.REPLY_550_REQUESTED_ACTION_NOT_TAKEN, "Permission denied: no append");
    }

    @Override
    public FtpletResult onUploadEnd(FtpSession session, FtpRequest request) throws FtpException, IOException {
        faults.uploaded(name(request.getArgument()));
        return FtpletResult.DEFAULT;
    }

    @Override
    public FtpletResult onRenameStart(FtpSession session, FtpRequest request) throws FtpException, IOException {
        if (faults.refusesRenames()) {
            return refuse(session, FtpReply.REPLY_553_REQUESTED_ACTION_NOT_TAKEN_FILE_NAME_NOT_ALLOWED,
                    "Permission denied: no rename");
        }
        faults.renaming(name(request.getArgument()));
        return FtpletResult.DEFAULT;
    }

    private static boolean exists(FtpSession session, String name) throws FtpException {
        FtpFile file = session.getFileSystemView().getFile(name);
        return file != null && file.doesExist();
    }

    private static String name(String argument) {
        int slash = argument.lastIndexOf('/');
        return slash < 0 ? argument : argument.substring(slash + 1);
    }

    private static FtpletResult refuse(FtpSession session, int code, String text) throws FtpException {
        session.write(new DefaultFtpReply(code, text));
        return FtpletResult.SKIP;
    }
}
