package io.github.camelumf.springboot;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The starter offers every option of the component, as the component describes it: each option of the generated
 * component metadata (umf.json) is a {@code camel.component.umf.*} property in the starter's
 * spring-configuration-metadata.json with the same description and default. UmfComponentConfiguration is generated
 * from umf.json at build time (src/build/GenerateUmfComponentConfiguration.java), so a failure here means the
 * generator or the configuration processor lost something: the message lists what.
 */
class StarterOptionsDriftTest {

    @Test
    void everyComponentOptionIsAStarterPropertyWithTheSameDescriptionAndDefault() throws IOException {
        Map<String, JsonNode> properties = starterProperties();
        List<String> drift = new ArrayList<>();

        ComponentMetadata.componentOptions().forEach((option, metadata) -> {
            String name = ComponentMetadata.springProperty(option);
            JsonNode property = properties.get(name);
            if (property == null) {
                drift.add(name + ": missing (component option " + option + ")");
                return;
            }
            String description = metadata.get("description").asText();
            if (!description.equals(property.path("description").asText())) {
                drift.add(name + ": description differs\n    component: " + description + "\n    starter:   "
                          + property.path("description").asText());
            }
            JsonNode componentDefault = metadata.get("defaultValue");
            if (componentDefault != null && !componentDefault.isNull()
                && !defaultAsText(componentDefault).equals(defaultAsText(property.get("defaultValue")))) {
                drift.add(name + ": default differs (component " + componentDefault + ", starter "
                          + property.get("defaultValue") + ")");
            }
        });

        assertThat(drift).as("starter options out of step with the component metadata").isEmpty();
    }

    @Test
    void starterHasTheSwitchesOfCamelStarters() throws IOException {
        assertThat(starterProperties()).containsKeys("camel.component.umf.enabled",
                "camel.component.umf.customizer.enabled");
    }

    @Test
    void secretOptionsAreTheComponentsSecretOptions() {
        List<String> secret = new ArrayList<>();
        ComponentMetadata.componentOptions().forEach((option, metadata) -> {
            if (metadata.path("secret").asBoolean()) {
                secret.add(ComponentMetadata.springProperty(option));
            }
        });

        assertThat(UmfComponentConfiguration.SECRET_PROPERTIES).containsExactlyInAnyOrderElementsOf(secret)
                .contains("camel.component.umf.client-secret", "camel.component.umf.private-key");
    }

    /** Spring writes enum defaults in kebab case (uat-china for UAT_CHINA): compared in one canonical form. */
    private static String defaultAsText(JsonNode value) {
        return value == null || value.isNull() ? "" : value.asText().replace('-', '_').toUpperCase(java.util.Locale.ROOT);
    }

    /** The properties of the starter's own spring-configuration-metadata.json (the one listing camel.component.umf). */
    private static Map<String, JsonNode> starterProperties() throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        for (URL url : Collections.list(StarterOptionsDriftTest.class.getClassLoader()
                .getResources("META-INF/spring-configuration-metadata.json"))) {
            try (InputStream in = url.openStream()) {
                JsonNode root = mapper.readTree(in);
                Map<String, JsonNode> properties = new HashMap<>();
                root.path("properties").forEach(p -> properties.put(p.get("name").asText(), p));
                if (properties.containsKey("camel.component.umf.client-id")) {
                    return properties;
                }
            }
        }
        throw new AssertionError("no spring-configuration-metadata.json lists camel.component.umf.*: the configuration"
                                 + " processor did not run");
    }
}
