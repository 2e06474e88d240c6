package io.github.camelumf.sandbox.notification;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.camelumf.sandbox.payment.Ids;
import io.github.camelumf.sandbox.payment.Links;
import io.github.camelumf.sandbox.payment.Payment;
import io.github.camelumf.sandbox.payment.PaymentView;
import io.github.camelumf.sandbox.payment.Refund;
import io.github.camelumf.sandbox.payment.Times;
import io.github.camelumf.sandbox.rules.Money;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Set;

/**
 * The notification messages UMF posts to a notify_url, each {@code {"meta":{"ret_code":"0000","ret_msg":["SUCCESS"]},
 * <object>, "links":[...]}} ({@code ret_msg} is an array in notifications):
 * <ul>
 * <li>payment result (3.8): {@code payment} {id, payer, order {mer_reference_id, mer_date, amount with exchange,
 * mer_priv}, state, settle_date, execute_success_time}, links by state;</li>
 * <li>asynchronous refund result (3.49): {@code refund} {id, refund_info, state}, links parent_payment and self;</li>
 * <li>customs declaration result: the reference shows no example, so this is the sandbox's reading, built from the
 * declaration object of 3.16/3.50 and the query of 3.17/3.51: {@code customs_declaration} {id CUST_...,
 * mer_reference_id, mer_date, customs_id, state, customs_clearance_date, verify_department,
 * verify_department_pay_trace, sub_order {mer_sub_reference_id, sub_customs_trace, items}, sub_order_amount},
 * links parent_payment and self.</li>
 * </ul>
 */
public final class NotificationBodies {

    /** Customs declaration states the sandbox sends. */
    public static final Set<String> CUSTOMS_STATES = Set.of("ACCEPTED", "SUBMITTED", "SUCCESS", "FAIL");
    /** The customs office the sandbox declares to (the reference's example, Hangzhou customs). */
    public static final String CUSTOMS_ID = "HZHG";

    private final Links links;

    public NotificationBodies(Links links) {
        this.links = links;
    }

    /** The payment result notification (3.8). */
    public ObjectNode payment(Payment payment, Instant now) {
        ObjectNode body = envelope();
        body.set("payment", PaymentView.notification(payment, now));
        body.set("links", links.forState(payment, payment.state(now)));
        return body;
    }

    /** The asynchronous refund result notification (3.49). */
    public ObjectNode refund(Refund refund, Instant now) {
        ObjectNode body = envelope();
        body.set("refund", PaymentView.refundNotification(refund, now));
        body.set("links", links.refund(refund));
        return body;
    }

    /** A customs declaration result notification for the payment's first customs sub-order (see class doc). */
    public ObjectNode customs(Payment payment, String customsId, String state, Instant now) {
        ObjectNode body = envelope();
        ObjectNode declaration = body.putObject("customs_declaration");
        declaration.put("id", customsId);
        declaration.put("mer_reference_id", payment.merReferenceId());
        declaration.put("mer_date", payment.order().path("mer_date").asText());
        declaration.put("customs_id", CUSTOMS_ID);
        declaration.put("state", state);
        declaration.put("customs_clearance_date", "SUCCESS".equals(state) ? Times.date(now) : "");
        declaration.put("verify_department", "UnionPay");
        declaration.put("verify_department_pay_trace", "");
        JsonNode subOrder = customsSubOrder(payment.order());
        ObjectNode sub = declaration.putObject("sub_order");
        sub.put("mer_sub_reference_id", subOrder.path("mer_sub_reference_id").asText());
        sub.put("sub_customs_trace", Ids.digits(16));
        ArrayNode items = sub.putArray("items");
        for (JsonNode item : subOrder.path("items")) {
            items.addObject().put("mer_item_id", item.path("mer_item_id").asText());
        }
        JsonNode amount = subOrder.path("amount");
        ObjectNode subAmount = new Money(new BigDecimal(amount.path("total").asText("0")),
                amount.path("currency").asText(payment.amount().currency())).toJsonWithExchange();
        subAmount.remove("exchange_rate");
        declaration.set("sub_order_amount", subAmount);
        ArrayNode linkArray = JsonNodeFactory.instance.arrayNode();
        linkArray.add(link("parent_payment", links.baseUrl() + "/payments/payment/" + payment.id()));
        linkArray.add(link("self", links.baseUrl() + "/payments/customs_declarations/" + customsId));
        body.set("links", linkArray);
        return body;
    }

    private static JsonNode customsSubOrder(JsonNode order) {
        JsonNode first = null;
        for (JsonNode sub : order.path("sub_orders")) {
            if (first == null) {
                first = sub;
            }
            if ("TRUE".equals(sub.path("is_customs").asText())) {
                return sub;
            }
        }
        return first == null ? JsonNodeFactory.instance.objectNode() : first;
    }

    private static ObjectNode envelope() {
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        ObjectNode meta = body.putObject("meta");
        meta.put("ret_code", "0000");
        meta.putArray("ret_msg").add("SUCCESS");
        return body;
    }

    private static ObjectNode link(String ref, String href) {
        ObjectNode link = JsonNodeFactory.instance.objectNode();
        link.put("href", href);
        link.put("ref", ref);
        link.put("method", "GET");
        return link;
    }
}
