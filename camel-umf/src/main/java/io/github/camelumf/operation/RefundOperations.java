package io.github.camelumf.operation;

import java.util.List;

import io.github.camelumf.UmfConstants;
import io.github.camelumf.model.AsyncRefund;
import io.github.camelumf.model.Refund;
import io.github.camelumf.validation.BodyRules;

/** Refunds (3.10-3.13, 3.47-3.49): the second table of operations.md. */
public final class RefundOperations {

    public static final UmfOperation CREATE = refund(
            UmfOperation.post("refund/create", "/payments/payment/{payment_id}/refund")).build();

    public static final UmfOperation ASYNC = refund(
            UmfOperation.post("refund/async", "/payments/payment/{payment_id}/asynchronous_refund")).build();

    public static final UmfOperation GET = UmfOperation.get("refund/get", "/payments/refund/{refund_id}")
            .pathParam("refund_id", "refundId")
            .result(Refund.class, "refund")
            .header(UmfConstants.REFUND_ID, "refund", "id").header(UmfConstants.STATE, "refund", "state").build();

    public static final UmfOperation ASYNC_BY_ORDER = UmfOperation
            .post("refund/asyncByOrder", "/payments/payment/asy_refund")
            .result(AsyncRefund.class, "asy_refund")
            .rules(BodyRules.REFUND_BY_ORDER).build();

    public static final UmfOperation QUERY = UmfOperation.post("refund/query", "/payments/refund/refund_query")
            .result(AsyncRefund.class, "asy_refund")
            .rules(BodyRules.REFUND_QUERY)
            .header(UmfConstants.STATE, "asy_refund", "state").build();

    /** The rows, in the order of operations.md. */
    public static final List<UmfOperation> ROWS = List.of(CREATE, ASYNC, GET, ASYNC_BY_ORDER, QUERY);

    private RefundOperations() {
    }

    /** A refund of one payment: checked against the known payment, the refund and links as result. */
    private static UmfOperation.Builder refund(UmfOperation.Builder row) {
        return row.pathParam("payment_id", "paymentId")
                .result(Refund.class, "refund", "links")
                .rules(BodyRules.REFUND)
                .header(UmfConstants.REFUND_ID, "refund", "id").header(UmfConstants.STATE, "refund", "state")
                .behaviour(PaymentBehaviours.REFUND_OF_KNOWN_PAYMENT);
    }
}
