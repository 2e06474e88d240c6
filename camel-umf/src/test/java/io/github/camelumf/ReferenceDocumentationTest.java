package io.github.camelumf;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * docs/reference.md ends with the option and header tables rendered from the generated component metadata. When an
 * option changes, this test fails and writes the tables it expects to target/reference-tables.md: paste them over
 * the section that starts at "## Endpoint options".
 */
class ReferenceDocumentationTest {

    private static final Path REFERENCE = Path.of("..", "docs", "reference.md");
    private static final Path EXPECTED = Path.of("target", "reference-tables.md");
    private static final String SECTION = "## Endpoint options";

    @Test
    void referenceEndsWithTheTablesOfTheGeneratedMetadata() throws Exception {
        String expected = render(metadata());
        String reference = Files.readString(REFERENCE);
        assertThat(reference).contains(SECTION);
        String actual = reference.substring(reference.indexOf(SECTION));
        if (!actual.equals(expected)) {
            Files.createDirectories(EXPECTED.getParent());
            Files.writeString(EXPECTED, expected);
        }
        assertThat(actual).as("docs/reference.md from '%s' on; the expected text is in camel-umf/%s", SECTION, EXPECTED)
                .isEqualTo(expected);
    }

    static String render(JsonNode metadata) {
        StringBuilder out = new StringBuilder();
        out.append(SECTION).append("\n\nEvery option can be set on the component (`camel.component.umf.<option>`, the"
                                   + " default for all endpoints) and on an endpoint URI"
                                   + " (`umf:payment/create?<option>=...`).\n\n");
        out.append("| option | group | type | default | description |\n|---|---|---|---|---|\n");
        metadata.get("properties").fields().forEachRemaining(e -> out.append(row(e)));
        out.append("\n## Component-only options\n\n");
        out.append("| option | group | type | default | description |\n|---|---|---|---|---|\n");
        metadata.get("componentProperties").fields().forEachRemaining(e -> {
            if (!metadata.get("properties").has(e.getKey())) {
                out.append(row(e));
            }
        });
        out.append("\n## Message headers\n\n| header | type | description |\n|---|---|---|\n");
        metadata.get("headers").fields().forEachRemaining(e -> out.append("| `").append(e.getKey()).append("` | ")
                .append(e.getValue().get("javaType").asText()).append(" | ")
                .append(e.getValue().get("description").asText()).append(" |\n"));
        return out.toString();
    }

    private static String row(Map.Entry<String, JsonNode> option) {
        JsonNode p = option.getValue();
        String type = p.has("enum")
                ? "enum: " + StreamSupport.stream(p.get("enum").spliterator(), false).map(JsonNode::asText)
                        .collect(Collectors.joining(", "))
                : p.path("type").asText();
        String defaultValue = p.has("defaultValue") ? p.get("defaultValue").asText() : "";
        return "| `" + option.getKey() + "` | " + p.path("group").asText() + " | " + type + " | " + defaultValue + " | "
               + p.get("description").asText().replace("|", "/") + (p.path("secret").asBoolean() ? " (secret)" : "")
               + " |\n";
    }

    private static JsonNode metadata() throws Exception {
        try (InputStream in = ReferenceDocumentationTest.class.getResourceAsStream("/META-INF/io/github/camelumf/umf.json")) {
            assertThat(in).as("generated component metadata on the classpath").isNotNull();
            return new ObjectMapper().readTree(in);
        }
    }
}
