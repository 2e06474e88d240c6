package io.github.camelumf.security;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Expands the field-path notation of the operation catalog ({@code operations.md}) into plain dotted paths for
 * {@link SensitiveFieldEncryption}. A brace set lists alternatives and may stand anywhere in a path, more than once
 * and nested: {@code payer.payer_info.bank_card.{number,cvv2}} gives {@code payer.payer_info.bank_card.number} and
 * {@code payer.payer_info.bank_card.cvv2}; {@code payer.payer_info.{qr_code_scan,wechat_H5}.citizen_id_number} gives
 * two paths with the brace set in the middle.
 */
public final class FieldPaths {

    private FieldPaths() {
    }

    /**
     * Expands the brace sets of one path pattern.
     *
     * @throws IllegalArgumentException if braces are unbalanced or a resulting path has an empty member name
     */
    public static List<String> expand(String pattern) {
        Objects.requireNonNull(pattern, "pattern");
        List<String> out = new ArrayList<>();
        expandInto(pattern.strip(), pattern, out);
        return List.copyOf(out);
    }

    /**
     * Expands every pattern of a list written as in the catalog's <i>enc</i> column: patterns separated by {@code ;}
     * or by {@code ,} outside braces, e.g. {@code "payer.payer_info.name; payer.payer_info.bank_card.{number,cvv2}"}
     * or {@code "cust_code, cust_name"}. Duplicates are dropped; the order is kept.
     */
    public static List<String> parse(String list) {
        Objects.requireNonNull(list, "list");
        Set<String> out = new LinkedHashSet<>();
        for (String pattern : splitTopLevel(list, list, true)) {
            if (!pattern.isBlank()) {
                out.addAll(expand(pattern));
            }
        }
        return List.copyOf(out);
    }

    /** Expands every pattern; duplicates are dropped, the order is kept. */
    public static List<String> expandAll(Collection<String> patterns) {
        Set<String> out = new LinkedHashSet<>();
        for (String pattern : patterns) {
            out.addAll(expand(pattern));
        }
        return List.copyOf(out);
    }

    private static void expandInto(String p, String original, List<String> out) {
        int open = p.indexOf('{');
        if (open < 0) {
            if (p.indexOf('}') >= 0) {
                throw unbalanced(original);
            }
            out.add(checked(p, original));
            return;
        }
        if (p.substring(0, open).indexOf('}') >= 0) {
            throw unbalanced(original);
        }
        int close = matchingBrace(p, open, original);
        String prefix = p.substring(0, open);
        String suffix = p.substring(close + 1);
        for (String alternative : splitTopLevel(p.substring(open + 1, close), original, false)) {
            expandInto(prefix + alternative.strip() + suffix, original, out);
        }
    }

    private static int matchingBrace(String p, int open, String original) {
        int depth = 0;
        for (int i = open; i < p.length(); i++) {
            char c = p.charAt(i);
            if (c == '{') {
                depth++;
            } else if (c == '}' && --depth == 0) {
                return i;
            }
        }
        throw unbalanced(original);
    }

    /** Splits at commas (and, for lists, semicolons) that are not inside braces. */
    private static List<String> splitTopLevel(String s, String original, boolean semicolons) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '{') {
                depth++;
            } else if (c == '}') {
                if (--depth < 0) {
                    throw unbalanced(original);
                }
            } else if (depth == 0 && (c == ',' || semicolons && c == ';')) {
                parts.add(s.substring(start, i));
                start = i + 1;
            }
        }
        if (depth != 0) {
            throw unbalanced(original);
        }
        parts.add(s.substring(start));
        return parts;
    }

    private static String checked(String path, String original) {
        for (String member : path.split("\\.", -1)) {
            if (member.isEmpty() || !member.equals(member.strip())) {
                throw new IllegalArgumentException(
                        "field path '" + original + "' has an empty or padded member name in '" + path + "'");
            }
        }
        return path;
    }

    private static IllegalArgumentException unbalanced(String original) {
        return new IllegalArgumentException("field path '" + original + "' has unbalanced braces");
    }
}
