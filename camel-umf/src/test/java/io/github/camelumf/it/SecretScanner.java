package io.github.camelumf.it;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds secrets in text: literal values (card number, client secret, tokens...), patterns (a CVV2 next to its
 * name), and key material, where any run of {@value #KEY_RUN} characters of a PEM's base64 body counts as a leak
 * (line breaks are ignored, so a key printed on one line or in 64-character lines is found alike).
 */
final class SecretScanner {

    static final int KEY_RUN = 16;

    /** Each literal secret and its label (several secrets may share a label). */
    private final Map<String, String> literals = new LinkedHashMap<>();
    private final Map<String, Pattern> patterns = new LinkedHashMap<>();
    /** Each 16-character run of a key's base64 and the key's label. */
    private final Map<String, String> keyRuns = new HashMap<>();

    /** Reports {@code value} wherever it occurs. */
    SecretScanner literal(String label, String value) {
        if (value == null || value.isEmpty()) {
            throw new IllegalArgumentException("no value for " + label);
        }
        literals.put(value, label);
        return this;
    }

    /** Reports text matching {@code regex}. */
    SecretScanner pattern(String label, String regex) {
        patterns.put(label, Pattern.compile(regex));
        return this;
    }

    /** Reports any {@value #KEY_RUN}-character run of the base64 body of {@code pem}. */
    SecretScanner keyMaterial(String label, String pem) {
        String base64 = base64Body(pem);
        if (base64.length() < KEY_RUN) {
            throw new IllegalArgumentException("no key material in " + label);
        }
        for (int i = 0; i + KEY_RUN <= base64.length(); i++) {
            keyRuns.putIfAbsent(base64.substring(i, i + KEY_RUN), label);
        }
        return this;
    }

    /** The labels of the secrets found in {@code text}; empty when it is clean. */
    List<String> findIn(String text) {
        Set<String> found = new LinkedHashSet<>();
        literals.forEach((value, label) -> {
            if (text.contains(value)) {
                found.add(label);
            }
        });
        patterns.forEach((label, pattern) -> {
            if (pattern.matcher(text).find()) {
                found.add(label);
            }
        });
        String compact = text.replace("\r", "").replace("\n", "");
        for (int i = 0; i + KEY_RUN <= compact.length(); i++) {
            String label = keyRuns.get(compact.substring(i, i + KEY_RUN));
            if (label != null) {
                found.add(label);
            }
        }
        return new ArrayList<>(found);
    }

    /** The base64 of a PEM document without armour lines, headers (Proc-Type, DEK-Info) or line breaks. */
    static String base64Body(String pem) {
        StringBuilder sb = new StringBuilder();
        for (String line : pem.split("\\R")) {
            String trimmed = line.trim();
            if (!trimmed.startsWith("-----") && !trimmed.contains(":")) {
                sb.append(trimmed);
            }
        }
        return sb.toString();
    }
}
