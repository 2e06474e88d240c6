package io.github.camelumf.validation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.camelumf.error.UmfValidationException;
import io.github.camelumf.model.Examples;
import io.github.camelumf.operation.UmfOperations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Test helpers: bodies from the reference's examples, and assertions on violations. */
final class Violations {

    static final RequestValidator VALIDATOR = new RequestValidator();

    private Violations() {
    }

    /** A fresh copy of an example of the reference. */
    static ObjectNode example(String name) {
        return Examples.tree(name);
    }

    /** The object at a JSON pointer such as {@code /order/sub_orders/0}. */
    static ObjectNode object(JsonNode root, String pointer) {
        return (ObjectNode) root.at(pointer);
    }

    static ArrayNode array(JsonNode root, String pointer) {
        return (ArrayNode) root.at(pointer);
    }

    /** The body rules of an operation's catalog row ({@code null} for none). */
    static BodyRules rules(String operation) {
        return UmfOperations.byEndpointName(operation).orElseThrow().bodyRules();
    }

    static void assertValid(String operation, JsonNode body) {
        assertThatCode(() -> VALIDATOR.validate(rules(operation), body)).doesNotThrowAnyException();
    }

    /**
     * Asserts the body breaks exactly this rule at exactly this field, and that the message does not contain the
     * offending value.
     */
    static void assertViolation(String operation, JsonNode body, String field, String rule, String... hiddenValues) {
        assertThatThrownBy(() -> VALIDATOR.validate(rules(operation), body))
                .isInstanceOfSatisfying(UmfValidationException.class, e -> {
                    assertThat(e.getField()).isEqualTo(field);
                    assertThat(e.getRule()).isEqualTo(rule);
                    assertThat(e.getMessage()).isEqualTo("Invalid request field '" + field + "': " + rule);
                    for (String hidden : hiddenValues) {
                        assertThat(e.getMessage()).doesNotContain(hidden);
                    }
                });
    }
}
