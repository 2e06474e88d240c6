package io.github.camelumf.notification;

import io.github.camelumf.error.UmfException;

/**
 * Thrown by a shared {@link org.apache.camel.spi.IdempotentRepository} from {@code add} when the notification is
 * being routed right now by another node: {@code umf:notification} then answers 409 without acknowledging, so that UMF
 * delivers it again; the next delivery is either acknowledged as done or routed, if the other node failed or died.
 */
public class NotificationInFlightException extends UmfException {

    private static final long serialVersionUID = 1L;

    public NotificationInFlightException(String message) {
        super(message);
    }

    public NotificationInFlightException(String message, Throwable cause) {
        super(message, cause);
    }
}
