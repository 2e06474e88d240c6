package io.github.camelumf.statement;

import java.math.BigDecimal;
import java.util.List;

/**
 * TRANSDETAIL (3.23): {@code TRANSDETAIL-END,MerId,settledate,number}. The trailer announces the count only; the
 * summary's total is the sum of column 9 ({@code amount}, yuan).
 */
final class TransactionCheck extends StatementCheck<TransactionRecord> {

    private BigDecimal amount = BigDecimal.ZERO;
    private StatementSummary summary;

    @Override
    void accumulate(TransactionRecord record, Columns columns) {
        if (record.getAmount() != null) {
            amount = amount.add(record.getAmount());
        }
    }

    @Override
    StatementTrailer verify(Columns trailer, String merchantId, String date) {
        trailer.requireAtLeast(4);
        long count = verifyCount(trailer);
        summary = new StatementSummary(count, amount, "CNY");
        return new StatementTrailer(merchantId, date, count, List.of(), null, trailer.line());
    }

    @Override
    StatementSummary summary() {
        return summary;
    }
}
