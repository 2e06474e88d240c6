package io.github.camelumf.docs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The tagged regions of the project's sources, the code that README and docs show. A region starts with a line
 * containing {@code tag::<name>[]} and ends with a line containing {@code end::<name>[]}, in a comment of the file's
 * language ({@code //}, {@code #}, {@code <!-- -->}), as in Asciidoctor's includes. Regions may nest; the tag lines of inner regions are not part of the outer one. The text of a
 * region is its lines with the common indentation removed.
 */
final class Snippets {

    private static final Pattern TAG = Pattern.compile("\\b(tag|end)::([A-Za-z0-9_.-]+)\\[]");
    private static final Set<String> EXTENSIONS = Set.of("java", "properties", "yaml", "yml", "xml");
    private static final Set<String> SKIPPED_DIRECTORIES = Set.of("target", ".git", "node_modules", ".idea");

    private final Map<String, Region> regions;

    private Snippets(Map<String, Region> regions) {
        this.regions = regions;
    }

    /** Where a region was found, and its text. */
    record Region(String name, Path file, int line, String text) {
    }

    /** Every region of every source file ({@code src/**}) and POM below {@code root}. */
    static Snippets of(Path root) {
        Map<String, Region> regions = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            files.filter(Snippets::isSource).sorted().forEach(file -> read(root, file, regions, problems));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!problems.isEmpty()) {
            throw new AssertionError("Broken snippet tags:\n" + String.join("\n", problems));
        }
        return new Snippets(regions);
    }

    Region get(String name) {
        return regions.get(name);
    }

    Set<String> names() {
        return regions.keySet();
    }

    private static boolean isSource(Path file) {
        for (Path part : file) {
            if (SKIPPED_DIRECTORIES.contains(part.toString())) {
                return false;
            }
        }
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        if (dot < 0 || !EXTENSIONS.contains(name.substring(dot + 1)) || !Files.isRegularFile(file)) {
            return false;
        }
        return name.equals("pom.xml") || file.toString().contains("/src/");
    }

    private static void read(Path root, Path file, Map<String, Region> regions, List<String> problems) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file);
        } catch (IOException e) {
            return; // not text
        }
        Map<String, Integer> open = new LinkedHashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            Matcher m = TAG.matcher(lines.get(i));
            if (!m.find()) {
                continue;
            }
            String kind = m.group(1);
            String name = m.group(2);
            String where = root.relativize(file) + ":" + (i + 1);
            if (kind.equals("tag")) {
                if (open.put(name, i) != null) {
                    problems.add(where + ": tag::" + name + "[] opened twice");
                }
            } else {
                Integer start = open.remove(name);
                if (start == null) {
                    problems.add(where + ": end::" + name + "[] without tag::" + name + "[]");
                } else if (regions.containsKey(name)) {
                    Region other = regions.get(name);
                    problems.add(where + ": region '" + name + "' also defined in " + other.file() + ":"
                                 + other.line());
                } else {
                    regions.put(name, new Region(name, root.relativize(file), start + 1,
                            text(lines.subList(start + 1, i))));
                }
            }
        }
        open.forEach((name, start) -> problems.add(root.relativize(file) + ":" + (start + 1) + ": tag::" + name
                                                   + "[] never ended"));
    }

    /** The lines without tag lines, the common indentation removed, without leading and trailing blank lines. */
    static String text(List<String> lines) {
        List<String> kept = new ArrayList<>();
        for (String line : lines) {
            if (!TAG.matcher(line).find()) {
                kept.add(line.stripTrailing());
            }
        }
        while (!kept.isEmpty() && kept.get(0).isBlank()) {
            kept.remove(0);
        }
        while (!kept.isEmpty() && kept.get(kept.size() - 1).isBlank()) {
            kept.remove(kept.size() - 1);
        }
        int indent = kept.stream().filter(l -> !l.isBlank()).mapToInt(Snippets::indentation).min().orElse(0);
        StringBuilder out = new StringBuilder();
        for (String line : kept) {
            out.append(line.isBlank() ? "" : line.substring(indent)).append('\n');
        }
        return out.toString();
    }

    private static int indentation(String line) {
        int n = 0;
        while (n < line.length() && line.charAt(n) == ' ') {
            n++;
        }
        return n;
    }
}
