package io.github.camelumf.notification;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import io.github.camelumf.model.UmfNotification;
import io.github.camelumf.security.SignatureVerifier;
import io.github.camelumf.security.VerificationResult;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.Processor;
import org.apache.camel.spi.IdempotentRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Handles one HTTP delivery of a UMF notification, in this order: size, {@code Signature} over the raw bytes,
 * JSON, type; then de-duplication, the route, and only after the route succeeded the acknowledgement. A failed route
 * answers 500 so that UMF delivers again; a delivery of a notification still being processed answers 409 for the
 * same reason, and so does one that another node is processing (a shared repository throws
 * {@link NotificationInFlightException}). When the repository cannot be reached, or cannot record a routed
 * notification, the answer is 503: UMF delivers again, nothing is lost. Rejections are logged at WARN without the body
 * and counted.
 */
final class NotificationReceiver implements Processor {

    /** Runs the user's route for a verified notification; true when it completed without failure. */
    @FunctionalInterface
    interface Route {
        boolean process(UmfNotification notification);
    }

    private static final Logger LOG = LoggerFactory.getLogger(NotificationReceiver.class);
    private static final String SIGNATURE = "Signature";

    private final SignatureVerifier verifier;
    private final IdempotentRepository repository;
    private final int maxBodySize;
    private final Route route;
    private final NotificationStatistics statistics;
    private final NotificationParser parser = new NotificationParser();
    private final Set<String> inFlight = ConcurrentHashMap.newKeySet();

    NotificationReceiver(SignatureVerifier verifier, IdempotentRepository repository, int maxBodySize, Route route,
                         NotificationStatistics statistics) {
        this.verifier = verifier;
        this.repository = repository;
        this.maxBodySize = maxBodySize;
        this.route = route;
        this.statistics = statistics;
    }

    @Override
    public void process(Exchange http) throws Exception {
        Message in = http.getMessage();
        String method = in.getHeader(Exchange.HTTP_METHOD, String.class);
        if (method != null && !"POST".equalsIgnoreCase(method)) {
            reject(http, NotificationRejection.METHOD_NOT_ALLOWED);
            return;
        }
        byte[] body = in.getBody(byte[].class);
        if (body == null) {
            body = new byte[0];
        }
        if (body.length > maxBodySize) {
            reject(http, NotificationRejection.TOO_LARGE);
            return;
        }
        VerificationResult signature = verifier.check(body, in.getHeader(SIGNATURE, String.class));
        if (!signature.isValid()) {
            reject(http, switch (signature) {
                case MISSING -> NotificationRejection.MISSING_SIGNATURE;
                case MALFORMED -> NotificationRejection.MALFORMED_SIGNATURE;
                default -> NotificationRejection.INVALID_SIGNATURE;
            });
            return;
        }
        UmfNotification notification;
        try {
            notification = parser.parse(body);
        } catch (NotificationParser.NotANotification e) {
            reject(http, e.rejection());
            return;
        }
        deliver(http, notification);
    }

    private void deliver(Exchange http, UmfNotification notification) {
        String key = notification.type() + ":" + notification.id() + ":" + notification.state();
        if (!inFlight.add(key)) {
            statistics.busy();
            LOG.info("UMF notification {} {} is still being processed; asking UMF to deliver again", notification.type(),
                    notification.id());
            answer(http, 409, NotificationAnswers.refusal("the same notification is being processed"));
            return;
        }
        try {
            Boolean added = addToRepository(http, notification, key);
            if (added == null) {
                return;
            }
            if (!added) {
                statistics.duplicate();
                LOG.debug("UMF notification {} {} ({}) was processed before: acknowledged, not routed again",
                        notification.type(), notification.id(), notification.state());
                answer(http, 200, NotificationAnswers.acknowledgement());
                return;
            }
            if (!route.process(notification)) {
                removeFromRepository(notification, key);
                statistics.failed();
                LOG.warn("The route failed for UMF notification {} {} ({}): answered 500 so that UMF delivers it again",
                        notification.type(), notification.id(), notification.state());
                answer(http, 500, NotificationAnswers.refusal("the merchant could not process the notification"));
                return;
            }
            confirmInRepository(notification, key);
            statistics.accepted();
            answer(http, 200, NotificationAnswers.acknowledgement());
        } finally {
            inFlight.remove(key);
        }
    }

    /** {@code repository.add}; null when it could not decide and the delivery was answered already. */
    private Boolean addToRepository(Exchange http, UmfNotification notification, String key) {
        try {
            return repository.add(key);
        } catch (NotificationInFlightException e) {
            statistics.busy();
            LOG.info("UMF notification {} {} is being processed by another node; asking UMF to deliver again",
                    notification.type(), notification.id());
            answer(http, 409, NotificationAnswers.refusal("the same notification is being processed"));
        } catch (RuntimeException e) {
            statistics.failed();
            LOG.warn("Cannot check UMF notification {} {} against the repository ({}): answered 503 so that UMF delivers"
                     + " it again", notification.type(), notification.id(), e.getMessage());
            answer(http, 503, NotificationAnswers.refusal("the merchant cannot process notifications now"));
        }
        return null;
    }

    /**
     * {@code repository.confirm}. The route succeeded, so the notification is acknowledged even if it could not be
     * recorded as done: answering a failure would only make UMF deliver it again and route it twice.
     */
    private void confirmInRepository(UmfNotification notification, String key) {
        try {
            repository.confirm(key);
        } catch (RuntimeException e) {
            LOG.warn("UMF notification {} {} ({}) was routed and is acknowledged, but could not be recorded as done ({});"
                     + " a later duplicate delivery would be routed again", notification.type(), notification.id(),
                    notification.state(), e.getMessage());
        }
    }

    /** {@code repository.remove} after a failed route; a failure here leaves nothing recorded either. */
    private void removeFromRepository(UmfNotification notification, String key) {
        try {
            repository.remove(key);
        } catch (RuntimeException e) {
            LOG.warn("Cannot remove UMF notification {} {} from the repository after its route failed ({})",
                    notification.type(), notification.id(), e.getMessage());
        }
    }

    private void reject(Exchange http, NotificationRejection rejection) {
        statistics.rejected(rejection);
        LOG.warn("Refused a notification on {}: {} (HTTP {})", http.getMessage().getHeader(Exchange.HTTP_PATH),
                rejection.reason(), rejection.httpStatus());
        answer(http, rejection.httpStatus(), NotificationAnswers.refusal(rejection.reason()));
    }

    private static void answer(Exchange http, int status, byte[] body) {
        Message out = http.getMessage();
        out.removeHeaders("*");
        out.setHeader(Exchange.HTTP_RESPONSE_CODE, status);
        out.setHeader(Exchange.CONTENT_TYPE, NotificationAnswers.CONTENT_TYPE);
        out.setBody(body);
    }
}
