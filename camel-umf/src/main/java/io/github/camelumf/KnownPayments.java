package io.github.camelumf;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What the component has seen of payments it created or queried: their amount and currency, and the refunds it
 * requested for them. Bounded (least recently used entries go first). Lets a refund be checked against the payment
 * before it leaves, where the payment is known; UMF remains the authority.
 */
final class KnownPayments {

    /** A payment's total and currency, and the refunds requested through this component so far. */
    record Known(BigDecimal total, String currency, BigDecimal refunded) {
    }

    private final Map<String, Known> payments;

    KnownPayments(int capacity) {
        this.payments = new LinkedHashMap<>(64, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Known> eldest) {
                return size() > capacity;
            }
        };
    }

    synchronized void recordPayment(String paymentId, BigDecimal total, String currency) {
        if (paymentId == null || total == null || currency == null) {
            return;
        }
        Known previous = payments.get(paymentId);
        payments.put(paymentId, new Known(total, currency, previous == null ? BigDecimal.ZERO : previous.refunded()));
    }

    synchronized void recordRefund(String paymentId, BigDecimal amount) {
        Known known = paymentId == null || amount == null ? null : payments.get(paymentId);
        if (known != null) {
            payments.put(paymentId, new Known(known.total(), known.currency(), known.refunded().add(amount)));
        }
    }

    synchronized Optional<Known> find(String paymentId) {
        return Optional.ofNullable(paymentId == null ? null : payments.get(paymentId));
    }
}
