package io.github.camelumf.statement;

import java.math.BigDecimal;
import java.util.List;

/**
 * SETTLEDETAIL (3.21): {@code SETTLEDETAIL-END,merId,date,count,total reference foreign amount,settlement amount,
 * settlement currency}. Both totals are the sum of column 16 ({@code foreignAmount}) and the currency is column 15
 * ({@code buyCurrencyId}) of every record (the reference sample: 6 records, 602.79, 602.79, USD).
 */
final class SettlementCheck extends StatementCheck<SettlementRecord> {

    private final CurrencyOfRecords currency = new CurrencyOfRecords();
    private BigDecimal foreignAmount = BigDecimal.ZERO;
    private StatementSummary summary;

    @Override
    void accumulate(SettlementRecord record, Columns columns) {
        if (record.getForeignAmount() != null) {
            foreignAmount = foreignAmount.add(record.getForeignAmount());
        }
        currency.add(columns, 15);
    }

    @Override
    StatementTrailer verify(Columns trailer, String merchantId, String date) {
        trailer.requireAtLeast(7);
        long count = verifyCount(trailer);
        BigDecimal reference = verifyTotal(trailer, 5, foreignAmount, "foreignAmount (column 16)");
        BigDecimal settled = verifyTotal(trailer, 6, foreignAmount, "foreignAmount (column 16)");
        String settlementCurrency = currency.verify(trailer, 7);
        summary = new StatementSummary(count, settled, settlementCurrency);
        return new StatementTrailer(merchantId, date, count, List.of(reference, settled), settlementCurrency,
                trailer.line());
    }

    @Override
    StatementSummary summary() {
        return summary;
    }
}
