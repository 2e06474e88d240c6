package io.github.camelumf.validation;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import static io.github.camelumf.validation.Violations.array;
import static io.github.camelumf.validation.Violations.assertValid;
import static io.github.camelumf.validation.Violations.assertViolation;
import static io.github.camelumf.validation.Violations.example;
import static io.github.camelumf.validation.Violations.object;

/** The rules of payment/updateExpress (3.58), refund/asyncByOrder (3.47) and refund/query (3.48). */
class ExpressAndRefundByOrderRulesTest {

    @Test
    void referenceSamplesAreValid() {
        assertValid("payment/updateExpress", example("3.58-update-express-request.json"));
        assertValid("refund/asyncByOrder", example("3.47-refund-by-order-request.json"));
        assertValid("refund/query", example("3.48-refund-query-request.json"));
    }

    @Test
    void expressUpdateNeedsSubOrdersWithReferenceAndTrackingNumberOfAtMost64() {
        ObjectNode body = example("3.58-update-express-request.json");
        ObjectNode sub = object(body, "/order/sub_orders/0");

        sub.put("tracking_number", "S".repeat(65));
        assertViolation("payment/updateExpress", body, "order.sub_orders[0].tracking_number",
                "must be 1 to 64 characters", "SSSS");
        sub.remove("tracking_number");
        assertViolation("payment/updateExpress", body, "order.sub_orders[0].tracking_number", "is required");
        sub.put("tracking_number", "STO 1");
        sub.put("mer_sub_reference_id", "abc");
        assertViolation("payment/updateExpress", body, "order.sub_orders[0].mer_sub_reference_id",
                "must be 4 to 16 characters");
        array(body, "/order/sub_orders").removeAll();
        assertViolation("payment/updateExpress", body, "order.sub_orders",
                "must be a JSON array with at least one element");
        body.remove("order");
        assertViolation("payment/updateExpress", body, "order", "is required");
    }

    @Test
    void refundByOrderNeedsTheOrderDateNotifyUrlAndMerRefundId() {
        ObjectNode body = example("3.47-refund-by-order-request.json");
        body.remove("mer_refund_id");
        assertViolation("refund/asyncByOrder", body, "mer_refund_id", "is required");

        body = example("3.47-refund-by-order-request.json");
        object(body, "/refund_info").remove("mer_date");
        assertViolation("refund/asyncByOrder", body, "refund_info.mer_date", "is required");

        body = example("3.47-refund-by-order-request.json");
        body.remove("notify_url");
        assertViolation("refund/asyncByOrder", body, "notify_url", RefundRules.NOTIFY_URL_REQUIRED);

        body = example("3.47-refund-by-order-request.json");
        object(body, "/refund_info/amount").put("total", "0.00");
        assertViolation("refund/asyncByOrder", body, "refund_info.amount.total", "must be greater than zero");
    }

    @Test
    void refundQueryNeedsMerRefundIdOf4To32() {
        ObjectNode body = example("3.48-refund-query-request.json");
        body.put("mer_refund_id", "x".repeat(33));
        assertViolation("refund/query", body, "mer_refund_id", "must be 4 to 32 characters");
        body.remove("mer_refund_id");
        assertViolation("refund/query", body, "mer_refund_id", "is required");
    }
}
