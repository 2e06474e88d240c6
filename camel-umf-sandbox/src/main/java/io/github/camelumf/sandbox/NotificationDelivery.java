package io.github.camelumf.sandbox;

/** What the merchant answered to a notification the sandbox posted: HTTP status and body. */
public record NotificationDelivery(int status, String body) {
}
