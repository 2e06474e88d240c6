package io.github.camelumf.sandbox.server;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.camelumf.sandbox.rules.ApiError;
import io.github.camelumf.sandbox.rules.RetCode;

import java.io.IOException;

/** The sandbox's strict JSON: exact decimals, no trailing tokens, no duplicate members. */
public final class Json {

    /** The shared mapper (thread-safe once configured). */
    public static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

    private Json() {
    }

    /** Parses a request body that must be one JSON object; {@code 00060700} otherwise. */
    public static ObjectNode parseObject(byte[] body) {
        JsonNode node;
        try {
            node = body.length == 0 ? null : MAPPER.readTree(body);
        } catch (IOException e) {
            throw new ApiError(RetCode.DATA_VALIDATION, "the body is not valid JSON");
        }
        if (node == null || !node.isObject()) {
            throw new ApiError(RetCode.DATA_VALIDATION, "the body must be a JSON object");
        }
        return (ObjectNode) node;
    }

    /** Serialises a response body. */
    public static byte[] write(JsonNode node) {
        try {
            return MAPPER.writeValueAsBytes(node);
        } catch (IOException e) {
            throw new IllegalStateException("cannot serialise a response", e);
        }
    }
}
