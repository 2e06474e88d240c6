package io.github.camelumf;

import io.github.camelumf.http.UmfResponse;
import io.github.camelumf.operation.UmfOperation;
import io.github.camelumf.upload.UploadFile;
import org.apache.camel.Exchange;
import org.apache.camel.support.DefaultProducer;

/**
 * Sends the message's file to a MULTIPART row ({@code umf:file/upload}, {@code umf:tuition/uploadFiles}): one part
 * {@code file} with the file name and content type, streamed, at most {@code maxUploadSize} bytes, with the
 * {@code Signature} header made over the file's bytes; the verified answer becomes the row's typed result.
 */
public class UmfMultipartProducer extends DefaultProducer {

    private final UmfOperation operation;
    private final UmfResultMapper resultMapper;
    private final long maxUploadSize;

    public UmfMultipartProducer(UmfEndpoint endpoint) {
        super(endpoint);
        this.operation = endpoint.getOperation();
        this.resultMapper = new UmfResultMapper(operation, endpoint.getConfiguration().isThrowExceptionOnFailure());
        this.maxUploadSize = endpoint.getConfiguration().getMaxUploadSize();
    }

    @Override
    public UmfEndpoint getEndpoint() {
        return (UmfEndpoint) super.getEndpoint();
    }

    @Override
    public void process(Exchange exchange) throws Exception {
        try (UploadFile file = UploadFile.of(exchange.getMessage(), maxUploadSize)) {
            UmfClientRegistry.Lease lease = getEndpoint().lease();
            String signature = file.sign(lease.keys().signer());
            UmfResponse response = lease.client().upload(operation.endpointName(), operation.path(), file.entity(),
                    signature);
            resultMapper.apply(exchange, response);
        }
    }
}
