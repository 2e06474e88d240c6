package io.github.camelumf.validation;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Collection;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.camelumf.error.UmfValidationException;

/**
 * The rules every UMF member may be held to: presence, JSON type, length, digits, calendar date, allowed values.
 * Each rule throws {@link UmfValidationException} with the member's path and the rule in words, never the value.
 * A member that is JSON {@code null} counts as absent.
 */
final class FieldRules {

    private FieldRules() {
    }

    /** The member, or {@code null} if it is absent or JSON null. */
    static JsonNode member(JsonNode parent, String name) {
        JsonNode value = parent == null ? null : parent.get(name);
        return value == null || value.isNull() ? null : value;
    }

    static UmfValidationException violation(FieldPath path, String rule) {
        return new UmfValidationException(path.toString(), rule);
    }

    /** A member that must be present. */
    static JsonNode required(JsonNode parent, String name, FieldPath path) {
        JsonNode value = member(parent, name);
        if (value == null) {
            throw violation(path, "is required");
        }
        return value;
    }

    /** A JSON object member; {@code null} if absent and not required. */
    static ObjectNode object(JsonNode parent, String name, FieldPath path, boolean required) {
        JsonNode value = required ? required(parent, name, path) : member(parent, name);
        if (value == null) {
            return null;
        }
        if (!value.isObject()) {
            throw violation(path, "must be a JSON object");
        }
        return (ObjectNode) value;
    }

    /** A JSON array member with at least one element; {@code null} if absent and not required. */
    static ArrayNode nonEmptyArray(JsonNode parent, String name, FieldPath path, boolean required) {
        JsonNode value = required ? required(parent, name, path) : member(parent, name);
        if (value == null) {
            return null;
        }
        if (!value.isArray() || value.isEmpty()) {
            throw violation(path, "must be a JSON array with at least one element");
        }
        return (ArrayNode) value;
    }

    /** A JSON string member; {@code null} if absent and not required. */
    static String text(JsonNode parent, String name, FieldPath path, boolean required) {
        JsonNode value = required ? required(parent, name, path) : member(parent, name);
        if (value == null) {
            return null;
        }
        if (!value.isTextual()) {
            throw violation(path, "must be a JSON string");
        }
        return value.textValue();
    }

    /** A JSON string member of {@code min} to {@code max} characters; {@code null} if absent and not required. */
    static String text(JsonNode parent, String name, FieldPath path, boolean required, int min, int max) {
        String value = text(parent, name, path, required);
        if (value != null) {
            length(path, value, min, max);
        }
        return value;
    }

    /** At most {@code max} characters (absent is fine). */
    static String atMost(JsonNode parent, String name, FieldPath path, int max) {
        return text(parent, name, path, false, 0, max);
    }

    /** {@code min} to {@code max} characters (Unicode code points, so a Chinese character counts once). */
    static void length(FieldPath path, String value, int min, int max) {
        int length = value.codePointCount(0, value.length());
        if (length < min || length > max) {
            throw violation(path, lengthRule(min, max));
        }
    }

    private static String lengthRule(int min, int max) {
        if (min == max) {
            return "must be exactly " + min + " characters";
        }
        if (min == 0) {
            return "must be at most " + max + " characters";
        }
        return "must be " + min + " to " + max + " characters";
    }

    /** {@code min} to {@code max} decimal digits and nothing else. */
    static void digits(FieldPath path, String value, int min, int max) {
        if (!isDigits(value, min, max)) {
            throw violation(path, min == max ? "must be exactly " + min + " digits"
                    : "must be " + min + " to " + max + " digits");
        }
    }

    /** Whether {@code value} is {@code min} to {@code max} ASCII decimal digits and nothing else. */
    static boolean isDigits(String value, int min, int max) {
        int length = value.length();
        if (length < min || length > max) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            char c = value.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /** A calendar date written yyyyMMdd (20180230 is refused, not read as 28 February). */
    static void date(FieldPath path, String value) {
        if (!isDigits(value, 8, 8)) {
            throw violation(path, "must be yyyyMMdd and a real date");
        }
        try {
            LocalDate.of(Integer.parseInt(value, 0, 4, 10), Integer.parseInt(value, 4, 6, 10),
                    Integer.parseInt(value, 6, 8, 10));
        } catch (DateTimeException e) {
            throw violation(path, "must be yyyyMMdd and a real date");
        }
    }

    /** One of the allowed values, exactly. */
    static void oneOf(FieldPath path, String value, Collection<String> allowed) {
        if (!allowed.contains(value)) {
            throw violation(path, oneOfRule(allowed));
        }
    }

    static String oneOfRule(Collection<String> allowed) {
        if (allowed.size() == 1) {
            return "must be " + allowed.iterator().next();
        }
        if (allowed.size() == 2) {
            java.util.Iterator<String> values = allowed.iterator();
            return "must be " + values.next() + " or " + values.next();
        }
        return "must be one of " + String.join(", ", allowed);
    }
}
