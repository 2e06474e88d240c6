package io.github.camelumf.notification;

import java.io.IOException;
import java.io.InputStream;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import io.github.camelumf.model.NotificationType;
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
 * JSON, type; then de-duplication, the forward-only state check, the confirmation with UMF (payment and refund
 * notifications, when a {@link StateConfirmation} is given), the route, and only after the route succeeded the
 * acknowledgement. A failed route answers 500 so that UMF delivers again; a delivery of a notification still being
 * processed answers 409 for the same reason, and so does one that another node is processing (a shared repository
 * throws {@link NotificationInFlightException}); an unconfirmed one answers 503. When the repository cannot be
 * reached, or cannot record a routed notification, the answer is 503: UMF delivers again, nothing is lost. A
 * notification of a state earlier than one already processed (TRADE_SUCCESS, then WAIT_BUYER_PAY) is acknowledged
 * and not routed. Rejections are counted and logged at WARN without the body, at most once a minute per reason (the
 * others at DEBUG).
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
    private final StateConfirmation confirmation;
    private final NotificationParser parser = new NotificationParser();
    private final Set<String> inFlight = ConcurrentHashMap.newKeySet();
    private final WarnLimiter warnings = new WarnLimiter(60_000);

    /**
     * @param confirmation asks UMF for the current state before routing, or {@code null} not to ask
     */
    NotificationReceiver(SignatureVerifier verifier, IdempotentRepository repository, int maxBodySize, Route route,
                         NotificationStatistics statistics, StateConfirmation confirmation) {
        this.confirmation = confirmation;
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
        Long declared = in.getHeader(Exchange.CONTENT_LENGTH, Long.class);
        if (declared != null && declared > maxBodySize) {
            // refused on the announced length, before a byte of the body is read
            reject(http, NotificationRejection.TOO_LARGE);
            return;
        }
        byte[] body = readAtMost(in, maxBodySize + 1);
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
        String key = key(notification, notification.state());
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
            if (isStale(notification)) {
                confirmInRepository(notification, key);
                statistics.stale();
                LOG.info("UMF notification {} {} ({}) comes after a later state was processed: acknowledged, not"
                         + " routed", notification.type(), notification.id(), notification.state());
                answer(http, 200, NotificationAnswers.acknowledgement());
                return;
            }
            if (!confirmed(http, notification)) {
                removeFromRepository(notification, key);
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

    /**
     * The body, read up to {@code limit} bytes: a streamed body (the consumer asks platform-http to stream) is never
     * buffered beyond the limit, whatever its Content-Length says or whether it has one.
     */
    private static byte[] readAtMost(Message in, int limit) throws IOException {
        Object body = in.getBody();
        if (body == null) {
            return new byte[0];
        }
        if (body instanceof byte[] bytes) {
            return bytes;
        }
        InputStream stream = in.getBody(InputStream.class);
        if (stream == null) {
            byte[] bytes = in.getBody(byte[].class);
            return bytes == null ? new byte[0] : bytes;
        }
        try (stream) {
            return stream.readNBytes(limit);
        }
    }

    private static String key(UmfNotification notification, String state) {
        return notification.type() + ":" + notification.id() + ":" + state;
    }

    /** Whether a later state of the same payment or refund was processed already (as far as the repository knows). */
    private boolean isStale(UmfNotification notification) {
        for (String later : StateOrder.laterThan(notification.type(), notification.state())) {
            if (repository.contains(key(notification, later))) {
                return true;
            }
        }
        return false;
    }

    /** Asks UMF for the current state; answers 503 and returns false when UMF does not confirm the notified one. */
    private boolean confirmed(Exchange http, UmfNotification notification) {
        if (confirmation == null
            || notification.type() != NotificationType.PAYMENT && notification.type() != NotificationType.REFUND) {
            return true;
        }
        String current;
        try {
            current = confirmation.currentState(notification);
        } catch (RuntimeException e) {
            LOG.debug("Confirming UMF notification {} {} failed: {}", notification.type(), notification.id(),
                    e.getClass().getSimpleName());
            reject(http, NotificationRejection.CONFIRMATION_FAILED);
            return false;
        }
        if (!Objects.equals(current, notification.state())) {
            LOG.debug("UMF answers state {} for notification {} {} ({})", current, notification.type(),
                    notification.id(), notification.state());
            reject(http, NotificationRejection.UNCONFIRMED);
            return false;
        }
        return true;
    }

    private void reject(Exchange http, NotificationRejection rejection) {
        statistics.rejected(rejection);
        long suppressed = warnings.allow(rejection);
        if (suppressed >= 0) {
            LOG.warn("Refused a notification on {}: {} (HTTP {}){}", http.getMessage().getHeader(Exchange.HTTP_PATH),
                    rejection.reason(), rejection.httpStatus(),
                    suppressed == 0 ? "" : "; " + suppressed + " more refused for this reason since the last warning");
        } else {
            LOG.debug("Refused a notification on {}: {} (HTTP {})", http.getMessage().getHeader(Exchange.HTTP_PATH),
                    rejection.reason(), rejection.httpStatus());
        }
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
