package io.github.camelumf.jdbc.cluster;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A node's {@code RESULT calls=.. errors=.. storeQueries=.. errorTypes={..}} line, and sums over nodes. */
record LoadResult(long calls, long errors, long storeQueries, String errorTypes) {

    private static final Pattern LINE = Pattern.compile(
            "RESULT calls=(\\d+) errors=(\\d+) storeQueries=(\\d+) errorTypes=(.*)");

    static LoadResult parse(String line) {
        Matcher m = LINE.matcher(line);
        if (!m.matches()) {
            throw new AssertionError("not a RESULT line: " + line);
        }
        return new LoadResult(Long.parseLong(m.group(1)), Long.parseLong(m.group(2)), Long.parseLong(m.group(3)),
                m.group(4));
    }

    static LoadResult sum(List<LoadResult> results) {
        StringBuilder types = new StringBuilder();
        results.forEach(r -> types.append(r.errorTypes()));
        return new LoadResult(results.stream().mapToLong(LoadResult::calls).sum(),
                results.stream().mapToLong(LoadResult::errors).sum(),
                results.stream().mapToLong(LoadResult::storeQueries).sum(), types.toString());
    }
}
