package io.github.camelumf.sandbox.statement;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Faults and test data of the statement files, by date ({@code yyyyMMdd}, or the file id of a monthly file): a date
 * not ready yet, a truncated file (no trailer), a broken trailer (its count one too high), a corrupted line (an
 * amount that is not a number), and a large synthetic file generated as it is sent.
 */
public final class StatementControls {

    private final Set<String> notReady = ConcurrentHashMap.newKeySet();
    private final Set<String> truncated = ConcurrentHashMap.newKeySet();
    private final Set<String> brokenTrailer = ConcurrentHashMap.newKeySet();
    private final Map<String, Integer> corruptLines = new ConcurrentHashMap<>();
    private final Map<String, Long> synthetic = new ConcurrentHashMap<>();

    /** The file of {@code date} answers "The file is not exist." (00280059) until {@link #ready}. */
    public StatementControls notReady(String date) {
        notReady.add(date);
        return this;
    }

    /** Undoes {@link #notReady}. */
    public StatementControls ready(String date) {
        notReady.remove(date);
        return this;
    }

    /** The file of {@code date} ends before its trailer (signed as sent: only the integrity check can tell). */
    public StatementControls truncate(String date) {
        truncated.add(date);
        return this;
    }

    /** The trailer of the file of {@code date} announces one record more than the file has. */
    public StatementControls breakTrailer(String date) {
        brokenTrailer.add(date);
        return this;
    }

    /** Line {@code line} (1 is the header) of the file of {@code date} gets an amount that is not a number. */
    public StatementControls corruptLine(String date, int line) {
        corruptLines.put(date, line);
        return this;
    }

    /**
     * The settlement and transaction files of {@code date} hold {@code records} generated records (and nothing of the
     * sandbox's payments), generated while they are sent: for large-file tests and benchmarks.
     */
    public StatementControls synthetic(String date, long records) {
        synthetic.put(date, records);
        return this;
    }

    /** Removes every control. */
    public void reset() {
        notReady.clear();
        truncated.clear();
        brokenTrailer.clear();
        corruptLines.clear();
        synthetic.clear();
    }

    boolean isNotReady(String date) {
        return notReady.contains(date);
    }

    boolean isTruncated(String date) {
        return truncated.contains(date);
    }

    boolean isTrailerBroken(String date) {
        return brokenTrailer.contains(date);
    }

    Integer corruptLine(String date) {
        return corruptLines.get(date);
    }

    Long synthetic(String date) {
        return synthetic.get(date);
    }
}
