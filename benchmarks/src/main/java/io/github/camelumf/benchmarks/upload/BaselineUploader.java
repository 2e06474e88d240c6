package io.github.camelumf.benchmarks.upload;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.commons.net.ftp.FTP;
import org.apache.commons.net.ftp.FTPClient;

/**
 * The baseline: the finished ZIP file put with commons-net's {@code FTPClient.storeFile}, nothing else (no listing,
 * no temporary name, no zipping). Binary, passive, and the same 128 KiB buffer camel-ftp gives its client by default
 * ({@code bufferSize}), so that the two differ only by what camel-umf and camel-ftp do on top of the transfer.
 */
final class BaselineUploader {

    private static final int BUFFER = 128 * 1024;

    private final int port;
    private final String password;

    BaselineUploader(int port, String password) {
        this.port = port;
        this.password = password;
    }

    void upload(Path zip, String remoteName) throws IOException {
        FTPClient client = new FTPClient();
        client.setBufferSize(BUFFER);
        client.connect("127.0.0.1", port);
        try {
            if (!client.login(BenchFtpServer.USER, password)) {
                throw new IOException("login refused: " + client.getReplyString());
            }
            client.enterLocalPassiveMode();
            client.setFileType(FTP.BINARY_FILE_TYPE);
            try (InputStream in = Files.newInputStream(zip)) {
                if (!client.storeFile(remoteName, in)) {
                    throw new IOException("STOR refused: " + client.getReplyString());
                }
            }
            client.logout();
        } finally {
            client.disconnect();
        }
    }
}
