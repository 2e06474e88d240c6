package io.github.camelumf.example.b2b;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import io.github.camelumf.UmfConstants;
import io.github.camelumf.b2b.DocumentBody;
import io.github.camelumf.b2b.DocumentEntry;
import io.github.camelumf.b2b.RequiredDocuments;
import io.github.camelumf.model.EnterpriseQualification;
import io.github.camelumf.model.PaymentState;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;

/**
 * The one route: a payment folder in the inbox ({@code <inbox>/<mer_reference_id>/}, complete once its
 * {@code payment.properties} is there) is paid through the UMF API and its documents go to UMF's FTP as one ZIP.
 * <ol>
 * <li>the folder must hold the contract and the invoice (4.4), checked as the component checks them;</li>
 * <li>the enterprise must be registered and enabled by UMF ({@code umf:enterprise/get}, 4.2);</li>
 * <li>{@code umf:payment/create} creates the B2B payment (4.3) with the folder's name as mer_reference_id;</li>
 * <li>the enterprise pays on its bank page ({@link EnterpriseBank}); {@code umf:payment/get} must then read
 * TRADE_SUCCESS;</li>
 * <li>{@code umf:b2b/uploadDocuments} zips the folder's documents into {@code <mer_reference_id><mer_date><seq>.zip}
 * on UMF's FTP (4.4), never replacing a file there;</li>
 * <li>the folder moves to {@code <inbox>/.done/}, and one summary line is written.</li>
 * </ol>
 * Any failure moves the folder to {@code <inbox>/.failed/} with a summary line naming the cause; nothing is retried
 * by itself (a payment must not be created twice: see README.md for resending documents).
 */
public final class B2bDocumentRoutes extends RouteBuilder {

    /** The route's id. */
    public static final String ROUTE_ID = "b2b-documents";

    @Override
    public void configure() {
        boolean embedded = Boolean.parseBoolean(getContext().getPropertiesComponent()
                .resolveProperty("demo.sandbox.embedded").orElse("true").trim());

        onException(Exception.class).handled(true)
                .process(B2bDocumentRoutes::moveToFailed)
                .bean("uploadJournal", "failed");

        // one exchange per payment folder: its payment.properties, written last (readLock: not while it changes)
        from("file:{{b2b.inbox}}?recursive=true&minDepth=2&maxDepth=2&include=payment.properties&noop=true"
             + "&readLock=changed&readLockCheckInterval=500&readLockMarkerFile=false&delay={{b2b.poll-delay}}")
                .routeId(ROUTE_ID)
                .autoStartup(!embedded) // demo mode: started once the demo's enterprise is registered
                .process(exchange -> exchange.setProperty(B2bPaymentRequests.FOLDER,
                        PaymentFolder.of(exchange.getMessage().getBody(File.class).toPath())))
                .process(B2bDocumentRoutes::requireContractAndInvoice) // before the payment exists
                .setHeader(UmfConstants.ENTERPRISE_ID, method("b2bEnterprise", "id"))
                .to("umf:enterprise/get")
                .process(B2bDocumentRoutes::requireEnabledEnterprise)
                .bean("paymentRequests", "prepare")
                .to("umf:payment/create")
                .process(B2bDocumentRoutes::paymentIdFromSelfLink)
                .bean("enterpriseBank", "awaitPayment")
                .to("umf:payment/get")
                .process(B2bDocumentRoutes::requirePaid)
                .process(B2bDocumentRoutes::documentsAsBody)
                .to("{{b2b.upload}}")
                .process(exchange -> exchange.setProperty(UploadJournal.MOVED_TO,
                        folder(exchange).moveTo(PaymentFolder.DONE)))
                .bean("uploadJournal", "uploaded");
    }

    static PaymentFolder folder(Exchange exchange) {
        return exchange.getProperty(B2bPaymentRequests.FOLDER, PaymentFolder.class);
    }

    /**
     * The component checks the documents again before it uploads; checking them first here keeps a folder without
     * its contract or invoice from being paid at all (UMF would cancel that payment after 24 hours).
     */
    private static void requireContractAndInvoice(Exchange exchange) {
        List<DocumentEntry> documents = DocumentBody.entries(folder(exchange).documents());
        try {
            new RequiredDocuments(null, null).check(documents);
        } finally {
            DocumentBody.closeAll(documents);
        }
    }

    private static void requireEnabledEnterprise(Exchange exchange) {
        EnterpriseQualification enterprise = exchange.getMessage().getBody(EnterpriseQualification.class);
        if (enterprise == null || !"ENABLE".equals(enterprise.getEnterpriseStatus())) {
            throw new IllegalStateException("the enterprise is not enabled by UMF (status "
                                            + (enterprise == null ? null : enterprise.getEnterpriseStatus())
                                            + "): B2B payments wait until UMF checked its documents");
        }
    }

    /** 4.3 answers neither id nor state: the payment's id is the last segment of its self link. */
    private static void paymentIdFromSelfLink(Exchange exchange) {
        Map<?, ?> links = exchange.getMessage().getHeader(UmfConstants.LINKS, Map.class);
        Object self = links == null ? null : links.get("self");
        if (self == null) {
            throw new IllegalStateException("payment/create answered no self link");
        }
        String href = self.toString();
        exchange.getMessage().setHeader(UmfConstants.PAYMENT_ID, href.substring(href.lastIndexOf('/') + 1));
    }

    private static void requirePaid(Exchange exchange) {
        String state = exchange.getMessage().getHeader(UmfConstants.STATE, String.class);
        if (!PaymentState.TRADE_SUCCESS.name().equals(state)) {
            throw new IllegalStateException("payment " + exchange.getMessage().getHeader(UmfConstants.PAYMENT_ID)
                                            + " is " + state + ", not TRADE_SUCCESS: no documents are uploaded");
        }
    }

    private static void documentsAsBody(Exchange exchange) {
        exchange.getMessage().setBody(folder(exchange).documents());
    }

    private static void moveToFailed(Exchange exchange) {
        PaymentFolder folder = folder(exchange);
        if (folder == null) { // payment.properties could not be read
            Path file = exchange.getMessage().getBody(File.class).toPath();
            folder = new PaymentFolder(file.toAbsolutePath().getParent(), new Properties());
        }
        if (Files.isDirectory(folder.directory())) {
            exchange.setProperty(UploadJournal.MOVED_TO, folder.moveTo(PaymentFolder.FAILED));
        }
    }
}
