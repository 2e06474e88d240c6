package io.github.camelumf.notification;

import java.util.concurrent.atomic.AtomicLong;

import io.github.camelumf.model.NotificationType;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Which states come later, and how often a refusal reason may be warned about. */
class StateOrderAndWarnLimiterTest {

    @Test
    void waitingComesBeforeEveryEndOfAPaymentOrRefund() {
        assertThat(StateOrder.laterThan(NotificationType.PAYMENT, "WAIT_BUYER_PAY"))
                .containsExactly("TRADE_CANCEL", "TRADE_CLOSED", "TRADE_FAIL", "TRADE_SUCCESS");
        assertThat(StateOrder.laterThan(NotificationType.PAYMENT, "TRADE_SUCCESS")).isEmpty();
        assertThat(StateOrder.laterThan(NotificationType.REFUND, "REFUND_PROCESS"))
                .containsExactly("REFUND_CLOSE", "REFUND_FAIL", "REFUND_SUCCESS");
        assertThat(StateOrder.laterThan(NotificationType.REFUND, "REFUND_RETRY"))
                .containsExactly("REFUND_CLOSE", "REFUND_FAIL", "REFUND_SUCCESS");
        assertThat(StateOrder.laterThan(NotificationType.REFUND, "WAIT_BUYER_PAY")).isEmpty();
        assertThat(StateOrder.laterThan(NotificationType.PAYMENT, "SOMETHING_NEW")).isEmpty();
        assertThat(StateOrder.laterThan(NotificationType.PAYMENT, null)).isEmpty();
        assertThat(StateOrder.laterThan(NotificationType.CUSTOMS, "WAIT_BUYER_PAY")).isEmpty();
    }

    @Test
    void oneWarningPerReasonAndIntervalThenTheCountOfTheOthers() {
        AtomicLong now = new AtomicLong(1_000);
        WarnLimiter limiter = new WarnLimiter(60_000, now::get);

        assertThat(limiter.allow("A")).isZero();
        assertThat(limiter.allow("A")).isEqualTo(-1);
        assertThat(limiter.allow("B")).as("another reason has its own budget").isZero();
        now.addAndGet(59_999);
        assertThat(limiter.allow("A")).isEqualTo(-1);
        now.addAndGet(1);
        assertThat(limiter.allow("A")).as("two were kept from WARN since").isEqualTo(2);
        assertThat(limiter.allow("A")).isEqualTo(-1);
        now.addAndGet(60_000);
        assertThat(limiter.allow("A")).isEqualTo(1);
        assertThat(limiter.allow("B")).isZero();
    }
}
