package io.github.camelumf.example.main.recovery;

import io.github.camelumf.model.PaymentWithRefundsResponse;
import io.github.camelumf.model.RefundInfo;
import io.github.camelumf.model.RefundRequest;
import org.apache.camel.Body;
import org.apache.camel.ExchangeProperty;

/**
 * Finds a refund among a payment's refunds ({@code payment/getWithRefunds}, 3.13) by its {@code mer_reference_id}:
 * after an ambiguous {@code refund/create} or {@code refund/async} no refund id came back, but the payment id is known.
 */
public class RefundLookup {

    /** The refund of the payment made for {@code request}, or {@code null} when UMF has none with its reference. */
    public RefundInfo find(@Body PaymentWithRefundsResponse refunds,
                           @ExchangeProperty(AmbiguousOutcomeRoutes.REQUEST) RefundRequest request) {
        String reference = request.getRefundInfo().getMerReferenceId();
        return refunds.refundInfos().stream().filter(r -> reference.equals(r.getMerReferenceId())).findFirst()
                .orElse(null);
    }
}
