package io.github.camelumf.sandbox.statement;

import io.github.camelumf.sandbox.SandboxClock;
import io.github.camelumf.sandbox.payment.Payment;
import io.github.camelumf.sandbox.payment.Refund;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One settled payment or refund as the statement files show it. The sandbox settles in USD at a fixed rate of 6.8088
 * CNY per USD (1 for CNY payments), charges a service fee of 3% of the CNY amount on payments, and buys the rest in
 * USD: {@code foreignAmount = (amount - comAmt) / 6.8088}; a refund's foreign amount is its CNY amount / 6.8088.
 */
record Settled(boolean refund, String id, String orderId, String originalOrderId, String originalTradeNo,
               String productName, Instant createdAt, Instant successAt, String currency, BigDecimal cbAmount,
               BigDecimal rate, BigDecimal amount, BigDecimal fee, BigDecimal foreignAmount, LocalDate settleDate,
               String state) {

    static final BigDecimal USD_RATE = new BigDecimal("6.8088");
    private static final BigDecimal FEE_RATE = new BigDecimal("0.03");

    static Settled payment(Payment payment, Instant executedAt) {
        String currency = payment.amount().currency();
        BigDecimal total = payment.amount().total().setScale(2, RoundingMode.HALF_UP);
        BigDecimal rate = "CNY".equals(currency) ? BigDecimal.ONE : USD_RATE;
        BigDecimal cny = total.multiply(rate).setScale(2, RoundingMode.HALF_UP);
        BigDecimal fee = cny.multiply(FEE_RATE).setScale(2, RoundingMode.HALF_UP);
        BigDecimal foreign = cny.subtract(fee).divide(USD_RATE, 2, RoundingMode.HALF_UP);
        return new Settled(false, payment.id(), payment.merReferenceId(), null, null, product(payment),
                payment.createdAt(), executedAt, currency, total, rate, cny, fee, foreign, settleDate(executedAt),
                "TRADE_SUCCESS");
    }

    static Settled refund(Refund refund) {
        Payment payment = refund.payment();
        String currency = refund.amount().currency();
        BigDecimal total = refund.amount().total().setScale(2, RoundingMode.HALF_UP);
        BigDecimal rate = "CNY".equals(currency) ? BigDecimal.ONE : USD_RATE;
        BigDecimal cny = total.multiply(rate).setScale(2, RoundingMode.HALF_UP);
        BigDecimal foreign = cny.divide(USD_RATE, 2, RoundingMode.HALF_UP);
        return new Settled(true, refund.id(), refund.merReferenceId(), payment.merReferenceId(), payment.id(),
                product(payment), refund.createdAt(), refund.createdAt(), currency, total, rate, cny,
                BigDecimal.ZERO.setScale(2), foreign, settleDate(refund.createdAt()), "REFUND_SUCCESS");
    }

    private static String product(Payment payment) {
        String method = payment.paymentMethod();
        return method == null || method.isBlank() ? "PaymentGateway" : "PaymentGateway-" + method.replace(',', ' ');
    }

    private static LocalDate settleDate(Instant success) {
        return success.atZone(SandboxClock.CHINA).toLocalDate().plusDays(1);
    }
}
