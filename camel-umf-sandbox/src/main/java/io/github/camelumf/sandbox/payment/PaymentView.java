package io.github.camelumf.sandbox.payment;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.camelumf.sandbox.rules.Money;
import io.github.camelumf.sandbox.rules.PaymentKind;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * Renders payments and refunds with the members the reference's sample answers show, and no more (3.5-3.13, 2.x,
 * 4.3). What the merchant sent is echoed as sent (amounts as strings or numbers, {@code expire_time} as minutes
 * where the reference echoes minutes); queries answer amounts with two decimals, as stored by UMF.
 */
public final class PaymentView {

    private static final String[] QUERIED_SUB_ORDER = {"mer_sub_reference_id", "trans_code", "amount", "is_customs"};
    private static final String[] QUERIED_ITEM = {"amount", "quantity", "mer_item_id", "type"};

    private PaymentView() {
    }

    /**
     * The payment object of a create response. Card, bank and UMF cashier payments (2.2, 2.10, 2.13): risk_info,
     * id, state, notify_url, payer, ret_url, is_from_US, order with {@code expire_time} as a time. QR and WeChat
     * payments (2.3-2.8): id, state, notify_url, execute_success_time, payer, is_from_US, order with
     * {@code expire_time} as sent. WeChat in-app (2.6): risk_info, id, state, notify_url, payer, ret_url,
     * is_from_US, order with {@code expire_time} as sent. B2B (4.3): risk_info, notify_url, payer, ret_url, order
     * (no id, no state).
     */
    public static ObjectNode created(Payment payment, Instant now) {
        synchronized (payment) {
            ObjectNode node = JsonNodeFactory.instance.objectNode();
            JsonNode extras = payment.extras();
            PaymentKind kind = payment.kind();
            boolean wallet = kind == PaymentKind.QR_CODE || kind == PaymentKind.WECHAT_WEB
                    || kind == PaymentKind.WECHAT_H5;
            boolean inApp = kind == PaymentKind.WECHAT_IN_APP;
            boolean b2b = kind == PaymentKind.B2B_BANK;
            if (!wallet && extras.has("risk_info")) {
                node.set("risk_info", extras.get("risk_info").deepCopy());
            }
            if (!b2b) {
                node.put("id", payment.id());
                node.put("state", payment.state(now).name());
            }
            node.put("notify_url", extras.path("notify_url").asText(""));
            if (wallet) {
                node.put("execute_success_time", "");
            }
            node.set("payer", payment.payerView().deepCopy());
            if (!wallet && extras.has("ret_url")) {
                node.put("ret_url", extras.get("ret_url").asText());
            }
            if (!b2b) {
                node.put("is_from_US", "N");
            }
            ObjectNode order = echoedOrder(payment);
            if (!wallet && !inApp && !b2b) {
                order.put("expire_time", Times.dateTime(payment.expiresAt()));
            }
            node.set("order", order);
            return node;
        }
    }

    /** The payment object of an SMS verification response (3.6): id and the payer as sent. */
    public static ObjectNode verified(Payment payment, JsonNode requestPayer, Instant now) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("id", payment.id());
        node.set("payer", requestPayer.deepCopy());
        return node;
    }

    /**
     * The payment object of an execution response (3.7): settle_date, id, state, execute_success_time and the payer
     * (bank_code, external_customer_id, payment_method, payer_info with the card as sent and the agreement ids).
     */
    public static ObjectNode executed(Payment payment, Instant now) {
        synchronized (payment) {
            ObjectNode node = JsonNodeFactory.instance.objectNode();
            Instant executed = payment.executedAt();
            node.put("settle_date", executed == null ? "" : Times.date(executed));
            node.put("id", payment.id());
            node.put("state", payment.state(now).name());
            node.put("execute_success_time", executed == null ? "" : Times.dateTime(executed));
            ObjectNode payer = payment.payerView().deepCopy();
            payer.remove("business_type");
            payer.remove("interface_type");
            node.set("payer", payer);
            return node;
        }
    }

    /**
     * The payment object of a query (3.9): settle_date, state, execute_success_time, payer {payment_method}, order
     * {user_ip, amount with exchange rate and CNY total, mer_date, expire_time "", mer_reference_id}.
     */
    public static ObjectNode queried(Payment payment, Instant now) {
        synchronized (payment) {
            ObjectNode node = JsonNodeFactory.instance.objectNode();
            Instant executed = payment.executedAt();
            node.put("settle_date", executed == null ? "" : Times.date(executed));
            node.put("state", payment.state(now).name());
            node.put("execute_success_time", executed == null ? "" : Times.dateTime(executed));
            node.putObject("payer").put("payment_method", payment.paymentMethod());
            node.set("order", queriedOrder(payment, false));
            return node;
        }
    }

    /**
     * The payment object of a payment-with-refunds query (3.13): as {@link #queried} plus id and the sub-orders
     * (mer_sub_reference_id, trans_code, amount, is_customs, items {amount, quantity, mer_item_id, type}), dates
     * as {@code yyyyMMdd}.
     */
    public static ObjectNode queriedWithRefunds(Payment payment, Instant now) {
        synchronized (payment) {
            ObjectNode node = JsonNodeFactory.instance.objectNode();
            Instant executed = payment.executedAt();
            node.put("settle_date", executed == null ? "" : Times.date(executed));
            node.put("id", payment.id());
            node.put("state", payment.state(now).name());
            node.put("execute_success_time", executed == null ? "" : Times.date(executed));
            node.putObject("payer").put("payment_method", payment.paymentMethod());
            node.set("order", queriedOrder(payment, true));
            return node;
        }
    }

    /** The full stored payment, for the test-side snapshot: everything the sandbox knows (not an API answer). */
    public static ObjectNode snapshot(Payment payment, Instant now) {
        synchronized (payment) {
            ObjectNode node = queriedWithRefunds(payment, now);
            node.put("execute_success_time", payment.executedAt() == null ? ""
                    : Times.dateTime(payment.executedAt()));
            node.set("payer", payment.payerView().deepCopy());
            ObjectNode order = echoedOrder(payment);
            order.set("amount", payment.amount().toJsonWithExchange());
            order.put("expire_time", Times.dateTime(payment.expiresAt()));
            node.set("order", order);
            node.put("notify_url", payment.extras().path("notify_url").asText(""));
            return node;
        }
    }

    /** The refund member of a payment-with-refunds query (3.13). */
    public static ObjectNode refundList(Payment payment, Instant now) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        ArrayNode infos = node.putArray("refund_infos");
        for (Refund refund : payment.refunds()) {
            ObjectNode info = infos.addObject();
            info.set("amount", refund.amount().toJson());
            info.put("refund_time", Times.dateTime(refund.createdAt()));
            info.put("refund_state", refund.state(now).name());
            info.put("mer_reference_id", refund.merReferenceId());
        }
        return node;
    }

    /**
     * The refund object of a synchronous refund response (3.10): id, refund_info {mer_reference_id, mer_date,
     * amount, sub_orders {mer_sub_reference_id, amount}} as sent, state.
     */
    public static ObjectNode refundCreated(Refund refund, Instant now) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("id", refund.id());
        ObjectNode info = refund.refundInfo().deepCopy();
        JsonNode subOrders = info.get("sub_orders");
        if (subOrders != null && subOrders.isArray()) {
            for (JsonNode sub : subOrders) {
                if (sub instanceof ObjectNode) {
                    ((ObjectNode) sub).retain("mer_sub_reference_id", "amount");
                }
            }
        }
        node.set("refund_info", info);
        node.put("state", refund.state(now).name());
        return node;
    }

    /** The refund object of an asynchronous refund response (3.11): refund_info as sent and id, no state. */
    public static ObjectNode asyncRefundCreated(Refund refund) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.set("refund_info", refund.refundInfo().deepCopy());
        node.put("id", refund.id());
        return node;
    }

    /** The refund object of a refund query (3.12): id and state. */
    public static ObjectNode refundQueried(Refund refund, Instant now) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("id", refund.id());
        node.put("state", refund.state(now).name());
        return node;
    }

    /** The full stored refund, for the test-side snapshot (not an API answer). */
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
            agreementNode.put("gate_id", "");
            agreementNode.put("last_four_cardid", "");
            agreementNode.put("usr_pay_agreement_id", agreement.path("usr_pay_agreement_id").asText(""));
            agreementNode.put("usr_busi_agreement_id", agreement.path("usr_busi_agreement_id").asText(""));
            ObjectNode order = node.putObject("order");
            order.put("mer_reference_id", payment.merReferenceId());
            order.put("mer_date", payment.order().path("mer_date").asText());
            order.set("amount", payment.amount().toJsonWithExchange());
            order.put("mer_priv", "");
            Instant executed = payment.executedAt();
            order.put("verify_department_pay_trace", executed == null ? "" : Ids.payTrace(executed, payment.id()));
            order.put("verify_department", executed == null ? "" : "UnionPay");
            node.put("state", payment.state(now).name());
            node.put("settle_date", executed == null ? "" : Times.date(executed));
            node.put("execute_success_time", executed == null ? "" : Times.date(executed));
            return node;
        }
    }

    /** The refund object of a refund result notification (3.49); {@code mer_date} as sent ("" when none was). */
    public static ObjectNode refundNotification(Refund refund, Instant now) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("id", refund.id());
        ObjectNode info = node.putObject("refund_info");
        info.put("mer_reference_id", refund.merReferenceId());
        info.put("mer_date", refund.refundInfo().path("mer_date").asText(""));
        ObjectNode amount = refund.amount().toJsonWithExchange();
        amount.remove("exchange_rate");
        info.set("amount", amount);
        node.put("state", refund.state(now).name());
        return node;
    }

    /** The order as the merchant sent it (amounts and expire_time as sent), without request-only members. */
    private static ObjectNode echoedOrder(Payment payment) {
        ObjectNode order = payment.order().deepCopy();
        for (JsonNode sub : order.path("sub_orders")) {
            if (sub instanceof ObjectNode) {
                ((ObjectNode) sub).remove("sub_trans_type");
            }
        }
        return order;
    }

    private static ObjectNode queriedOrder(Payment payment, boolean withSubOrders) {
        ObjectNode order = JsonNodeFactory.instance.objectNode();
        order.put("user_ip", payment.order().path("user_ip").asText(""));
        order.set("amount", payment.amount().toJsonWithExchange());
        if (withSubOrders) {
            ArrayNode subs = order.putArray("sub_orders");
            for (JsonNode sub : payment.order().path("sub_orders")) {
                ObjectNode copy = retained(sub, QUERIED_SUB_ORDER);
                JsonNode items = sub.get("items");
                if (items != null && items.isArray()) {
                    ArrayNode itemsCopy = copy.putArray("items");
                    for (JsonNode item : items) {
                        itemsCopy.add(retained(item, QUERIED_ITEM));
                    }
                }
                subs.add(copy);
            }
        }
        order.put("mer_date", payment.order().path("mer_date").asText(""));
        order.put("expire_time", "");
        order.put("mer_reference_id", payment.merReferenceId());
        return order;
    }

    private static ObjectNode retained(JsonNode source, String[] members) {
        ObjectNode copy = JsonNodeFactory.instance.objectNode();
        for (String member : members) {
            JsonNode value = source.get(member);
            if (value == null) {
                continue;
            }
            if ("amount".equals(member) && value.isObject()) {
                copy.set(member, twoDecimals(value));
            } else {
                copy.set(member, value.deepCopy());
            }
        }
        return copy;
    }

    private static ObjectNode twoDecimals(JsonNode amount) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        JsonNode total = amount.path("total");
        String text = total.isNumber() ? total.decimalValue().toPlainString() : total.asText("0").trim();
        node.put("total", new Money(new BigDecimal(text), amount.path("currency").asText()).totalText());
        node.put("currency", amount.path("currency").asText());
        return node;
    }
}
