package io.github.camelumf.sandbox.payment;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.camelumf.sandbox.NotificationDelivery;
import io.github.camelumf.sandbox.SandboxClock;
import io.github.camelumf.sandbox.security.RsaOperations;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.PrivateKey;
import java.time.Duration;
import java.time.Instant;

/**
 * Sends UMF's asynchronous notifications (payment result 3.8, asynchronous refund result 3.49) to the notify_url
 * of a payment or refund: a JSON POST signed like every UMF message ({@code Signature} header, UMF private key).
 * Only loopback addresses are notified: the sandbox never sends traffic off the machine.
 */
public final class NotificationSender {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final PaymentStore store;
    private final SandboxClock clock;
    private final Links links;
    private final PrivateKey umfPrivateKey;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    public NotificationSender(PaymentStore store, SandboxClock clock, Links links, PrivateKey umfPrivateKey) {
        this.store = store;
        this.clock = clock;
        this.links = links;
        this.umfPrivateKey = umfPrivateKey;
    }

    /** Posts the payment result notification (3.8) to the payment's notify_url. */
    public NotificationDelivery notifyPayment(String paymentId) {
        Payment payment = store.findPayment(paymentId);
        if (payment == null) {
            throw new IllegalArgumentException("the sandbox has no payment " + paymentId);
        }
        Instant now = clock.instant();
        ObjectNode body = envelope();
        body.set("payment", PaymentView.notification(payment, now));
        body.set("links", links.forState(payment, payment.state(now)));
        return post(payment.extras().path("notify_url").asText(""), body);
    }

    /** Posts the asynchronous refund result notification (3.49) to the refund's notify_url. */
    public NotificationDelivery notifyRefund(String refundId) {
        Refund refund;
        try {
            refund = store.refund(refundId);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("the sandbox has no refund " + refundId);
        }
        ObjectNode body = envelope();
        body.set("refund", PaymentView.refundNotification(refund, clock.instant()));
        body.set("links", links.refund(refund));
        return post(refund.notifyUrl() == null ? "" : refund.notifyUrl(), body);
    }

    private static ObjectNode envelope() {
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        ObjectNode meta = body.putObject("meta");
        meta.put("ret_code", "0000");
        ArrayNode message = meta.putArray("ret_msg");
        message.add("SUCCESS");
        return body;
    }

    private NotificationDelivery post(String notifyUrl, JsonNode body) {
        URI target = loopbackTarget(notifyUrl);
        try {
            byte[] bytes = MAPPER.writeValueAsBytes(body);
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(target)
                    .timeout(Duration.ofSeconds(10))
                    .header("Content-Type", "application/json;charset=UTF-8")
                    .header("Signature", RsaOperations.sign(umfPrivateKey, bytes))
                    .POST(HttpRequest.BodyPublishers.ofByteArray(bytes)).build(), HttpResponse.BodyHandlers.ofString());
            return new NotificationDelivery(response.statusCode(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException("notification to " + target + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while notifying " + target, e);
        }
    }

    private static URI loopbackTarget(String notifyUrl) {
        if (notifyUrl.isEmpty()) {
            throw new IllegalStateException("no notify_url was given");
        }
        URI uri = URI.create(notifyUrl);
        try {
            if (uri.getHost() == null || !InetAddress.getByName(uri.getHost()).isLoopbackAddress()) {
                throw new IllegalStateException("the sandbox only notifies loopback addresses, not " + uri.getHost());
            }
        } catch (UnknownHostException e) {
            throw new IllegalStateException("unknown notify_url host " + uri.getHost(), e);
        }
        return uri;
    }
}
