package io.github.camelumf.sandbox.statement;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * One statement file, written line by line as it is sent (a synthetic file of millions of records is never held),
 * with the controls of its date applied: a corrupted line, a broken trailer, a truncated end.
 */
final class StatementFile implements FileBody {

    private final StatementLayout layout;
    private final String merchantId;
    private final String date;
    private final List<Settled> entries;
    private final Long synthetic;
    private final boolean truncated;
    private final boolean trailerBroken;
    private final Integer corruptLine;

    StatementFile(StatementLayout layout, String merchantId, String date, List<Settled> entries, Long synthetic,
                  StatementControls controls, String key) {
        this.layout = layout;
        this.merchantId = merchantId;
        this.date = date;
        this.entries = entries;
        this.synthetic = synthetic;
        this.truncated = controls.isTruncated(key);
        this.trailerBroken = controls.isTrailerBroken(key);
        this.corruptLine = controls.corruptLine(key);
    }

    @Override
    public void writeTo(OutputStream out) throws IOException {
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 64 * 1024);
        writer.write(layout.header(merchantId, date));
        writer.write('\n');
        long line = 1;
        long count = 0;
        BigDecimal total = BigDecimal.ZERO;
        BigDecimal second = BigDecimal.ZERO;
        long records = synthetic != null ? synthetic : entries.size();
        for (long i = 0; i < records; i++) {
            line++;
            String text;
            if (synthetic != null) {
                text = layout.syntheticRecord(i, date);
                total = total.add(layout.syntheticTotal());
            } else {
                Settled entry = entries.get((int) i);
                text = layout.record(entry, date);
                total = total.add(layout.total(entry));
                second = second.add(layout.second(entry));
            }
            if (corruptLine != null && corruptLine == line) {
                text = corrupt(text);
            }
            writer.write(text);
            writer.write('\n');
            count++;
        }
        if (!truncated) {
            writer.write(layout.trailer(merchantId, date, trailerBroken ? count + 1 : count, total, second));
            writer.write('\n');
        }
        writer.flush();
    }

    private String corrupt(String text) {
        String[] columns = text.split(",", -1);
        columns[layout.amountColumn() - 1] = "12x.34";
        return String.join(",", columns);
    }
}
