package io.github.camelumf;

import java.util.List;

import io.github.camelumf.b2b.DocumentBody;
import io.github.camelumf.b2b.DocumentEntry;
import io.github.camelumf.b2b.DocumentUpload;
import io.github.camelumf.b2b.DocumentsEndpoint;
import io.github.camelumf.b2b.DocumentZipName;
import io.github.camelumf.b2b.RequiredDocuments;
import io.github.camelumf.b2b.UploadedDocuments;
import io.github.camelumf.error.UmfConfigurationException;
import io.github.camelumf.error.UmfValidationException;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.component.file.remote.RemoteFileEndpoint;
import org.apache.camel.support.DefaultProducer;
import org.apache.camel.support.service.ServiceHelper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Serves the FTP row {@code umf:b2b/uploadDocuments} (section 4.4): checks the payment's reference and date, the
 * documents of the body and the contract and invoice among them, all before connecting; then zips the documents
 * while uploading them to the camel-ftp endpoint of {@code documentsUri} under the payment's next free name
 * ({@link DocumentUpload}). Out: the body is the remote file name, with the {@code CamelUmfDocuments*} headers.
 */
public class UmfDocumentUploadProducer extends DefaultProducer {

    private static final Logger LOG = LoggerFactory.getLogger(UmfDocumentUploadProducer.class);

    private final UmfConfiguration configuration;
    private RequiredDocuments required;
    private RemoteFileEndpoint<?> remote;
    private DocumentUpload upload;

    public UmfDocumentUploadProducer(UmfEndpoint endpoint) {
        super(endpoint);
        this.configuration = endpoint.getConfiguration();
    }

    @Override
    protected void doStart() throws Exception {
        super.doStart();
        required = new RequiredDocuments(configuration.getContractPattern(), configuration.getInvoicePattern());
        if (configuration.getCompressionLevel() < -1 || configuration.getCompressionLevel() > 9) {
            throw new UmfConfigurationException("compressionLevel", "must be 0 to 9, or -1 for the default");
        }
        remote = DocumentsEndpoint.create(getEndpoint().getCamelContext(), configuration.getDocumentsUri(),
                configuration.getDocumentsPassword());
        ServiceHelper.startService(remote);
        upload = new DocumentUpload(remote, configuration.getCompressionLevel(), configuration.isTempFileUpload());
        TransportWarnings.log(LOG, remote, upload.server());
    }

    @Override
    protected void doStop() throws Exception {
        ServiceHelper.stopService(remote);
        remote = null;
        super.doStop();
    }

    @Override
    public void process(Exchange exchange) {
        Message message = exchange.getMessage();
        DocumentZipName names = DocumentZipName.of(
                value(message, UmfConstants.MER_REFERENCE_ID, configuration.getMerReferenceId(), "merReferenceId"),
                value(message, UmfConstants.MER_DATE, configuration.getMerDate(), "merDate"));
        List<DocumentEntry> documents = DocumentBody.entries(message.getBody());
        UploadedDocuments uploaded;
        try {
            required.check(documents);
            uploaded = upload.upload(names, documents);
        } finally {
            DocumentBody.closeAll(documents);
        }
        message.setHeader(UmfConstants.DOCUMENTS_FILE_NAME, uploaded.remoteName());
        message.setHeader(UmfConstants.DOCUMENTS_SEQUENCE, uploaded.sequence());
        message.setHeader(UmfConstants.DOCUMENTS_SIZE, uploaded.size());
        message.setHeader(UmfConstants.DOCUMENTS_SHA256, uploaded.sha256());
        message.setHeader(UmfConstants.DOCUMENTS_ENTRIES, uploaded.entries());
        message.setHeader(Exchange.FILE_NAME_PRODUCED, uploaded.remotePath());
        message.setBody(uploaded.remoteName());
    }

    /** The header, else the endpoint option; required. */
    private static String value(Message message, String header, String option, String optionName) {
        String value = message.getHeader(header, String.class);
        if (value == null || value.isBlank()) {
            value = option;
        }
        if (value == null || value.isBlank()) {
            throw new UmfValidationException(optionName, "is required for b2b/uploadDocuments: set the header " + header
                                                         + " or the endpoint option " + optionName);
        }
        return value.trim();
    }
}
