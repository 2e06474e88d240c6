package io.github.camelumf.b2b;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Uploads of one payment take turns; other payments do not wait; no lock outlives its uploads. */
class PaymentLocksTest {

    @Test
    void secondUploadOfAPaymentWaitsForTheFirstAndOtherPaymentsDoNot() throws Exception {
        PaymentLocks.Held first = PaymentLocks.lock("ftp://host:21/inbox|A20261127");
        CompletableFuture<Boolean> second = CompletableFuture.supplyAsync(() -> {
            try (PaymentLocks.Held held = lock("ftp://host:21/inbox|A20261127")) {
                return held != null;
            }
        });
        try (PaymentLocks.Held other = PaymentLocks.lock("ftp://host:21/inbox|B20261127")) {
            assertThat(other).as("another payment's lock is free").isNotNull();
        }
        assertThat(second).as("the same payment's lock is held").isNotDone();

        first.close();
        assertThat(second.get(1, TimeUnit.MINUTES)).isTrue();

        assertThat(PaymentLocks.size()).isZero();
    }

    private static PaymentLocks.Held lock(String key) {
        try {
            return PaymentLocks.lock(key);
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}
