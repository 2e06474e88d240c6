package io.github.camelumf.it;

import java.nio.file.Files;
import java.nio.file.Path;

import io.github.camelumf.sandbox.ftp.UmfFtpServer;
import io.github.camelumf.sandbox.ftp.UploadFaults;
import org.apache.camel.CamelContext;
import org.apache.camel.support.jsse.KeyStoreParameters;
import org.apache.camel.support.jsse.SSLContextParameters;
import org.apache.camel.support.jsse.TrustManagersParameters;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * umf:b2b/uploadDocuments over FTPS (explicit TLS, AUTH TLS, with a certificate generated for the test): the client
 * trusts exactly that certificate (sslContextParameters) and protects the data connection too (PROT P).
 */
class FtpsDocumentUploadTest extends DocumentUploadContract {

    static UmfFtpServer server;
    static Path trustStore;

    @BeforeAll
    static void startServer() throws Exception {
        server = UmfFtpServer.ftps();
        trustStore = server.tls().writeTrustStore(Files.createTempFile("umf-ftps-trust", ".p12"));
    }

    @AfterAll
    static void stopServer() throws Exception {
        server.close();
        Files.deleteIfExists(trustStore);
    }

    @Override
    void bind(CamelContext context) {
        KeyStoreParameters store = new KeyStoreParameters();
        store.setResource("file:" + trustStore.toAbsolutePath());
        store.setPassword(server.tls().trustStorePassword());
        store.setType("PKCS12");
        TrustManagersParameters trust = new TrustManagersParameters();
        trust.setKeyStore(store);
        SSLContextParameters tls = new SSLContextParameters();
        tls.setTrustManagers(trust);
        context.getRegistry().bind("umfFtpsTls", tls);
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
        return server.uri(directory).replace("?", "?sslContextParameters=#umfFtpsTls&execPbsz=0&execProt=P&");
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
