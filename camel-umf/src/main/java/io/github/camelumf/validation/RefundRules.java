package io.github.camelumf.validation;

import java.math.BigDecimal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.camelumf.model.Amount;

import static io.github.camelumf.validation.FieldRules.date;
import static io.github.camelumf.validation.FieldRules.member;
import static io.github.camelumf.validation.FieldRules.object;
import static io.github.camelumf.validation.FieldRules.text;
import static io.github.camelumf.validation.FieldRules.violation;

/**
 * The rules of the bodies of {@code refund/create} (3.10) and {@code refund/async} (3.11): a refund_info with
 * mer_reference_id 4-32, an optional real mer_date, a positive amount, refund_summary 1-64 and sub-orders that name
 * the payment's sub-orders and add up to the amount; a notify_url of 1-128 characters ("the order, amount and
 * notify_url should be entered"). And, where the payment is known, a refund in its currency and not above what is
 * left of it.
 */
final class RefundRules {

    private static final FieldPath REFUND_INFO = FieldPath.ROOT.child("refund_info");
    private static final FieldPath NOTIFY_URL = FieldPath.ROOT.child("notify_url");

    /**
     * Both refund operations need it (3.10 covers refund and asynchronous refund: "the order, amount and notify_url
     * should be entered"): a synchronous refund too may answer REFUND_PROCESS, and UMF then reports the result to it.
     */
    static final String NOTIFY_URL_REQUIRED = "is required (reference 3.10: a refund answered REFUND_PROCESS,"
                                              + " synchronous ones included, is reported to notify_url when it"
                                              + " completes)";

    private RefundRules() {
    }

    static void refund(JsonNode body) {
        ObjectNode refundInfo = object(body, "refund_info", REFUND_INFO, true);
        text(refundInfo, "mer_reference_id", REFUND_INFO.child("mer_reference_id"), true, 4, 32);
        String merDate = text(refundInfo, "mer_date", REFUND_INFO.child("mer_date"), false);
        if (merDate != null) {
            date(REFUND_INFO.child("mer_date"), merDate);
        }
        Money money = AmountRules.amount(refundInfo, "amount", REFUND_INFO.child("amount"), true);
        text(refundInfo, "refund_summary", REFUND_INFO.child("refund_summary"), false, 1, 64);
        SubOrderRules.subOrders(refundInfo, REFUND_INFO, money, true);
        if (member(body, "notify_url") == null) {
            throw violation(NOTIFY_URL, NOTIFY_URL_REQUIRED);
        }
        text(body, "notify_url", NOTIFY_URL, true, 1, 128);
    }

    /**
     * 3.47, refund by order reference: the refund_info of {@link #refund(JsonNode)} naming the payment's order
     * (mer_reference_id and mer_date, both required), a notify_url, and the refund's own mer_refund_id (4-32).
     */
    static void byOrder(JsonNode body) {
        refund(body);
        text(body.get("refund_info"), "mer_date", REFUND_INFO.child("mer_date"), true);
        text(body, "mer_refund_id", FieldPath.ROOT.child("mer_refund_id"), true, 4, 32);
    }

    /** 3.48, refund query by the refund's own reference: mer_refund_id (4-32). */
    static void query(JsonNode body) {
        text(body, "mer_refund_id", FieldPath.ROOT.child("mer_refund_id"), true, 4, 32);
    }

    static void againstPayment(JsonNode body, Amount paymentAmount, BigDecimal alreadyRefunded) {
        Money refund = refundInfo(body);
        if (paymentAmount == null) {
            return;
        }
        if (paymentAmount.getCurrency() != null && !paymentAmount.getCurrency().equals(refund.currency())) {
            throw violation(REFUND_INFO.child("amount").child("currency"), "must be the currency of the payment");
        }
        if (paymentAmount.getTotal() == null) {
            return;
        }
        BigDecimal refunded = alreadyRefunded == null ? BigDecimal.ZERO : alreadyRefunded;
        if (refund.total().add(refunded).compareTo(paymentAmount.getTotal()) > 0) {
            throw violation(REFUND_INFO.child("amount").child("total"), refunded.signum() == 0
                    ? "must not exceed the payment amount"
                    : "must not exceed the payment amount less what was already refunded");
        }
    }

    private static Money refundInfo(JsonNode body) {
        ObjectNode refundInfo = object(body, "refund_info", REFUND_INFO, true);
        return AmountRules.amount(refundInfo, "amount", REFUND_INFO.child("amount"), true);
    }
}
