package io.github.camelumf.sandbox.payment;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.camelumf.sandbox.rules.PaymentKind;

import java.util.function.Supplier;

/** HATEOAS links ({@code ref}, {@code method}, {@code href}) with the sandbox's base URL, named as the reference does. */
public final class Links {

    private final Supplier<String> baseUrl;

    public Links(Supplier<String> baseUrl) {
        this.baseUrl = baseUrl;
    }

    /** The API base URL, {@code http://127.0.0.1:<port>/cberest/v1}. */
    public String baseUrl() {
        return baseUrl.get();
    }

    /** The URL of the sandbox's stand-in for UMF's cashier or bank page of a payment. */
    public String payPage(String paymentId) {
        String base = baseUrl.get();
        return base.substring(0, base.length() - "/cberest/v1".length()) + "/sandbox/upay/" + paymentId;
    }

    /** Links of a just created payment (2.2, 2.3, 2.8, 2.10, 2.13, 4.3). */
    public ArrayNode created(Payment payment) {
        String p = "/payments/payment/" + payment.id();
        ArrayNode links = JsonNodeFactory.instance.arrayNode();
        switch (payment.kind()) {
            case CARD:
                add(links, "self", "GET", p);
                add(links, "sms_verify", "GET", p + "/verify");
                add(links, "self_payment_refund", "GET", p + "/self_payment_refund");
                break;
            case B2B_BANK:
                add(links, "self", "GET", p);
                links.add(link("upay", "GET", payPage(payment.id())));
                break;
            case UMF_PAGE:
            case BANK_PAGE:
                add(links, "self", "GET", p);
                add(links, "refund", "POST", p + "/refund");
                add(links, "asynchronous_refund", "POST", p + "/asynchronous_refund");
                add(links, "self_payment_refund", "GET", p + "/self_payment_refund");
                add(links, "apply_to_customs", "POST", p + "/apply_to_customs");
                add(links, "apply_to_ciq", "POST", p + "/apply_to_ciq");
                if (payment.kind() == PaymentKind.UMF_PAGE) {
                    add(links, "update_express_info", "POST", p + "/update_express_info");
                }
                links.add(link("upay", "GET", payPage(payment.id())));
                break;
            default:
                add(links, "parent_payment", "GET", p);
                add(links, "apply_to_customs", "POST", p + "/apply_to_customs");
                add(links, "self_payment_refund", "GET", p + "/self_payment_refund");
                add(links, "refund", "POST", p + "/refund");
        }
        return links;
    }

    /** Links after a successful SMS verification (3.6). */
    public ArrayNode verified(Payment payment) {
        String p = "/payments/payment/" + payment.id();
        ArrayNode links = JsonNodeFactory.instance.arrayNode();
        add(links, "self", "GET", p);
        add(links, "confirm", "POST", p + "/execute");
        return links;
    }

    /** Links of an execution answer (3.7): self, apply_to_customs, refund, asynchronous_refund, apply_to_ciq. */
    public ArrayNode executed(Payment payment) {
        String p = "/payments/payment/" + payment.id();
        ArrayNode links = JsonNodeFactory.instance.arrayNode();
        add(links, "self", "GET", p);
        add(links, "apply_to_customs", "POST", p + "/apply_to_customs");
        add(links, "refund", "POST", p + "/refund");
        add(links, "asynchronous_refund", "POST", p + "/asynchronous_refund");
        add(links, "apply_to_ciq", "POST", p + "/apply_to_ciq");
        return links;
    }

    /** Links of a paid payment (3.8 notification): those of 3.7 and self_payment_refund. */
    public ArrayNode paid(Payment payment) {
        String p = "/payments/payment/" + payment.id();
        ArrayNode links = JsonNodeFactory.instance.arrayNode();
        add(links, "self", "GET", p);
        add(links, "refund", "POST", p + "/refund");
        add(links, "asynchronous_refund", "POST", p + "/asynchronous_refund");
        add(links, "apply_to_customs", "POST", p + "/apply_to_customs");
        add(links, "apply_to_ciq", "POST", p + "/apply_to_ciq");
        add(links, "self_payment_refund", "GET", p + "/self_payment_refund");
        return links;
    }

    /** Links of a queried payment in {@code state}. */
    public ArrayNode forState(Payment payment, PaymentState state) {
        if (state == PaymentState.TRADE_SUCCESS) {
            return paid(payment);
        }
        if (state == PaymentState.WAIT_BUYER_PAY) {
            return created(payment);
        }
        ArrayNode links = JsonNodeFactory.instance.arrayNode();
        add(links, "self", "GET", "/payments/payment/" + payment.id());
        return links;
    }

    /** Links of a synchronous refund (3.10): self. */
    public ArrayNode refundSelf(Refund refund) {
        ArrayNode links = JsonNodeFactory.instance.arrayNode();
        add(links, "self", "GET", "/payments/refund/" + refund.id());
        return links;
    }

    /** Links of an asynchronous refund (3.11) and its notification (3.49): parent_payment, self. */
    public ArrayNode refund(Refund refund) {
        ArrayNode links = JsonNodeFactory.instance.arrayNode();
        add(links, "parent_payment", "GET", "/payments/payment/" + refund.payment().id());
        add(links, "self", "GET", "/payments/refund/" + refund.id());
        return links;
    }

    /** Links after a tracking-number update (3.58): the payment. */
    public ArrayNode expressUpdated(Payment payment) {
        ArrayNode links = JsonNodeFactory.instance.arrayNode();
        add(links, "parent_payment", "GET", "/payments/payment/" + payment.id());
        return links;
    }

    private void add(ArrayNode links, String ref, String method, String path) {
        links.add(link(ref, method, baseUrl.get() + path));
    }

    private static ObjectNode link(String ref, String method, String href) {
        ObjectNode link = JsonNodeFactory.instance.objectNode();
        link.put("ref", ref);
        link.put("method", method);
        link.put("href", href);
        return link;
    }
}
