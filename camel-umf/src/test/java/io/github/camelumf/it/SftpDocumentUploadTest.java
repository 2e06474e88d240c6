package io.github.camelumf.it;

import java.nio.file.Files;
import java.nio.file.Path;

import io.github.camelumf.sandbox.ftp.UmfSftpServer;
import io.github.camelumf.sandbox.ftp.UploadFaults;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** umf:b2b/uploadDocuments over SFTP (Apache MINA SSHD, write-only user, host key checked against known_hosts). */
class SftpDocumentUploadTest extends DocumentUploadContract {

    static UmfSftpServer server;
    static Path knownHosts;

    @BeforeAll
    static void startServer() throws Exception {
        server = UmfSftpServer.start();
        knownHosts = server.writeKnownHosts(Files.createTempFile("umf-known-hosts", ""));
    }

    @AfterAll
    static void stopServer() throws Exception {
        server.close();
        Files.deleteIfExists(knownHosts);
    }

    @Override
    boolean warnsAtStart() {
        return false;
    }

    @Override
    Path serverDirectory() {
        return server.directory();
    }

    @Override
    String documentsUri(String directory) {
        return server.uri(directory, knownHosts);
    }

    @Override
    String password() {
        return server.password();
    }

    @Override
    UploadFaults faults() {
        return server.faults();
    }
}
