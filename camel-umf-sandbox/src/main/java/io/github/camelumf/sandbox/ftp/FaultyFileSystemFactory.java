package io.github.camelumf.sandbox.ftp;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;

import org.apache.ftpserver.filesystem.nativefs.NativeFileSystemFactory;
import org.apache.ftpserver.ftplet.FileSystemFactory;
import org.apache.ftpserver.ftplet.FileSystemView;
import org.apache.ftpserver.ftplet.FtpException;
import org.apache.ftpserver.ftplet.FtpFile;
import org.apache.ftpserver.ftplet.User;

/**
 * MINA's native file system, whose upload streams break off as {@link UploadFaults#breakUploadsAfter} says: "disk
 * full" (the write fails) or a dropped connection (the listener closes every session, then the write fails).
 */
final class FaultyFileSystemFactory implements FileSystemFactory {

    private final NativeFileSystemFactory delegate = new NativeFileSystemFactory();
    private final UploadFaults faults;
    private volatile Runnable dropConnections = () -> { };

    FaultyFileSystemFactory(UploadFaults faults) {
        this.faults = faults;
    }

    /** What "drop the connection" does: set by the server once its listener runs. */
    void onDrop(Runnable drop) {
        this.dropConnections = drop;
    }

    @Override
    public FileSystemView createFileSystemView(User user) throws FtpException {
        return new View(delegate.createFileSystemView(user));
    }

    private final class View implements FileSystemView {
        private final FileSystemView view;

        View(FileSystemView view) {
            this.view = view;
        }

        @Override
        public FtpFile getHomeDirectory() throws FtpException {
            return view.getHomeDirectory();
        }

        @Override
        public FtpFile getWorkingDirectory() throws FtpException {
            return view.getWorkingDirectory();
        }

        @Override
        public boolean changeWorkingDirectory(String dir) throws FtpException {
            return view.changeWorkingDirectory(dir);
        }

        @Override
        public FtpFile getFile(String file) throws FtpException {
            FtpFile found = view.getFile(file);
            return found == null ? null : new LimitedFile(found);
        }

        @Override
        public boolean isRandomAccessible() throws FtpException {
            return view.isRandomAccessible();
        }

        @Override
        public void dispose() {
            view.dispose();
        }
    }

    /** A file whose upload stream breaks off; everything else is the native file's. */
    private final class LimitedFile implements FtpFile {
        private final FtpFile file;

        LimitedFile(FtpFile file) {
            this.file = file;
        }

        @Override
        public OutputStream createOutputStream(long offset) throws IOException {
            OutputStream out = file.createOutputStream(offset);
            long limit = faults.breakAfter();
            return limit < 0 ? out : new Breaking(out, limit, faults.breakKind());
        }

        @Override
        public boolean move(FtpFile destination) {
            return file.move(destination instanceof LimitedFile limited ? limited.file : destination);
        }

        @Override
        public String getAbsolutePath() {
            return file.getAbsolutePath();
        }

        @Override
        public String getName() {
            return file.getName();
        }

        @Override
        public boolean isHidden() {
            return file.isHidden();
        }

        @Override
        public boolean isDirectory() {
            return file.isDirectory();
        }

        @Override
        public boolean isFile() {
            return file.isFile();
        }

        @Override
        public boolean doesExist() {
            return file.doesExist();
        }

        @Override
        public boolean isReadable() {
            return file.isReadable();
        }

        @Override
        public boolean isWritable() {
            return file.isWritable();
        }

        @Override
        public boolean isRemovable() {
            return file.isRemovable();
        }

        @Override
        public String getOwnerName() {
            return file.getOwnerName();
        }

        @Override
        public String getGroupName() {
            return file.getGroupName();
        }

        @Override
        public int getLinkCount() {
            return file.getLinkCount();
        }

        @Override
        public long getLastModified() {
            return file.getLastModified();
        }

        @Override
        public boolean setLastModified(long time) {
            return file.setLastModified(time);
        }

        @Override
        public long getSize() {
            return file.getSize();
        }

        @Override
        public Object getPhysicalFile() {
            return file.getPhysicalFile();
        }

        @Override
        public boolean mkdir() {
            return file.mkdir();
        }

        @Override
        public boolean delete() {
            return file.delete();
        }

        @Override
        public List<? extends FtpFile> listFiles() {
            return file.listFiles();
        }

        @Override
        public InputStream createInputStream(long offset) throws IOException {
            return file.createInputStream(offset);
        }
    }

    private final class Breaking extends FilterOutputStream {
        private final long limit;
        private final UploadFaults.Break kind;
        private long written;

        Breaking(OutputStream out, long limit, UploadFaults.Break kind) {
            super(out);
            this.limit = limit;
            this.kind = kind;
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            if (written + len > limit) {
                int room = (int) Math.max(0, limit - written);
                out.write(b, off, room);
                written += room;
                if (kind == UploadFaults.Break.DROP_CONNECTION) {
                    dropConnections.run();
                    throw new IOException("connection dropped by the test server");
                }
                throw new IOException("No space left on device");
            }
            out.write(b, off, len);
            written += len;
        }
    }
}
