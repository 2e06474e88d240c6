package io.github.camelumf.example.main.recovery;

import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import io.github.camelumf.model.PaymentRequest;

/**
 * The merchant references given up after an ambiguous {@code payment/create}. Such a payment may exist at UMF, but
 * nobody can pay it: its id, QR code and links were only in the answer that was lost, and UMF has no query by
 * {@code mer_reference_id}. It expires after the order's {@code expire_time}. A real shop keeps these references in
 * its order database; this one keeps them in memory.
 */
public class AbandonedOrders {

    private final Set<String> abandoned = ConcurrentHashMap.newKeySet();

    /**
     * Gives up the order's current {@code mer_reference_id} and gives the order a new one (the basket stays the same),
     * so that it can be created again without any risk of two payable payments.
     *
     * @return the same request, now with a new {@code order.mer_reference_id}
     */
    public PaymentRequest startOver(PaymentRequest request) {
        String old = request.getOrder().getMerReferenceId();
        abandoned.add(old);
        request.getOrder().setMerReferenceId(newReference());
        return request;
    }

    /**
     * Whether {@code merReferenceId} was given up: a payment notification with this reference (header
     * {@code CamelUmfMerReferenceId}) is for an order that must not be shipped, but refunded.
     */
    public boolean isAbandoned(String merReferenceId) {
        return abandoned.contains(merReferenceId);
    }

    private static String newReference() {
        return UUID.randomUUID().toString().replace("-", "").substring(0, 20);
    }
}
