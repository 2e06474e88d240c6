package io.github.camelumf.model;

import java.util.List;

/**
 * A notification UMF posted to the merchant: {@code meta} (whose {@code ret_msg} may be a string or an array), the
 * object it is about, and {@code links}. Unknown members are kept.
 */
public abstract class UmfNotification extends UmfResponse {

    /** What the notification is about. */
    public abstract NotificationType type();

    /** The id of the payment, refund or declaration it is about. */
    public abstract String id();

    /** The state it reports (TRADE_SUCCESS, REFUND_SUCCESS, SUCCESS, ...). */
    public abstract String state();

    /** The merchant's reference of the order or refund, where the notification carries it. */
    public abstract String merReferenceId();

    /** The payment id: the payment's own id, or the one the {@code parent_payment} link points at. */
    public String paymentId() {
        return linkedId("parent_payment");
    }

    /** The last path segment of the link with this ref, or {@code null}. */
    protected final String linkedId(String ref) {
        List<Link> links = getLinks();
        if (links == null) {
            return null;
        }
        for (Link link : links) {
            if (ref.equals(link.getRef()) && link.getHref() != null) {
                String href = link.getHref();
                int slash = href.lastIndexOf('/');
                return slash < 0 ? href : href.substring(slash + 1);
            }
        }
        return null;
    }
}
