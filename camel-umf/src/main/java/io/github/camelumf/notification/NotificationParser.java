package io.github.camelumf.notification;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.camelumf.error.UmfValidationException;
import io.github.camelumf.model.CustomsNotification;
import io.github.camelumf.model.PaymentNotification;
import io.github.camelumf.model.RefundNotification;
import io.github.camelumf.model.UmfJson;
import io.github.camelumf.model.UmfNotification;

/**
 * Turns the (already verified) bytes of a notification into its typed form, by the member it carries.
 */
final class NotificationParser {

    /** Thrown for a body that is not a notification; carries the rejection to answer with. */
    static final class NotANotification extends Exception {
        private static final long serialVersionUID = 1L;
        private final transient NotificationRejection rejection;

        NotANotification(NotificationRejection rejection) {
            super(rejection.reason(), null, false, false);
            this.rejection = rejection;
        }

        NotificationRejection rejection() {
            return rejection;
        }
    }

    UmfNotification parse(byte[] body) throws NotANotification {
        ObjectNode json;
        try {
            json = UmfJson.parseObject(body);
        } catch (UmfValidationException e) {
            throw new NotANotification(NotificationRejection.INVALID_JSON);
        }
        Class<? extends UmfNotification> type = typeOf(json);
        if (type == null) {
            throw new NotANotification(NotificationRejection.UNKNOWN_NOTIFICATION);
        }
        UmfNotification notification;
        try {
            notification = UmfJson.fromTree(json, type);
        } catch (UmfValidationException e) {
            throw new NotANotification(NotificationRejection.UNKNOWN_NOTIFICATION);
        }
        if (notification.id() == null || notification.id().isBlank()) {
            throw new NotANotification(NotificationRejection.UNKNOWN_NOTIFICATION);
        }
        return notification;
    }

    private static Class<? extends UmfNotification> typeOf(JsonNode json) {
        if (json.path("payment").isObject()) {
            return PaymentNotification.class;
        }
        if (json.path("refund").isObject()) {
            return RefundNotification.class;
        }
        if (json.path("customs_declaration").isObject() || json.path("customs_declarations").isArray()
            || json.path("ciq_declarations").isArray()) {
            return CustomsNotification.class;
        }
        return null;
    }
}
