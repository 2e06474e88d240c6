package io.github.camelumf.benchmarks.upload;

import java.nio.file.Path;
import java.util.List;

import io.github.camelumf.UmfConstants;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.impl.DefaultCamelContext;

/**
 * The measured side: the documents (a list of files) sent to {@code umf:b2b/uploadDocuments}, which zips them while
 * it uploads (no ZIP on disk or in memory) through camel-ftp to the benchmark's server, with camel-ftp's defaults
 * (binary, passive). {@code -Dbench.options=&name=value...} adds endpoint options (for example
 * {@code &compressionLevel=1}).
 */
final class CamelUploader implements AutoCloseable {

    private final CamelContext camel = new DefaultCamelContext();
    private final ProducerTemplate template;
    private final String uri;

    CamelUploader(int port, String password) {
        camel.getPropertiesComponent().addInitialProperty("bench.ftp.password", password);
        camel.start();
        template = camel.createProducerTemplate();
        uri = "umf:b2b/uploadDocuments?documentsUri=RAW(ftp://" + BenchFtpServer.USER + "@127.0.0.1:" + port
              + "/?passiveMode=true)&documentsPassword=RAW({{bench.ftp.password}})"
              + System.getProperty("bench.options", ""); // e.g. -Dbench.options=&compressionLevel=1
    }

    /** Uploads the documents as the payment's ZIP; returns the remote file name and the ZIP's SHA-256. */
    String[] upload(List<Path> documents, String merReferenceId, String merDate) {
        Exchange done = template.request(uri, exchange -> {
            exchange.getMessage().setHeader(UmfConstants.MER_REFERENCE_ID, merReferenceId);
            exchange.getMessage().setHeader(UmfConstants.MER_DATE, merDate);
            exchange.getMessage().setBody(documents);
        });
        if (done.getException() != null) {
            throw new IllegalStateException("the upload through camel-umf failed", done.getException());
        }
        return new String[] {done.getMessage().getHeader(UmfConstants.DOCUMENTS_FILE_NAME, String.class),
                             done.getMessage().getHeader(UmfConstants.DOCUMENTS_SHA256, String.class)};
    }

    @Override
    public void close() throws Exception {
        template.close();
        camel.close();
    }
}
