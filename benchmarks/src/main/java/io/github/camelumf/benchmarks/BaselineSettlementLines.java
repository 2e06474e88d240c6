package io.github.camelumf.benchmarks;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;

/**
 * The baseline of {@link StatementDownloadBenchmark}: a SETTLEDETAIL file read the plainest way, a buffered line
 * reader that splits each record line at the commas and parses its amount columns (8 cbAmount, 9 rate, 10 amount,
 * 11 comAmt, 14 buyForexRate, 16 foreignAmount, 19 refundAmountRequested when present) as {@link BigDecimal}, summing
 * column 16. No signature check, no dates, no typed records, no trailer check.
 */
final class BaselineSettlementLines {

    private static final int[] AMOUNT_COLUMNS = { 7, 8, 9, 10, 13, 15, 18 };
    private static final int FOREIGN_AMOUNT = 15;

    /**
     * What was read: the record lines, the sum of their column 16, and the sum of the scales of every amount parsed
     * (so that no parse is dead code to the JIT).
     */
    record Totals(long records, BigDecimal foreignAmount, long scales) {
    }

    private BaselineSettlementLines() {
    }

    static Totals read(InputStream in) throws IOException {
        long records = 0;
        BigDecimal total = BigDecimal.ZERO;
        long scales = 0;
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 64 * 1024)) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isEmpty() || line.startsWith("SETTLEDETAIL-")) {
                    continue;
                }
                String[] columns = line.split(",", -1);
                for (int column : AMOUNT_COLUMNS) {
                    if (column < columns.length && !"N/A".equals(columns[column]) && !columns[column].isEmpty()) {
                        BigDecimal amount = new BigDecimal(columns[column]);
                        scales += amount.scale();
                        if (column == FOREIGN_AMOUNT) {
                            total = total.add(amount);
                        }
                    }
                }
                records++;
            }
        }
        return new Totals(records, total, scales);
    }
}
