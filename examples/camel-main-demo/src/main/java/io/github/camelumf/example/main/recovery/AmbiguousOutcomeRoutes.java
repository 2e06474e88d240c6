package io.github.camelumf.example.main.recovery;

import io.github.camelumf.error.UmfAmbiguousOutcomeException;
import io.github.camelumf.error.UmfPendingOutcomeException;
import org.apache.camel.builder.RouteBuilder;

import static io.github.camelumf.UmfConstants.STATE;

/**
 * What a route does when a POST may or may not have reached UMF ({@link UmfAmbiguousOutcomeException}: the connection
 * was lost or the answer timed out after the request was sent), per operation. The rule: never repeat a POST blindly;
 * find out with what you have, then repeat only what certainly did not happen.
 * <ul>
 * <li>{@code direct:create-payment}: no payment id came back, and UMF cannot be asked by {@code mer_reference_id}.
 * The payment, if UMF made it, can be paid by nobody (its id, QR code and links were only in the lost answer) and
 * expires, so the order starts over at once under a new {@code mer_reference_id} ({@link AbandonedOrders}).</li>
 * <li>{@code direct:execute-payment}: the payment id is known: {@code payment/get} says whether it was executed;
 * only a payment still {@code WAIT_BUYER_PAY} is executed again (with the same SMS code).</li>
 * <li>{@code direct:refund}: the payment id is known: {@code payment/getWithRefunds} lists its refunds; only when none
 * has the refund's {@code mer_reference_id} is the same refund sent again (a duplicate would be refused by UMF).</li>
 * </ul>
 */
public class AmbiguousOutcomeRoutes extends RouteBuilder {

    /** The exchange property that keeps the request for a second attempt. */
    public static final String REQUEST = "umfRequest";

    private final AbandonedOrders abandoned;
    private final RefundLookup refunds;

    public AmbiguousOutcomeRoutes(AbandonedOrders abandoned, RefundLookup refunds) {
        this.abandoned = abandoned;
        this.refunds = refunds;
    }

    @Override
    public void configure() {
        // tag::create-recovery[]
        from("direct:create-payment")                        // body: PaymentRequest
            .doTry()
                .to("umf:payment/create")                    // out: Payment
            .doCatch(UmfAmbiguousOutcomeException.class)
                // no payment id came back and UMF has no query by mer_reference_id: if UMF made the payment, nobody
                // can pay it (its id, QR code and links were in the lost answer) and it expires. Start over now.
                .bean(abandoned, "startOver")                // same basket, new mer_reference_id; old one remembered
                .to("umf:payment/create")
            .end();
        // end::create-recovery[]

        // tag::execute-recovery[]
        from("direct:execute-payment")                       // body: PaymentExecuteRequest; header CamelUmfPaymentId
            .setProperty(REQUEST, body())
            .doTry()
                .to("umf:payment/execute")
            .doCatch(UmfAmbiguousOutcomeException.class, UmfPendingOutcomeException.class)
                .to("umf:payment/get")                       // the id is known: did UMF execute it?
                .filter(header(STATE).isEqualTo("WAIT_BUYER_PAY"))
                    .setBody(exchangeProperty(REQUEST))      // it did not: executing again cannot pay twice
                    .to("umf:payment/execute")
                .end()
            .end();                                          // out: the Payment (TRADE_SUCCESS when paid)
        // end::execute-recovery[]

        // tag::refund-recovery[]
        from("direct:refund")                                // body: RefundRequest; header CamelUmfPaymentId
            .setProperty(REQUEST, body())
            .doTry()
                .to("umf:refund/create")                     // out: Refund
            .doCatch(UmfAmbiguousOutcomeException.class)
                .to("umf:payment/getWithRefunds")            // no refund id came back: list the payment's refunds
                .bean(refunds, "find")                       // ours, by mer_reference_id (a RefundInfo), or null
                .filter(body().isNull())
                    .setBody(exchangeProperty(REQUEST))      // UMF has none: send the same refund again
                    .to("umf:refund/create")
                .end()
            .end();
        // end::refund-recovery[]
    }
}
