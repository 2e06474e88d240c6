package io.github.camelumf.springboot;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The component options of the metadata camel-component-maven-plugin generated into camel-umf (umf.json). */
final class ComponentMetadata {

    static final String RESOURCE = "META-INF/io/github/camelumf/umf.json";

    private ComponentMetadata() {
    }

    /** Option name to its JSON description (type, javaType, defaultValue, description, secret, enum). */
    static Map<String, JsonNode> componentOptions() {
        try (InputStream in = ComponentMetadata.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is not on the test classpath");
            }
            JsonNode properties = new ObjectMapper().readTree(in).get("componentProperties");
            Map<String, JsonNode> options = new LinkedHashMap<>();
            for (Map.Entry<String, JsonNode> entry : properties.properties()) {
                options.put(entry.getKey(), entry.getValue());
            }
            return options;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code clientSecret} -> {@code camel.component.umf.client-secret}. */
    static String springProperty(String option) {
        return "camel.component.umf." + option.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase();
    }
}
