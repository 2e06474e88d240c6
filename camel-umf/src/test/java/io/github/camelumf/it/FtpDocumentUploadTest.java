package io.github.camelumf.it;

import java.nio.file.Files;
import java.nio.file.Path;

import io.github.camelumf.UmfComponent;
import io.github.camelumf.UmfConstants;

import io.github.camelumf.sandbox.ftp.UmfFtpServer;
import io.github.camelumf.sandbox.ftp.UploadFaults;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.apache.camel.LoggingLevel;
import org.apache.camel.builder.RouteBuilder;
import org.apache.logging.log4j.Level;

import static org.assertj.core.api.Assertions.assertThat;

/** umf:b2b/uploadDocuments over plain FTP (Apache MINA FtpServer, write-only user, passive mode). */
class FtpDocumentUploadTest extends DocumentUploadContract {

    static UmfFtpServer server;

    @BeforeAll
    static void startServer() {
        server = UmfFtpServer.ftp();
    }

    @AfterAll
    static void stopServer() {
        server.close();
    }

    @Test
    void routeUploadsAPaymentFolderWithTheUriInAPropertyAndLogsNoSecret() throws Exception {
        Path payment = Files.createDirectories(local.resolve("B2B0099"));
        Files.write(payment.resolve("contract.pdf"), random(5_000, 30));
        Files.write(payment.resolve("invoice.pdf"), random(5_000, 31));
        String uriWithoutPassword = documentsUri(folder).replace("&password=RAW(" + password() + ")", "");
        context.getPropertiesComponent().addInitialProperty("umf.documents.uri", uriWithoutPassword);
        context.getComponent("umf", UmfComponent.class).getConfiguration().setDocumentsPassword(password());

        try (CapturingAppender logs = CapturingAppender.attach(Level.TRACE, "org.apache.camel", "io.github.camelumf",
                "b2b.documents")) {
            context.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    // tag::b2b-upload-documents-route[]
                    from("direct:payment-documents") // body: the payment's folder, with its contract and invoice
                            .setHeader(UmfConstants.MER_REFERENCE_ID, header("merReferenceId"))
                            .setHeader(UmfConstants.MER_DATE, header("merDate"))
                            .to("umf:b2b/uploadDocuments?documentsUri=RAW({{umf.documents.uri}})")
                            .log(LoggingLevel.INFO, "b2b.documents", "Documents of ${header.merReferenceId} uploaded as"
                                 + " ${body} (${header.CamelUmfDocumentsSize} bytes, SHA-256"
                                 + " ${header.CamelUmfDocumentsSha256})");
                    // end::b2b-upload-documents-route[]
                }
            });
            String name = template.requestBodyAndHeaders("direct:payment-documents", payment,
                    java.util.Map.of("merReferenceId", "B2B0099", "merDate", MER_DATE), String.class);

            assertThat(name).isEqualTo("B2B0099" + MER_DATE + "0001.zip");
            assertThat(unzip(Files.readAllBytes(remote.resolve(name)))).containsOnlyKeys("contract.pdf", "invoice.pdf");
            assertThat(logs.text()).contains("uploaded as " + name).doesNotContain(password());
        }
    }

    @Override
    boolean warnsAtStart() {
        return true;
    }

    @Override
    Path serverDirectory() {
        return server.directory();
    }

    @Override
    String documentsUri(String directory) {
        return server.uri(directory);
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
