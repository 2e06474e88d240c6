package io.github.camelumf;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** docs/reference.md lists exactly the options and headers of the generated component metadata, with their texts. */
class ReferenceDocumentationTest {

    private static final Path REFERENCE = Path.of("..", "docs", "reference.md");
    private static final Pattern ROW = Pattern.compile("^\\| `([a-z][A-Za-z]*|CamelUmf[A-Za-z]+)` \\|", Pattern.MULTILINE);

    @Test
    void everyGeneratedOptionAndHeaderIsDocumentedWithItsDescription() throws Exception {
        JsonNode metadata = metadata();
        String reference = Files.readString(REFERENCE);

        for (String section : new String[] { "properties", "componentProperties", "headers" }) {
            for (Iterator<Map.Entry<String, JsonNode>> it = metadata.get(section).fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> option = it.next();
                assertThat(reference).as("%s %s in docs/reference.md", section, option.getKey())
                        .contains("| `" + option.getKey() + "` |")
                        .contains(option.getValue().get("description").asText().replace("|", "/"));
            }
        }
    }

    @Test
    void theReferenceDocumentsNoOptionThatDoesNotExist() throws Exception {
        JsonNode metadata = metadata();
        Set<String> known = new HashSet<>();
        for (String section : new String[] { "properties", "componentProperties", "headers" }) {
            metadata.get(section).fieldNames().forEachRemaining(known::add);
        }
        Matcher rows = ROW.matcher(Files.readString(REFERENCE));
        while (rows.find()) {
            assertThat(known).as("documented option %s exists", rows.group(1)).contains(rows.group(1));
        }
    }

    private static JsonNode metadata() throws Exception {
        try (InputStream in = ReferenceDocumentationTest.class.getResourceAsStream("/META-INF/io/github/camelumf/umf.json")) {
            assertThat(in).as("generated component metadata on the classpath").isNotNull();
            return new ObjectMapper().readTree(in);
        }
    }
}
