package io.github.camelumf.statement;

import java.util.List;

/**
 * A whole statement file, read and checked: header, records and trailer. For small files (the {@code statement}
 * output type); large files are better read record by record ({@code records}).
 *
 * @param header  the first line
 * @param records the records, in file order
 * @param trailer the last line
 * @param summary what the integrity check counted
 * @param <R>     {@link SettlementRecord}, {@link TransactionRecord} or {@link MonthlyBillRecord}
 */
public record Statement<R>(StatementHeader header, List<R> records, StatementTrailer trailer, StatementSummary summary) {

    @Override
    public String toString() {
        return "Statement{header=" + header + ", records=" + records.size() + ", trailer=" + trailer + "}";
    }
}
