package io.github.camelumf.sandbox.payment;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.camelumf.sandbox.SandboxClock;
import io.github.camelumf.sandbox.rules.ApiError;
import io.github.camelumf.sandbox.rules.Catalog;
import io.github.camelumf.sandbox.rules.JsonFields;
import io.github.camelumf.sandbox.rules.RetCode;

import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Tracking numbers of shipped goods (3.58): only for a paid (TRADE_SUCCESS) payment, only for its goods-trade
 * ({@value Catalog#GOODS_TRADE}) sub-orders, within 7 days of the order; a later update replaces the number; one
 * wrong sub-order refuses the whole update.
 */
public final class ExpressService {

    /** How long after the order tracking numbers may be updated. */
    public static final Duration UPDATE_WINDOW = Duration.ofDays(7);

    private static final Pattern SUB_REFERENCE = Pattern.compile("[0-9A-Za-z_-]{4,16}");
    private static final Pattern TRACKING_NUMBER = Pattern.compile("(?s).{1,64}");

    private final PaymentStore store;
    private final SandboxClock clock;
    private final Links links;
    private final Map<String, Map<String, String>> trackingNumbers = new ConcurrentHashMap<>();

    public ExpressService(PaymentStore store, SandboxClock clock, Links links) {
        this.store = store;
        this.clock = clock;
        this.links = links;
    }

    /** POST /payments/payment/{id}/update_express_info: {@code payment} (id and the sub-orders updated), links. */
    public ObjectNode update(String paymentId, ObjectNode body) {
        Map<String, String> updates = updates(body);
        Payment payment = store.payment(paymentId);
        if (payment.state(clock.instant()) != PaymentState.TRADE_SUCCESS) {
            throw new ApiError(RetCode.ORDER_STATUS_MISMATCH,
                    "the payment is " + payment.state(clock.instant()) + ", not TRADE_SUCCESS");
        }
        if (clock.instant().isAfter(payment.createdAt().plus(UPDATE_WINDOW))) {
            throw new ApiError(RetCode.ORDER_STATUS_MISMATCH, "tracking numbers can be updated within 7 days of the order");
        }
        Map<String, String> transCodes = new HashMap<>();
        for (JsonNode sub : payment.order().path("sub_orders")) {
            transCodes.put(sub.path("mer_sub_reference_id").asText(), sub.path("trans_code").asText());
        }
        for (String subReference : updates.keySet()) {
            String transCode = transCodes.get(subReference);
            if (transCode == null) {
                throw new ApiError(RetCode.SUB_ORDER_ABSENT,
                        "order.sub_orders mer_sub_reference_id must be a sub-order of the payment");
            }
            if (!Catalog.GOODS_TRADE.equals(transCode)) {
                throw new ApiError(RetCode.DATA_VALIDATION,
                        "tracking_number is only for goods trade (" + Catalog.GOODS_TRADE + ") sub-orders");
            }
        }
        trackingNumbers.computeIfAbsent(paymentId, id -> new ConcurrentHashMap<>()).putAll(updates);

        ObjectNode result = JsonNodeFactory.instance.objectNode();
        ObjectNode view = result.putObject("payment");
        view.put("id", payment.id());
        ArrayNode subOrders = view.putObject("order").putArray("sub_orders");
        updates.forEach((sub, number) -> subOrders.addObject().put("mer_sub_reference_id", sub)
                .put("tracking_number", number));
        result.set("links", links.expressUpdated(payment));
        return result;
    }

    /** The tracking numbers stored for a payment, by sub-order (for assertions). */
    public Map<String, String> trackingNumbers(String paymentId) {
        return Map.copyOf(trackingNumbers.getOrDefault(paymentId, Map.of()));
    }

    private static Map<String, String> updates(ObjectNode body) {
        ObjectNode order = JsonFields.object(body, "order", "order");
        JsonNode subOrders = order.get("sub_orders");
        if (subOrders == null || !subOrders.isArray() || subOrders.isEmpty()) {
            throw ApiError.invalid("order.sub_orders", "must be a JSON array with at least one element");
        }
        Map<String, String> updates = new LinkedHashMap<>();
        for (int i = 0; i < subOrders.size(); i++) {
            String path = "order.sub_orders[" + i + "]";
            JsonNode sub = subOrders.get(i);
            if (!sub.isObject()) {
                throw ApiError.invalid(path, "must be a JSON object");
            }
            String reference = JsonFields.matching(sub, "mer_sub_reference_id", path + ".mer_sub_reference_id",
                    SUB_REFERENCE, "must be 4 to 16 letters, digits, '-' or '_'");
            String number = JsonFields.matching(sub, "tracking_number", path + ".tracking_number", TRACKING_NUMBER,
                    "must be 1 to 64 characters");
            updates.put(reference, number);
        }
        return updates;
    }
}
