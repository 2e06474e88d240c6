package io.github.camelumf.statement;

import java.math.BigDecimal;
import java.util.List;

/**
 * The format-specific part of a statement's integrity check, one instance per file read: adds up the records and,
 * at the trailer, compares what the trailer announces with what was read.
 *
 * @param <R> the record type
 */
abstract class StatementCheck<R> {

    private long count;

    /** Adds one record. */
    final void add(R record, Columns columns) {
        count++;
        accumulate(record, columns);
    }

    abstract void accumulate(R record, Columns columns);

    /** Reads the trailer's format-specific columns (from column 4 on) and checks them against the records. */
    abstract StatementTrailer verify(Columns trailer, String merchantId, String date);

    /** What was counted, once the trailer was verified. */
    abstract StatementSummary summary();

    final long count() {
        return count;
    }

    /** Checks the trailer's record count (column 4). */
    final long verifyCount(Columns trailer) {
        long announced = trailer.count(4);
        if (announced != count) {
            throw trailer.failure(4, "the trailer announces " + announced + " records, " + count + " were read");
        }
        return announced;
    }

    /** Checks one of the trailer's totals against the sum of the records' column. */
    static BigDecimal verifyTotal(Columns trailer, int column, BigDecimal sum, String summed) {
        BigDecimal announced = trailer.decimal(column);
        if (announced == null) {
            throw trailer.failure(column, "a total is required");
        }
        if (announced.compareTo(sum) != 0) {
            throw trailer.failure(column, "the trailer's total " + announced.toPlainString() + " is not the sum of "
                                          + summed + " of the records (" + sum.toPlainString() + ")");
        }
        return announced;
    }

    /** The single currency of the records: a record with another currency than the first is malformed. */
    static final class CurrencyOfRecords {
        private String currency;

        void add(Columns columns, int column) {
            if (columns.isNull(column)) {
                return;
            }
            if (currency == null) {
                currency = columns.text(column);
            } else if (!columns.is(column, currency)) {
                throw columns.failure(column, "the currency differs from the earlier records' currency");
            }
        }

        String verify(Columns trailer, int column) {
            String announced = trailer.required(column);
            if (currency != null && !currency.equals(announced)) {
                throw trailer.failure(column, "the trailer's currency differs from the records' currency");
            }
            return announced;
        }
    }

    static List<BigDecimal> totals(BigDecimal... totals) {
        return List.of(totals);
    }
}
