package io.github.camelumf;

import io.github.camelumf.error.UmfConfigurationException;
import io.github.camelumf.http.UmfApiClient;
import io.github.camelumf.notification.EmbeddedNotificationServer;
import io.github.camelumf.notification.NotificationStatistics;
import io.github.camelumf.notification.UmfNotificationConsumer;
import io.github.camelumf.operation.OperationKind;
import io.github.camelumf.operation.UmfOperation;
import org.apache.camel.Category;
import org.apache.camel.api.management.ManagedAttribute;
import org.apache.camel.api.management.ManagedResource;
import org.apache.camel.Consumer;
import org.apache.camel.Processor;
import org.apache.camel.Producer;
import org.apache.camel.spi.EndpointServiceLocation;
import org.apache.camel.spi.IdempotentRepository;
import org.apache.camel.spi.UriEndpoint;
import org.apache.camel.spi.UriParam;
import org.apache.camel.support.ScheduledPollEndpoint;
import org.apache.camel.support.processor.idempotent.MemoryIdempotentRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A UMF API operation, for example umf:payment/create, or umf:notification, the receiver of UMF's notifications.
 * Routes send plain business data (a typed model, a Map or JSON) and receive UMF's verified, typed result; tokens,
 * signing, encryption and verification are done here.
 */
@ManagedResource(description = "UMF endpoint")
@UriEndpoint(firstVersion = "0.1.0", scheme = "umf", title = "UMF", syntax = "umf:operation",
             category = { Category.SAAS }, headersClass = UmfConstants.class)
public class UmfEndpoint extends ScheduledPollEndpoint implements EndpointServiceLocation {

    private static final Logger LOG = LoggerFactory.getLogger(UmfEndpoint.class);
    private static final int DEFAULT_REMEMBERED_NOTIFICATIONS = 10_000;

    @UriParam
    private final UmfConfiguration configuration;

    private final UmfOperation operation;
    private final NotificationStatistics notificationStatistics = new NotificationStatistics();
    private UmfClientRegistry.Lease lease;

    UmfEndpoint(String uri, UmfComponent component, UmfConfiguration configuration, UmfOperation operation) {
        super(uri, component);
        this.configuration = configuration;
        this.operation = operation;
    }

    @Override
    public Producer createProducer() {
        if (operation.isConsumer()) {
            throw new UnsupportedOperationException("umf:" + operation + " receives UMF's notifications: use it in from()");
        }
        if (operation.kind() == OperationKind.MULTIPART) {
            return new UmfMultipartProducer(this);
        }
        if (operation.kind() == OperationKind.FTP) {
            return new UmfDocumentUploadProducer(this);
        }
        return new UmfProducer(this);
    }

    @Override
    public Consumer createConsumer(Processor processor) throws Exception {
        if (StatementPollConsumer.canPoll(operation)) {
            StatementPollConsumer poller = new StatementPollConsumer(this, processor);
            configureConsumer(poller);
            return poller;
        }
        if (!operation.isConsumer()) {
            throw new UnsupportedOperationException("umf:" + operation + " calls UMF: use it in to(); only umf:notification,"
                                                    + " umf:settlement/download and umf:transactions/download can be"
                                                    + " consumed from");
        }
        if (configuration.getMaxBodySize() <= 0) {
            throw new UmfConfigurationException("maxBodySize", "must be a positive number of bytes");
        }
        if (configuration.getPort() > 0) {
            EmbeddedNotificationServer.ensure(getCamelContext(), configuration.getBindHost(), configuration.getPort(),
                    configuration.getMaxBodySize());
        }
        IdempotentRepository repository = configuration.getIdempotentRepository();
        if (repository == null) {
            LOG.warn("umf:notification on {} remembers processed notifications in memory only (the last {}): after a"
                     + " restart or eviction a captured notification can be routed again{}. Set idempotentRepository"
                     + " to a persistent one (JDBC, ...)", configuration.getPath(), DEFAULT_REMEMBERED_NOTIFICATIONS,
                    configuration.isConfirmNotifications() ? " unless UMF contradicts its state"
                            : " (and confirmNotifications is off)");
            repository = MemoryIdempotentRepository.memoryIdempotentRepository(DEFAULT_REMEMBERED_NOTIFICATIONS);
        }
        UmfNotificationConsumer consumer = new UmfNotificationConsumer(this, processor, normalisedPath(),
                UmfKeys.loadVerifier(getCamelContext(), configuration), repository, configuration.getMaxBodySize(),
                notificationStatistics, configuration.isConfirmNotifications()
                        ? new UmfNotificationConfirmer(this::confirmationClient) : null);
        getComponent().metrics().bindNotifications(normalisedPath(), notificationStatistics);
        configureConsumer(consumer);
        return consumer;
    }

    private String normalisedPath() {
        String path = configuration.getPath();
        if (path == null || path.isBlank()) {
            throw new UmfConfigurationException("path", "is required for umf:notification");
        }
        return path.startsWith("/") ? path : "/" + path;
    }

    @Override
    public UmfComponent getComponent() {
        return (UmfComponent) super.getComponent();
    }

    /** The client that confirms notifications with UMF, acquired on first use (after the endpoint started). */
    private synchronized UmfApiClient confirmationClient() {
        if (lease == null) {
            requireClientOptions("confirmNotifications (which calls payment/get and refund/get)");
            lease = getComponent().clients().acquire(getCamelContext(), configuration);
        }
        return lease.client();
    }

    @Override
    protected void doStart() throws Exception {
        super.doStart();
        if (operation.isConsumer()) {
            if (configuration.isConfirmNotifications()) {
                requireClientOptions("confirmNotifications (which calls payment/get and refund/get)");
            }
            return;
        }
        if (operation.kind() == OperationKind.FTP) {
            // b2b/uploadDocuments talks to UMF's FTP server only (documentsUri), never to the API
            return;
        }
        // the statement poller (a consumer of a producer row) needs the client as well
        BaseUrlCheck.check(configuration.resolveBaseUrl());
        requireClientOptions(null);
        lease = getComponent().clients().acquire(getCamelContext(), configuration);
    }

    private void requireClientOptions(String neededBy) {
        String suffix = neededBy == null ? "" : " for " + neededBy + "; or set confirmNotifications=false";
        if (configuration.resolveBaseUrl() == null) {
            throw new UmfConfigurationException("baseUrl", "is required when environment is SANDBOX" + suffix);
        }
        requireOption("clientId", configuration.getClientId(), suffix);
        requireOption("clientSecret", configuration.getClientSecret(), suffix);
    }

    private static void requireOption(String option, String value, String suffix) {
        if (value == null || value.isBlank()) {
            throw new UmfConfigurationException(option, "is required" + suffix);
        }
    }

    @Override
    protected synchronized void doStop() throws Exception {
        if (lease != null) {
            lease.release();
            lease = null;
        }
        super.doStop();
    }

    UmfClientRegistry.Lease lease() {
        return lease;
    }

    public UmfConfiguration getConfiguration() {
        return configuration;
    }

    public UmfOperation getOperation() {
        return operation;
    }

    /** The counters of umf:notification: accepted, duplicates, failed routes and rejections by reason. */
    public NotificationStatistics getNotificationStatistics() {
        return notificationStatistics;
    }

    @ManagedAttribute(description = "Notifications routed and acknowledged")
    public long getNotificationsAccepted() {
        return notificationStatistics.getAccepted();
    }

    @ManagedAttribute(description = "Redelivered notifications acknowledged again without routing")
    public long getNotificationsDuplicate() {
        return notificationStatistics.getDuplicates();
    }

    @ManagedAttribute(description = "Notifications whose route failed (answered 500 so that UMF delivers again)")
    public long getNotificationsFailed() {
        return notificationStatistics.getFailed();
    }

    @ManagedAttribute(description = "Notifications of a state earlier than one already processed: acknowledged, not"
                                    + " routed")
    public long getNotificationsStale() {
        return notificationStatistics.getStale();
    }

    @ManagedAttribute(description = "Notifications refused before routing (signature, size, JSON, type, method,"
                                    + " state not confirmed by UMF)")
    public long getNotificationsRejected() {
        return notificationStatistics.getRejected();
    }

    @ManagedAttribute(description = "How many UMF answers verified with each meta.sign form (FORM=n, ...), "
                                    + "for this endpoint's client; empty for umf:notification")
    public String getResponseSignatureForms() {
        UmfClientRegistry.Lease current = lease;
        return current == null ? "" : current.client().signatureFormMatches();
    }

    @Override
    public String getServiceUrl() {
        if (operation.kind() == OperationKind.FTP) {
            // the server and directory only: no query (options, passwords) and no password in the user info
            String uri = configuration.getDocumentsUri();
            return uri == null ? null
                    : org.apache.camel.util.URISupport.stripQuery(uri.trim()).replaceFirst("^([a-z]+://[^/@:]*):[^@/]*@",
                            "$1@");
        }
        return operation.isConsumer() ? configuration.getPath() : configuration.resolveBaseUrl();
    }

    @Override
    public String getServiceProtocol() {
        if (operation.kind() == OperationKind.FTP) {
            String uri = configuration.getDocumentsUri();
            return uri == null || uri.indexOf(':') < 0 ? "ftp" : uri.substring(0, uri.indexOf(':'));
        }
        return operation.isConsumer() ? "http" : "rest";
    }
}
