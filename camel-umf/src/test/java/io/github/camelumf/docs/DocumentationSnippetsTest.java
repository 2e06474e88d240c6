package io.github.camelumf.docs;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every code block of README.md and docs/*.md is code that compiles and runs in a test: a block preceded by the marker
 * line {@code <!-- snippet: <name> -->} must equal the region {@code <name>} tagged in a source file ({@link Snippets}),
 * and a Java block there must have such a marker. Marked blocks of the modules' README.md files are checked too.
 * <p>
 * To show new code: tag it in a test ({@code // tag::<name>[]} ... {@code // end::<name>[]}), put the marker line right
 * above the fenced block in the Markdown file and run this test: on drift it fails and writes the corrected Markdown
 * files to {@code camel-umf/target/docs-snippets/}, ready to copy over the originals.
 */
class DocumentationSnippetsTest {

    static final Path ROOT = Path.of("..");
    private static final Path CORRECTED = Path.of("target", "docs-snippets");
    private static final Pattern MARKER = Pattern.compile("^<!-- snippet: ([A-Za-z0-9_.-]+) -->$");
    private static final Pattern FENCE = Pattern.compile("^```(\\w*)\\s*$");
    /** Languages whose blocks must come from a tagged region. */
    private static final Set<String> COMPILED_LANGUAGES = Set.of("java");

    @Test
    void everyMarkedBlockEqualsItsTaggedRegionAndEveryJavaBlockIsMarked() throws IOException {
        Snippets snippets = Snippets.of(ROOT);
        List<String> problems = new ArrayList<>();
        int checked = 0;
        for (Path doc : documents()) {
            DocumentCheck check = check(doc, snippets);
            problems.addAll(check.problems());
            checked += check.marked();
            if (!check.corrected().equals(Files.readString(doc))) {
                Path out = CORRECTED.resolve(ROOT.relativize(doc).normalize());
                Files.createDirectories(out.getParent());
                Files.writeString(out, check.corrected());
            }
        }
        assertThat(problems).as("code blocks that are not their tagged region (corrected files, where a region exists,"
                                + " in camel-umf/%s)", CORRECTED).isEmpty();
        assertThat(checked).as("marked snippets checked").isGreaterThan(10);
    }

    @Test
    void aRegionIsItsLinesWithoutTagLinesOrCommonIndentation() {
        String text = Snippets.text(List.of("", "        from(\"direct:a\")", "            // tag" + "::inner[]",
                "            .to(\"umf:payment/get\");", "            // end" + "::inner[]", ""));

        assertThat(text).isEqualTo("from(\"direct:a\")\n    .to(\"umf:payment/get\");\n");
    }

    /** The Markdown files users read. */
    static List<Path> documents() throws IOException {
        List<Path> docs = new ArrayList<>();
        docs.add(ROOT.resolve("README.md"));
        try (Stream<Path> files = Files.walk(ROOT, 3)) {
            files.filter(p -> p.getFileName().toString().endsWith(".md"))
                    .filter(p -> !p.toString().contains("/target/") && !p.toString().contains("/."))
                    .filter(p -> p.getParent().getFileName().toString().equals("docs")
                                 || p.getFileName().toString().equals("README.md"))
                    .filter(p -> !p.normalize().equals(ROOT.resolve("README.md").normalize()))
                    .sorted().forEach(docs::add);
        }
        return docs;
    }

    /** README.md and docs/*.md show only compiled code; the modules' READMEs are checked where they are marked. */
    private static boolean mustBeCompiled(Path doc) {
        Path relative = ROOT.relativize(doc).normalize();
        return relative.toString().equals("README.md") || relative.startsWith("docs");
    }

    record DocumentCheck(List<String> problems, int marked, String corrected) {
    }

    private static DocumentCheck check(Path doc, Snippets snippets) throws IOException {
        List<String> lines = Files.readAllLines(doc);
        List<String> problems = new ArrayList<>();
        StringBuilder corrected = new StringBuilder();
        String where = ROOT.relativize(doc).normalize().toString();
        int marked = 0;
        String pendingMarker = null;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            Matcher marker = MARKER.matcher(line);
            Matcher fence = FENCE.matcher(line);
            if (marker.matches()) {
                pendingMarker = marker.group(1);
                corrected.append(line).append('\n');
                continue;
            }
            if (!fence.matches()) {
                pendingMarker = null;
                corrected.append(line).append('\n');
                continue;
            }
            int close = i + 1;
            while (close < lines.size() && !lines.get(close).startsWith("```")) {
                close++;
            }
            String block = String.join("\n", lines.subList(i + 1, close))
                           + (close > i + 1 ? "\n" : "");
            String language = fence.group(1);
            String replacement = block;
            if (pendingMarker != null) {
                marked++;
                Snippets.Region region = snippets.get(pendingMarker);
                if (region == null) {
                    problems.add(where + ":" + (i + 1) + ": no tagged region '" + pendingMarker + "' in the sources");
                } else if (!region.text().equals(block)) {
                    problems.add(where + ":" + (i + 1) + ": block '" + pendingMarker + "' differs from its region in "
                                 + region.file().normalize() + ":" + region.line());
                    replacement = region.text();
                }
            } else if (COMPILED_LANGUAGES.contains(language) && mustBeCompiled(doc)) {
                problems.add(where + ":" + (i + 1) + ": a ```" + language + " block without a <!-- snippet: <name> -->"
                             + " marker: tag the code in a test and put the marker above the block");
            }
            corrected.append(line).append('\n').append(replacement);
            if (close < lines.size()) {
                corrected.append(lines.get(close)).append('\n');
            }
            i = close;
            pendingMarker = null;
        }
        return new DocumentCheck(problems, marked, corrected.toString());
    }
}
