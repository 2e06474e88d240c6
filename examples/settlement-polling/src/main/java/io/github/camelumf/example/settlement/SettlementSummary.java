package io.github.camelumf.example.settlement;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import io.github.camelumf.statement.StatementReader;
import io.github.camelumf.statement.StatementSummary;
import org.apache.camel.Exchange;

/**
 * Writes the summary line of each settle date delivered (date, record count, total, currency) to the console and to
 * {@code summary.csv}, and in demo mode ends the demo once the expected number of dates arrived.
 */
public final class SettlementSummary {

    private final PrintStream out;
    private final Path summaryFile;
    private final int expectedDates;
    private final Runnable onDone;
    private final List<String> lines = new CopyOnWriteArrayList<>();

    public SettlementSummary(PrintStream out, Path summaryFile, int expectedDates, Runnable onDone) {
        this.out = out;
        this.summaryFile = summaryFile;
        this.expectedDates = expectedDates;
        this.onDone = onDone;
    }

    /** Called by the route after the records of a date were written: the file passed its check. */
    public void record(Exchange exchange) {
        StatementReader<?> reader = exchange.getProperty("records", StatementReader.class);
        StatementSummary summary = reader.summary();
        if (summary == null) {
            throw new IllegalStateException("the statement was not read to its end");
        }
        String date = exchange.getMessage().getHeader("CamelUmfSettleDate", String.class);
        String line = date + "," + summary.recordCount() + "," + summary.total().toPlainString() + ","
                      + (summary.currency() == null ? "" : summary.currency());
        try {
            Files.createDirectories(summaryFile.getParent());
            Files.writeString(summaryFile, line + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        lines.add(line);
        out.println("[settlement] " + date + "  " + summary.recordCount() + " records  "
                    + summary.total().toPlainString() + " " + (summary.currency() == null ? "" : summary.currency()));
        if (expectedDates > 0 && lines.size() >= expectedDates) {
            onDone.run();
        }
    }

    /** The summary lines written, in order. */
    public List<String> lines() {
        return List.copyOf(lines);
    }
}
