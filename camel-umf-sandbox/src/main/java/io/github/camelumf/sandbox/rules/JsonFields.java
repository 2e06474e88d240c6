package io.github.camelumf.sandbox.rules;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.regex.Pattern;

/**
 * Reads members of a request body and refuses, naming the field, what is missing or of the wrong JSON type
 * ({@code 00060700}) or does not match its pattern ({@code 00280702}).
 */
public final class JsonFields {

    private JsonFields() {
    }

    /** The object member {@code name}, required. */
    public static ObjectNode object(JsonNode parent, String name, String path) {
        JsonNode node = parent.get(name);
        if (node == null || node.isNull()) {
            throw ApiError.invalid(path, "is required");
        }
        if (!node.isObject()) {
            throw ApiError.invalid(path, "must be a JSON object");
        }
        return (ObjectNode) node;
    }

    /** The object member {@code name} or {@code null} when absent. */
    public static ObjectNode optionalObject(JsonNode parent, String name, String path) {
        JsonNode node = parent == null ? null : parent.get(name);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isObject()) {
            throw ApiError.invalid(path, "must be a JSON object");
        }
        return (ObjectNode) node;
    }

    /** The non-blank string member {@code name}, required. */
    public static String text(JsonNode parent, String name, String path) {
        String value = optionalText(parent, name, path);
        if (value == null || value.isBlank()) {
            throw ApiError.invalid(path, "is required");
        }
        return value;
    }

    /** The string member {@code name}, or {@code null} when absent; numbers are not accepted for strings. */
    public static String optionalText(JsonNode parent, String name, String path) {
        JsonNode node = parent == null ? null : parent.get(name);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isTextual()) {
            throw ApiError.invalid(path, "must be a JSON string");
        }
        return node.asText();
    }

    /** The non-blank string member {@code name}, required and matching {@code pattern}. */
    public static String matching(JsonNode parent, String name, String path, Pattern pattern, String rule) {
        String value = text(parent, name, path);
        if (!pattern.matcher(value).matches()) {
            throw ApiError.pattern(path, rule);
        }
        return value;
    }

    /** The string member {@code name} when present and non-empty, which must match {@code pattern}. */
    public static String optionalMatching(JsonNode parent, String name, String path, Pattern pattern, String rule) {
        String value = optionalText(parent, name, path);
        if (value != null && !value.isEmpty() && !pattern.matcher(value).matches()) {
            throw ApiError.pattern(path, rule);
        }
        return value == null || value.isEmpty() ? null : value;
    }
}
