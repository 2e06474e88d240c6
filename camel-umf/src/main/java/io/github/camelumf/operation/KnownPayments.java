package io.github.camelumf.operation;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What the component has seen of payments it created or queried: their amount and currency, and the refunds it
 * requested for them. Bounded (least recently used entries go first). Lets a refund be checked against the payment
 * before it leaves, where the payment is known; UMF remains the authority.
 */
public final class KnownPayments {

    /** A payment's total and currency, and the refunds requested through this component so far. */
    public record Known(BigDecimal total, String currency, BigDecimal refunded) {
    }

    private final Map<String, Known> payments;

    public KnownPayments(int capacity) {
        this.payments = new LinkedHashMap<>(64, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Known> eldest) {
                return size() > capacity;
            }
        };
    }

    public synchronized void recordPayment(String paymentId, BigDecimal total, String currency) {
        if (paymentId == null || total == null || currency == null) {
            return;
        }
        Known previous = payments.get(paymentId);
        if (previous != null && previous.total().compareTo(total) == 0 && previous.currency().equals(currency)) {
            return; // seen before (a payment/get repeated): nothing new, no allocation
        }
        payments.put(paymentId, new Known(total, currency, previous == null ? BigDecimal.ZERO : previous.refunded()));
    }

    public synchronized void recordRefund(String paymentId, BigDecimal amount) {
        Known known = paymentId == null || amount == null ? null : payments.get(paymentId);
        if (known != null) {
            payments.put(paymentId, new Known(known.total(), known.currency(), known.refunded().add(amount)));
        }
    }

    public synchronized Optional<Known> find(String paymentId) {
        return Optional.ofNullable(paymentId == null ? null : payments.get(paymentId));
    }
}
