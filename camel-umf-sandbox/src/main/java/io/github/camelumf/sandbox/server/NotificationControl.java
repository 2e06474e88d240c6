package io.github.camelumf.sandbox.server;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.camelumf.sandbox.NotificationDelivery;
import io.github.camelumf.sandbox.SandboxNotifications;
import io.github.camelumf.sandbox.declaration.DeclarationService;
import io.github.camelumf.sandbox.notification.Notifier;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The notification part of the control API:
 * <ul>
 * <li>{@code GET /sandbox/notifications}: the delivery attempts (no bodies) and how many wait</li>
 * <li>{@code POST /sandbox/notifications/duplicate-next?copies=N}, {@code /forge-next}, {@code /unsigned-next},
 * {@code /bad-signature-next}, {@code /hold-payments}, {@code /release}, {@code /pause}, {@code /resume},
 * {@code /reset}</li>
 * <li>{@code POST /sandbox/payments/{id}/notify}, {@code POST /sandbox/refunds/{id}/notify},
 * {@code POST /sandbox/declarations/{id}/notify} (a customs declaration's current state): manual sends, answering
 * the attempt</li>
 * </ul>
 */
final class NotificationControl {

    private static final Pattern ACTION = Pattern.compile("/sandbox/notifications(?:/([a-z-]+))?");
    private static final Pattern MANUAL = Pattern.compile("/sandbox/(payments|refunds|declarations)/([^/]+)/notify");
    private static final Pattern COPIES = Pattern.compile("(?:^|&)copies=(\\d{1,3})(?:&|$)");

    private final SandboxNotifications notifications;
    private final Notifier notifier;
    private final DeclarationService declarations;

    NotificationControl(SandboxNotifications notifications, Notifier notifier, DeclarationService declarations) {
        this.notifications = notifications;
        this.notifier = notifier;
        this.declarations = declarations;
    }

    /** Whether {@code path} is a notification control. */
    boolean handles(String path) {
        return ACTION.matcher(path).matches() || MANUAL.matcher(path).matches();
    }

    /**
     * Runs the control; {@link IllegalArgumentException} (404), {@link IllegalStateException} (409) and
     * {@link UnsupportedOperationException} (405) as the rest of the control API.
     */
    ObjectNode dispatch(String method, String path, String query) {
        Matcher manual = MANUAL.matcher(path);
        if (manual.matches()) {
            requirePost(method);
            String id = manual.group(2);
            NotificationDelivery delivery;
            if ("refunds".equals(manual.group(1))) {
                delivery = notifier.sendRefund(id);
            } else if ("payments".equals(manual.group(1))) {
                delivery = notifier.sendPayment(id);
            } else {
                delivery = notifier.sendCustoms(declarations.declaration(id));
            }
            ObjectNode result = JsonNodeFactory.instance.objectNode();
            result.set("notification", describe(delivery));
            return result;
        }
        Matcher action = ACTION.matcher(path);
        action.matches();
        String name = action.group(1);
        if (name == null) {
            if (!"GET".equals(method)) {
                throw new UnsupportedOperationException("use GET");
            }
            ObjectNode result = JsonNodeFactory.instance.objectNode();
            ArrayNode list = result.putArray("notifications");
            for (NotificationDelivery delivery : notifications.deliveries()) {
                list.add(describe(delivery));
            }
            result.put("waiting", notifications.waiting());
            return result;
        }
        requirePost(method);
        switch (name) {
            case "duplicate-next":
                notifications.duplicateNext(Integer.parseInt(parameter(COPIES, query, "copies=N (1-100)")));
                break;
            case "forge-next":
                notifications.forgeNext();
                break;
            case "unsigned-next":
                notifications.unsignedNext();
                break;
            case "bad-signature-next":
                notifications.badSignatureEncodingNext();
                break;
            case "hold-payments":
                notifications.holdPaymentNotifications();
                break;
            case "release":
                notifications.releaseHeld();
                break;
            case "pause":
                notifications.pause();
                break;
            case "resume":
                notifications.resume();
                break;
            case "reset":
                notifications.reset();
                break;
            default:
                throw new IllegalArgumentException("no sandbox control at " + path);
        }
        ObjectNode result = JsonNodeFactory.instance.objectNode();
        result.put("done", name);
        result.put("waiting", notifications.waiting());
        return result;
    }

    /** A delivery attempt without its body. */
    static ObjectNode describe(NotificationDelivery delivery) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("number", delivery.notificationNumber());
        node.put("kind", delivery.kind().name());
        node.put("id", delivery.id());
        node.put("payment_id", delivery.paymentId());
        node.put("state", delivery.state());
        node.put("target", delivery.target());
        node.put("attempt", delivery.attempt());
        node.put("outcome", delivery.outcome().name());
        node.put("acknowledged", delivery.acknowledged());
        node.put("status", delivery.status());
        if (delivery.error() != null) {
            node.put("error", delivery.error());
        }
        node.put("forged", delivery.forged());
        node.put("unsigned", delivery.unsigned());
        node.put("bad_signature_encoding", delivery.badSignatureEncoding());
        node.put("duplicate", delivery.duplicate());
        node.put("sent_at", delivery.sentAt().toString());
        return node;
    }

    private static String parameter(Pattern pattern, String query, String expected) {
        Matcher matcher = pattern.matcher(query == null ? "" : query);
        if (!matcher.find()) {
            throw new IllegalArgumentException("query parameter " + expected + " is required");
        }
        return matcher.group(1);
    }

    private static void requirePost(String method) {
        if (!"POST".equals(method)) {
            throw new UnsupportedOperationException("use POST");
        }
    }
}
