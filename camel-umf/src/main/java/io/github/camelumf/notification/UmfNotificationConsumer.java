package io.github.camelumf.notification;

import io.github.camelumf.UmfConstants;
import io.github.camelumf.error.UmfConfigurationException;
import io.github.camelumf.model.NotificationType;
import io.github.camelumf.model.UmfNotification;
import io.github.camelumf.security.SignatureVerifier;
import org.apache.camel.Consumer;
import org.apache.camel.Endpoint;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.Processor;
import org.apache.camel.spi.IdempotentRepository;
import org.apache.camel.support.DefaultConsumer;
import org.apache.camel.support.service.ServiceHelper;

/**
 * The consumer of {@code umf:notification}: an HTTP endpoint on the Camel platform HTTP server (Vert.x in plain
 * Camel, the servlet engine under Spring Boot) that feeds verified, de-duplicated, typed notifications to the route
 * and acknowledges UMF only when the route succeeded.
 */
public class UmfNotificationConsumer extends DefaultConsumer {

    private final String path;
    private final SignatureVerifier verifier;
    private final IdempotentRepository repository;
    private final int maxBodySize;
    private final NotificationStatistics statistics;
    private final StateConfirmation confirmation;
    private Consumer httpConsumer;

    /**
     * @param confirmation asks UMF for the current state of a payment or refund before routing its notification, or
     *                     {@code null} not to ask
     */
    public UmfNotificationConsumer(Endpoint endpoint, Processor processor, String path, SignatureVerifier verifier,
                                   IdempotentRepository repository, int maxBodySize, NotificationStatistics statistics,
                                   StateConfirmation confirmation) {
        super(endpoint, processor);
        this.confirmation = confirmation;
        this.path = path;
        this.verifier = verifier;
        this.repository = repository;
        this.maxBodySize = maxBodySize;
        this.statistics = statistics;
    }

    @Override
    protected void doStart() throws Exception {
        super.doStart();
        ServiceHelper.startService(repository);
        NotificationReceiver receiver = new NotificationReceiver(verifier, repository, maxBodySize, this::route, statistics,
                confirmation);
        try {
            Endpoint http = getEndpoint().getCamelContext()
                    .getEndpoint("platform-http:" + path + "?httpMethodRestrict=POST&useStreaming=true");
            httpConsumer = http.createConsumer(receiver);
            ServiceHelper.startService(httpConsumer);
        } catch (RuntimeException e) {
            throw new UmfConfigurationException("port", "umf:notification found no HTTP server to listen on. Set port (plain"
                                                        + " Camel; needs camel-platform-http-vertx), enable the Camel Main HTTP server"
                                                        + " (camel.server.enabled=true) or run under Spring Boot. Cause: "
                                                        + e.getMessage(), e);
        }
    }

    @Override
    protected void doStop() throws Exception {
        ServiceHelper.stopService(httpConsumer);
        httpConsumer = null;
        super.doStop();
    }

    /** Runs the route for one notification, synchronously; true when it completed without failure. */
    private boolean route(UmfNotification notification) {
        Exchange exchange = createExchange(false);
        try {
            Message message = exchange.getMessage();
            message.setBody(notification);
            message.setHeader(UmfConstants.NOTIFICATION_TYPE, notification.type().name());
            message.setHeader(UmfConstants.STATE, notification.state());
            message.setHeader(UmfConstants.MER_REFERENCE_ID, notification.merReferenceId());
            message.setHeader(UmfConstants.PAYMENT_ID, notification.paymentId());
            if (notification.type() == NotificationType.REFUND) {
                message.setHeader(UmfConstants.REFUND_ID, notification.id());
            }
            getProcessor().process(exchange);
        } catch (Exception e) {
            exchange.setException(e);
        }
        boolean failed = exchange.isFailed();
        releaseExchange(exchange, false);
        return !failed;
    }
}
