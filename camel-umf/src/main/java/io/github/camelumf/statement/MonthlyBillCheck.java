package io.github.camelumf.statement;

import java.math.BigDecimal;
import java.util.List;

/**
 * MONTHLYBILL (3.25): {@code MONTHLYBILL_END,merId,billing cycle,count,settlement currency,total foreign exchange
 * purchase,total payment}. The reference has no sample file; we read the purchase total as the sum of column 16
 * ({@code reference_foreign_amount}), the payment total as the sum of column 11 ({@code net_amount}), and the
 * currency as column 17 ({@code settle_currency}) of every record.
 */
final class MonthlyBillCheck extends StatementCheck<MonthlyBillRecord> {

    private final CurrencyOfRecords currency = new CurrencyOfRecords();
    private BigDecimal purchase = BigDecimal.ZERO;
    private BigDecimal payment = BigDecimal.ZERO;
    private StatementSummary summary;

    @Override
    void accumulate(MonthlyBillRecord record, Columns columns) {
        if (record.getReferenceForeignAmount() != null) {
            purchase = purchase.add(record.getReferenceForeignAmount());
        }
        if (record.getNetAmount() != null) {
            payment = payment.add(record.getNetAmount());
        }
        currency.add(columns, 17);
    }

    @Override
    StatementTrailer verify(Columns trailer, String merchantId, String date) {
        trailer.requireAtLeast(7);
        long count = verifyCount(trailer);
        String settleCurrency = currency.verify(trailer, 5);
        BigDecimal purchased = verifyTotal(trailer, 6, purchase, "reference_foreign_amount (column 16)");
        BigDecimal paid = verifyTotal(trailer, 7, payment, "net_amount (column 11)");
        summary = new StatementSummary(count, purchased, settleCurrency);
        return new StatementTrailer(merchantId, date, count, List.of(purchased, paid), settleCurrency, trailer.line());
    }

    @Override
    StatementSummary summary() {
        return summary;
    }
}
