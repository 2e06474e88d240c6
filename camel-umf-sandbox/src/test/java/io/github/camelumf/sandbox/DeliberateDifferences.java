package io.github.camelumf.sandbox;

import java.util.ArrayList;
import java.util.List;

/**
 * The one list of the sandbox's deliberate differences from the reference's sample answers:
 * {@code reference-samples/deliberate-differences.tsv}, one line each: case name (or {@code *} for every case),
 * the member path as {@link MemberTree} writes it, and the reason.
 */
final class DeliberateDifferences {

    /** One listed difference. */
    record Entry(String caseName, String path, String reason) {
    }

    private final List<Entry> entries;

    private DeliberateDifferences(List<Entry> entries) {
        this.entries = entries;
    }

    static DeliberateDifferences load() {
        List<Entry> entries = new ArrayList<>();
        for (String line : ReferenceSamples.text("deliberate-differences.tsv").split("\n")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] columns = line.split("\t");
            if (columns.length != 3) {
                throw new IllegalStateException("deliberate-differences.tsv: 3 tab-separated columns expected: "
                        + line);
            }
            entries.add(new Entry(columns[0], columns[1], columns[2]));
        }
        return new DeliberateDifferences(entries);
    }

    List<Entry> entries() {
        return entries;
    }

    boolean explains(String caseName, String path) {
        return entries.stream().anyMatch(e -> (e.caseName().equals("*") || e.caseName().equals(caseName))
                && e.path().equals(path));
    }

    /** The paths listed for exactly this case (not the {@code *} ones). */
    List<String> pathsOf(String caseName) {
        return entries.stream().filter(e -> e.caseName().equals(caseName)).map(Entry::path).toList();
    }
}
