package io.github.camelumf.model;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeType;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.camelumf.error.UmfValidationException;

/**
 * The one configured Jackson mapper of the component, and the conversions every request body goes through.
 * <p>
 * Configuration: snake_case property names, unknown members tolerated (typed objects keep them anyway), decimals
 * read exactly as {@link java.math.BigDecimal} (never {@code double}) and written in plain notation, {@code null}
 * members left out, compact output.
 * <p>
 * {@link #toTree(Object)} turns whatever a route sends (a typed object, a {@code Map}, a JSON {@code String},
 * {@code byte[]}, {@code InputStream} or {@code Reader}, or a {@code JsonNode}) into one JSON object tree, so that
 * validation, encryption and signing take the same path for all of them. Errors are {@link UmfValidationException}s
 * that name the field and the rule; they never carry the body's content or a Jackson message.
 */
public final class UmfJson {

    /** The field name used in exceptions about the body as a whole. */
    public static final String BODY = "body";

    private static final ObjectMapper MAPPER = newMapper();

    private static final ObjectReader STRICT_TREE_READER = MAPPER.reader()
            .with(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private UmfJson() {
    }

    /**
     * The shared mapper. Do not reconfigure it: it is used by every endpoint. Use {@link #newMapper()} for a mapper of
     * your own with the same settings.
     */
    public static ObjectMapper mapper() {
        return MAPPER;
    }

    /** A new mapper with the settings described on this class. */
    public static ObjectMapper newMapper() {
        return JsonMapper.builder()
                .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
                .serializationInclusion(JsonInclude.Include.NON_NULL)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
                .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
                .disable(SerializationFeature.INDENT_OUTPUT)
                .build();
    }

    /**
     * Converts a request body into a fresh JSON object tree (a {@code JsonNode} given is copied, never changed).
     *
     * @throws UmfValidationException with field {@code body} when the body is empty, is not JSON, has a member twice,
     *                                or is not a JSON object
     */
    public static ObjectNode toTree(Object body) {
        JsonNode tree;
        if (body == null) {
            throw new UmfValidationException(BODY, "must be a JSON object, but there is no body");
        } else if (body instanceof JsonNode node) {
            tree = node.deepCopy();
        } else if (body instanceof CharSequence text) {
            tree = parse(() -> STRICT_TREE_READER.readTree(text.toString()));
        } else if (body instanceof byte[] bytes) {
            tree = parse(() -> STRICT_TREE_READER.readTree(bytes));
        } else if (body instanceof InputStream in) {
            tree = parse(() -> STRICT_TREE_READER.readTree(in));
        } else if (body instanceof Reader reader) {
            tree = parse(() -> STRICT_TREE_READER.readTree(reader));
        } else {
            tree = convert(body);
        }
        return asObject(tree);
    }

    /** Like {@link #toTree(Object)} for the raw bytes of a JSON document (a response or a notification). */
    public static ObjectNode parseObject(byte[] json) {
        return toTree(json);
    }

    /**
     * Converts a JSON tree into a typed object.
     *
     * @throws UmfValidationException naming the JSON path of the member that does not fit the type (never its
     *                                value)
     */
    public static <T> T fromTree(JsonNode tree, Class<T> type) {
        if (tree == null || tree.isMissingNode() || tree.isNull()) {
            return null;
        }
        try {
            return MAPPER.treeToValue(tree, type);
        } catch (JsonMappingException e) {
            throw mappingFailure(e);
        } catch (JsonProcessingException e) {
            throw new UmfValidationException(BODY, "cannot be read as " + type.getSimpleName());
        }
    }

    /**
     * Reads JSON bytes (a member of an answer, where it lies in the body) into a typed object: faster than through a
     * tree. Failures as {@link #fromTree}.
     */
    public static <T> T fromBytes(byte[] bytes, int offset, int length, Class<T> type) {
        try {
            return MAPPER.readValue(bytes, offset, length, type);
        } catch (JsonMappingException e) {
            throw mappingFailure(e);
        } catch (IOException e) {
            throw new UmfValidationException(BODY, "cannot be read as " + type.getSimpleName());
        }
    }

    /** Serialises a typed object, a Map or a tree to compact JSON text. */
    public static String toJson(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new UmfValidationException(BODY, "cannot be written as JSON: " + describe(value));
        }
    }

    /** Serialises a typed object, a Map or a tree to compact JSON in UTF-8 (the bytes that get signed). */
    public static byte[] toJsonBytes(Object value) {
        return toJson(value).getBytes(StandardCharsets.UTF_8);
    }

    private interface TreeSource {
        JsonNode read() throws IOException;
    }

    private static JsonNode parse(TreeSource source) {
        try {
            return source.read();
        } catch (JsonProcessingException e) {
            throw new UmfValidationException(BODY, "must be a JSON object, but is not well-formed JSON"
                    + where(e.getLocation()) + reason(e));
        } catch (IOException e) {
            throw new UmfValidationException(BODY, "must be a JSON object, but could not be read ("
                    + e.getClass().getSimpleName() + ")");
        }
    }

    private static JsonNode convert(Object body) {
        try {
            return MAPPER.valueToTree(body);
        } catch (IllegalArgumentException e) {
            throw new UmfValidationException(BODY, "must be a JSON object, but " + describe(body)
                    + " cannot be converted to JSON");
        }
    }

    private static ObjectNode asObject(JsonNode tree) {
        if (tree == null || tree.isMissingNode()) {
            throw new UmfValidationException(BODY, "must be a JSON object, but the body is empty");
        }
        if (!tree.isObject()) {
            throw new UmfValidationException(BODY, "must be a JSON object, not " + typeName(tree.getNodeType()));
        }
        return (ObjectNode) tree;
    }

    private static String where(JsonLocation location) {
        if (location == null || location.getLineNr() < 0) {
            return "";
        }
        return " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
    }

    private static String reason(JsonProcessingException e) {
        String message = e.getOriginalMessage();
        if (message != null && message.startsWith("Duplicate field")) {
            return ": a member occurs twice";
        }
        if (message != null && message.contains("Trailing token")) {
            return ": there is content after the JSON object";
        }
        if (message != null && message.contains("end-of-input")) {
            return ": the JSON ends too early";
        }
        return "";
    }

    private static UmfValidationException mappingFailure(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (path.length() > 0) {
                    path.append('.');
                }
                path.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        String field = path.length() == 0 ? BODY : path.toString();
        String rule;
        if (e instanceof InvalidFormatException ife) {
            rule = "must be " + expected(ife.getTargetType());
        } else if (e instanceof MismatchedInputException mie && mie.getTargetType() != null) {
            rule = "must be " + expected(mie.getTargetType());
        } else {
            rule = "has a value of the wrong type";
        }
        return new UmfValidationException(field, rule);
    }

    private static String expected(Class<?> type) {
        if (type == null) {
            return "a value of another type";
        }
        if (java.math.BigDecimal.class.equals(type) || Number.class.isAssignableFrom(type)) {
            return "a decimal number";
        }
        if (String.class.equals(type)) {
            return "a JSON string";
        }
        if (java.util.Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "a JSON array";
        }
        if (UmfObject.class.isAssignableFrom(type) || Map.class.isAssignableFrom(type)) {
            return "a JSON object";
        }
        return "a " + type.getSimpleName();
    }

    private static String typeName(JsonNodeType type) {
        return switch (type) {
            case ARRAY -> "a JSON array";
            case STRING -> "a JSON string";
            case NUMBER -> "a JSON number";
            case BOOLEAN -> "a JSON boolean";
            case NULL -> "JSON null";
            default -> "a " + type.name().toLowerCase(java.util.Locale.ROOT);
        };
    }

    private static String describe(Object value) {
        return value == null ? "null" : "a " + value.getClass().getSimpleName();
    }
}
