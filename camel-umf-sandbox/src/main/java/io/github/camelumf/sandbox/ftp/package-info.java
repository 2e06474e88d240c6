/**
 * UMF's document FTP (section 4.4) for tests and examples: write-only FTP and FTPS ({@link
 * io.github.camelumf.sandbox.ftp.UmfFtpServer}, Apache MINA FtpServer) and SFTP ({@link
 * io.github.camelumf.sandbox.ftp.UmfSftpServer}, Apache MINA SSHD) servers on 127.0.0.1. Like UMF's account, the user
 * can list and write, but not download, delete, or overwrite a file; renaming to a free name is allowed. Faults
 * ({@link io.github.camelumf.sandbox.ftp.UploadFaults}) refuse uploads, fill the disk or drop the connection after a
 * number of bytes, refuse renames, and let a test act between two steps of an upload. The servers' libraries are
 * optional dependencies of the sandbox: add {@code org.apache.ftpserver:ftpserver-core} and/or
 * {@code org.apache.sshd:sshd-core} with {@code sshd-sftp} to use them.
 */
package io.github.camelumf.sandbox.ftp;
