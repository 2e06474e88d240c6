package io.github.camelumf.sandbox.notification;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.camelumf.sandbox.declaration.Declaration;
import io.github.camelumf.sandbox.payment.Links;
import io.github.camelumf.sandbox.payment.Payment;
import io.github.camelumf.sandbox.payment.PaymentView;
import io.github.camelumf.sandbox.payment.Refund;

import java.time.Instant;

/**
 * The notification messages UMF posts to a notify_url, each {@code {"meta":{"ret_code":"0000","ret_msg":["SUCCESS"]},
 * <object>, "links":[...]}} ({@code ret_msg} is an array in notifications):
 * <ul>
 * <li>payment result (3.8): {@code payment} {id, payer, order {mer_reference_id, mer_date, amount with exchange,
 * mer_priv}, state, settle_date, execute_success_time}, links by state;</li>
 * <li>asynchronous refund result (3.49): {@code refund} {id, refund_info, state}, links parent_payment and self;</li>
 * <li>customs declaration result: the reference shows no example, so this is the sandbox's reading, built from the
 * declaration object of 3.16/3.50 and the query of 3.17/3.51, from the declaration's state: {@code
 * customs_declaration} {id CUST_..., mer_reference_id (the payment's), mer_date, customs_id, state,
 * customs_clearance_date, verify_department, verify_department_pay_trace, sub_order {mer_sub_reference_id,
 * sub_customs_trace, items}, sub_order_amount}, links parent_payment and self.</li>
 * </ul>
 */
public final class NotificationBodies {

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

    /** The customs declaration result notification of a declaration's current state (see class doc). */
    public ObjectNode customs(Declaration declaration) {
        ObjectNode body = envelope();
        body.set("customs_declaration", declaration.notificationView());
        ArrayNode linkArray = JsonNodeFactory.instance.arrayNode();
        linkArray.add(link("parent_payment", links.baseUrl() + "/payments/payment/" + declaration.payment().id()));
        linkArray.add(link("self", links.baseUrl() + "/payments/customs_declarations/" + declaration.id()));
        body.set("links", linkArray);
        return body;
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
