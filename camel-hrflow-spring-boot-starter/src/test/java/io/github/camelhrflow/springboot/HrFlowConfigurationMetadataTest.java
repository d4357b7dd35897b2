package io.github.camelhrflow.springboot;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.camel.util.StringHelper;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertAll;

/**
 * The generated Spring Boot metadata documents every option of the component's catalog descriptor, with the same
 * type, default and description, so IDE completion says what the component does.
 */
class HrFlowConfigurationMetadataTest {

    private static final String DESCRIPTOR = "META-INF/io/github/camelhrflow/hrflow.json";
    private static final String METADATA = "META-INF/spring-configuration-metadata.json";
    private static final Map<String, String> BOXED = Map.of("int", "java.lang.Integer", "long", "java.lang.Long",
            "boolean", "java.lang.Boolean");

    private final ObjectMapper mapper = new ObjectMapper();

    @Test
    void everyComponentOptionIsDocumented() throws IOException {
        JsonNode options = read(DESCRIPTOR).path("componentProperties");
        Map<String, JsonNode> metadata = starterMetadata();
        assertThat(options.size()).isGreaterThanOrEqualTo(18);

        assertAll(options.properties().stream().map(option -> () -> {
            String name = HrFlowComponentConfiguration.PREFIX + "." + StringHelper.camelCaseToDash(option.getKey());
            JsonNode expected = option.getValue();
            JsonNode property = metadata.get(name);

            assertThat(property).as(name).isNotNull();
            String javaType = expected.path("javaType").asText();
            assertThat(property.path("type").asText()).as(name + " type")
                    .isEqualTo(BOXED.getOrDefault(javaType, javaType));
            assertThat(property.path("defaultValue").asText()).as(name + " default")
                    .isEqualTo(expected.path("defaultValue").asText());
            assertThat(property.path("description").asText()).as(name + " description")
                    .startsWith(expected.path("description").asText());
        }));
    }

    @Test
    void starterSwitchesAreDocumented() throws IOException {
        Map<String, JsonNode> metadata = starterMetadata();

        assertThat(metadata).containsKeys(HrFlowComponentConfiguration.PREFIX + ".enabled",
                HrFlowComponentConfiguration.PREFIX + ".customizer.enabled");
        assertThat(metadata.get(HrFlowComponentConfiguration.PREFIX + ".api-key").has("defaultValue")).isFalse();
    }

    /** Properties by name from the metadata file this module generates (other jars ship their own). */
    private Map<String, JsonNode> starterMetadata() throws IOException {
        Map<String, JsonNode> properties = new HashMap<>();
        for (URL url : Collections.list(getClass().getClassLoader().getResources(METADATA))) {
            try (InputStream in = url.openStream()) {
                for (JsonNode property : mapper.readTree(in).path("properties")) {
                    if (property.path("name").asText().startsWith(HrFlowComponentConfiguration.PREFIX + ".")) {
                        properties.put(property.path("name").asText(), property);
                    }
                }
            }
        }
        return properties;
    }

    private JsonNode read(String resource) throws IOException {
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            return mapper.readTree(in);
        }
    }
}
