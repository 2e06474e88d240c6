package io.github.camelumf.sandbox.payment;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.time.Instant;

/** Renders payments and refunds as UMF answers them (3.5-3.13). */
public final class PaymentView {

    private PaymentView() {
    }

    /** The payment object of a create response (2.2, 2.3, 2.10, 2.13, 4.3). */
    public static ObjectNode created(Payment payment, Instant now) {
        synchronized (payment) {
            ObjectNode node = JsonNodeFactory.instance.objectNode();
            JsonNode extras = payment.extras();
            if (extras.has("risk_info")) {
                node.set("risk_info", extras.get("risk_info").deepCopy());
            }
            node.put("id", payment.id());
            node.put("state", payment.state(now).name());
            node.put("notify_url", extras.path("notify_url").asText(""));
            node.set("payer", payment.payerView().deepCopy());
            if (extras.has("ret_url")) {
                node.put("ret_url", extras.get("ret_url").asText());
            }
            node.put("is_from_US", "N");
            node.set("order", order(payment, false));
            return node;
        }
    }

    /** The payment object of an SMS verification response (3.6): id, state and the payer as sent. */
    public static ObjectNode verified(Payment payment, JsonNode requestPayer, Instant now) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("id", payment.id());
        node.put("state", payment.state(now).name());
        node.set("payer", requestPayer.deepCopy());
        return node;
    }

    /** The payment object of an execution response (3.7). */
    public static ObjectNode executed(Payment payment, Instant now) {
        synchronized (payment) {
            ObjectNode node = JsonNodeFactory.instance.objectNode();
            paidMembers(node, payment);
            node.put("id", payment.id());
            node.put("state", payment.state(now).name());
            if (payment.executedAt() != null) {
                node.put("execute_success_time", Times.dateTime(payment.executedAt()));
            }
            node.set("payer", payment.payerView().deepCopy());
            node.set("order", order(payment, false));
            return node;
        }
    }

    /** The payment object of a query (3.9, 3.13): exchange rate and CNY total, no card data. */
    public static ObjectNode queried(Payment payment, Instant now) {
        synchronized (payment) {
            ObjectNode node = JsonNodeFactory.instance.objectNode();
            node.put("id", payment.id());
            Instant executed = payment.executedAt();
            node.put("settle_date", executed == null ? "" : Times.date(executed));
            node.put("state", payment.state(now).name());
            node.put("execute_success_time", executed == null ? "" : Times.dateTime(executed));
            ObjectNode payer = payment.payerView().deepCopy();
            JsonNode info = payer.get("payer_info");
            if (info instanceof ObjectNode) {
                ((ObjectNode) info).remove("bank_card");
            }
            node.set("payer", payer);
            node.set("order", order(payment, true));
            JsonNode extras = payment.extras();
            node.put("notify_url", extras.path("notify_url").asText(""));
            return node;
        }
    }

    /** The refund member of a payment-with-refunds query (3.13). */
    public static ObjectNode refundList(Payment payment, Instant now) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        ArrayNode infos = node.putArray("refund_infos");
        for (Refund refund : payment.refunds()) {
            ObjectNode info = infos.addObject();
            info.put("id", refund.id());
            info.set("amount", refund.amount().toJson());
            info.put("refund_time", Times.dateTime(refund.createdAt()));
            info.put("refund_state", refund.state(now).name());
            info.put("mer_reference_id", refund.merReferenceId());
        }
        return node;
    }

    /** The refund object of a refund response or query (3.10-3.12). */
    public static ObjectNode refund(Refund refund, Instant now) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("id", refund.id());
        node.set("refund_info", refund.refundInfo().deepCopy());
        node.put("state", refund.state(now).name());
        if (refund.notifyUrl() != null) {
            node.put("notify_url", refund.notifyUrl());
        }
        return node;
    }

    /** The payment object of a payment result notification (3.8). */
    public static ObjectNode notification(Payment payment, Instant now) {
        synchronized (payment) {
            ObjectNode node = JsonNodeFactory.instance.objectNode();
            node.put("id", payment.id());
            ObjectNode payer = node.putObject("payer");
            payer.put("payment_method", payment.paymentMethod());
            payer.put("bank_code", payment.payerView().path("bank_code").asText(""));
            JsonNode agreement = payment.payerView().path("payer_info").path("payer_agreement");
            ObjectNode agreementNode = payer.putObject("payer_info").putObject("payer_agreement");
            agreementNode.put("gate_id", payment.payerView().path("bank_code").asText(""));
            agreementNode.put("last_four_cardid", "");
            agreementNode.put("usr_pay_agreement_id", agreement.path("usr_pay_agreement_id").asText(""));
            agreementNode.put("usr_busi_agreement_id", agreement.path("usr_busi_agreement_id").asText(""));
            ObjectNode order = node.putObject("order");
            order.put("mer_reference_id", payment.merReferenceId());
            order.put("mer_date", payment.order().path("mer_date").asText());
            order.set("amount", payment.amount().toJsonWithExchange());
            order.put("mer_priv", "");
            node.put("state", payment.state(now).name());
            Instant executed = payment.executedAt();
            node.put("settle_date", executed == null ? "" : Times.date(executed));
            node.put("execute_success_time", executed == null ? "" : Times.date(executed));
            return node;
        }
    }

    /** The refund object of an asynchronous refund notification (3.49). */
    public static ObjectNode refundNotification(Refund refund, Instant now) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("id", refund.id());
        ObjectNode info = node.putObject("refund_info");
        info.put("mer_reference_id", refund.merReferenceId());
        info.put("mer_date", refund.refundInfo().path("mer_date").asText(Times.date(refund.createdAt())));
        ObjectNode amount = refund.amount().toJsonWithExchange();
        amount.remove("exchange_rate");
        info.set("amount", amount);
        node.put("state", refund.state(now).name());
        return node;
    }

    private static void paidMembers(ObjectNode node, Payment payment) {
        if (payment.executedAt() != null) {
            node.put("settle_date", Times.date(payment.executedAt()));
        }
    }

    private static ObjectNode order(Payment payment, boolean withExchange) {
        ObjectNode order = payment.order().deepCopy();
        if (withExchange) {
            order.set("amount", payment.amount().toJsonWithExchange());
        }
        order.put("expire_time", Times.dateTime(payment.expiresAt()));
        return order;
    }
}
