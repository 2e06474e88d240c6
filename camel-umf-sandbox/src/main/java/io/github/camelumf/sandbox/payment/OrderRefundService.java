package io.github.camelumf.sandbox.payment;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.camelumf.sandbox.SandboxClock;
import io.github.camelumf.sandbox.rules.ApiError;
import io.github.camelumf.sandbox.rules.JsonFields;
import io.github.camelumf.sandbox.rules.PaymentCreateRules;
import io.github.camelumf.sandbox.rules.RefundRules;
import io.github.camelumf.sandbox.rules.RetCode;

/**
 * Refunds by order reference, without the payment id (3.47, 3.48): an asynchronous refund of the payment whose
 * order is {@code refund_info.mer_reference_id} of {@code refund_info.mer_date}, kept under the merchant's
 * {@code mer_refund_id}, and its state queried by that reference. The same rules as 3.11 hold (paid payment, same
 * currency, known sub-orders, never above the payment); the refund completes like any asynchronous refund.
 */
public final class OrderRefundService {

    private final PaymentStore store;
    private final RefundService refunds;
    private final SandboxClock clock;

    public OrderRefundService(PaymentStore store, RefundService refunds, SandboxClock clock) {
        this.store = store;
        this.refunds = refunds;
        this.clock = clock;
    }

    /** POST /payments/payment/asy_refund: {@code asy_refund} echoes mer_refund_id and refund_info (3.47). */
    public ObjectNode refundByOrder(ObjectNode body) {
        RefundRules.RefundRequest request = RefundRules.check(body);
        if (request.notifyUrl() == null) {
            throw ApiError.invalid("notify_url", "is required");
        }
        String merRefundId = merRefundId(body);
        ObjectNode info = (ObjectNode) body.get("refund_info");
        String merDate = JsonFields.text(info, "mer_date", "refund_info.mer_date");
        Payment payment = store.paymentByReference(request.merReferenceId());
        if (!merDate.equals(payment.order().path("mer_date").asText())) {
            throw new ApiError(RetCode.PAYMENT_NOT_EXISTS, "no order " + request.merReferenceId() + " of " + merDate);
        }
        refunds.create(payment, request, merRefundId, true);
        ObjectNode result = JsonNodeFactory.instance.objectNode();
        ObjectNode refund = result.putObject("asy_refund");
        refund.put("mer_refund_id", merRefundId);
        ObjectNode echoed = refund.putObject("refund_info");
        echoed.set("amount", info.get("amount"));
        if (info.has("sub_orders")) {
            echoed.set("sub_orders", info.get("sub_orders"));
        }
        echoed.put("mer_date", merDate);
        echoed.put("mer_reference_id", request.merReferenceId());
        return result;
    }

    /** POST /payments/refund/refund_query: {@code asy_refund} with mer_refund_id and state (3.48). */
    public ObjectNode query(ObjectNode body) {
        String merRefundId = merRefundId(body);
        Refund refund = store.refundByReference(merRefundId);
        ObjectNode result = JsonNodeFactory.instance.objectNode();
        ObjectNode view = result.putObject("asy_refund");
        view.put("mer_refund_id", merRefundId);
        view.put("state", refund.state(clock.instant()).name());
        return result;
    }

    private static String merRefundId(JsonNode body) {
        return JsonFields.matching(body, "mer_refund_id", "mer_refund_id", PaymentCreateRules.MER_REFERENCE_ID,
                "must be 4 to 32 letters, digits, '-' or '_'");
    }
}
