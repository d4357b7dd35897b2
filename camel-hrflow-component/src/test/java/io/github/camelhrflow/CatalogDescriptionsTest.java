package io.github.camelhrflow;

import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.UriParam;
import org.apache.camel.spi.UriPath;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The generated component descriptor (hrflow.json, which feeds the README tables, IDE completion and the Camel catalog)
 * carries every header and option description exactly as the annotation in the source says it. Camel's metadata
 * tooling treats descriptions as Javadoc: it drops an at sign, text in angle brackets and backticks, which once made
 * CamelHrFlowJobVersion read "keyupdated_at (its key, , and ...)".
 */
class CatalogDescriptionsTest {

    private static final Path DESCRIPTOR =
            Path.of("src/generated/resources/META-INF/io/github/camelhrflow/hrflow.json");

    @Test
    void everyDescriptionInTheCatalogReadsAsTheSourceWroteIt() throws Exception {
        JsonNode catalog = new ObjectMapper().readTree(Files.readString(DESCRIPTOR));
        Map<String, String> source = sourceDescriptions();
        List<String> compared = new ArrayList<>();
        for (String section : List.of("componentProperties", "properties", "headers")) {
            for (Map.Entry<String, JsonNode> entry : catalog.get(section).properties()) {
                String description = entry.getValue().path("description").asText();
                assertFalse(description.isBlank(), section + " " + entry.getKey() + " has no description");
                String written = source.get(entry.getKey());
                if (written != null) {
                    assertEquals(written, description, section + " " + entry.getKey());
                    compared.add(entry.getKey());
                }
            }
        }
        // every option and header this component declares (Camel's own scheduler options are not ours)
        assertTrue(compared.containsAll(source.keySet().stream().filter(name -> !name.equals("configuration")
                                                                                && !name.equals("storing"))
                .toList()), "compared " + compared + " of " + source.keySet());
    }

    @Test
    void noDescriptionShowsTheTelltalesOfEatenText() throws Exception {
        JsonNode catalog = new ObjectMapper().readTree(Files.readString(DESCRIPTOR));
        for (String section : List.of("componentProperties", "properties", "headers")) {
            for (Map.Entry<String, JsonNode> entry : catalog.get(section).properties()) {
                String description = entry.getValue().path("description").asText();
                for (String telltale : List.of("  ", ", ,", " ,", "()", ": .", ":.", " .")) {
                    assertFalse(description.contains(telltale),
                            section + " " + entry.getKey() + " contains '" + telltale + "': " + description);
                }
            }
        }
    }

    @Test
    void sourceDescriptionsHoldNothingTheToolingDrops() throws Exception {
        for (Map.Entry<String, String> entry : sourceDescriptions().entrySet()) {
            for (String dropped : List.of("@", "<", "`")) {
                assertFalse(entry.getValue().contains(dropped),
                        entry.getKey() + " holds '" + dropped + "', which the catalog loses: " + entry.getValue());
            }
        }
    }

    /** Option and header name to the description its annotation gives, for the classes of this component. */
    private static Map<String, String> sourceDescriptions() throws Exception {
        Map<String, String> descriptions = new HashMap<>();
        for (Class<?> type : List.of(HrFlowComponent.class, HrFlowConfiguration.class, HrFlowEndpoint.class,
                HrFlowStoringOptions.class)) {
            for (Field field : type.getDeclaredFields()) {
                String description = "";
                String name = field.getName();
                if (field.isAnnotationPresent(UriParam.class)) {
                    UriParam param = field.getAnnotation(UriParam.class);
                    description = param.description();
                    name = param.name().isEmpty() ? name : param.name();
                } else if (field.isAnnotationPresent(UriPath.class)) {
                    UriPath path = field.getAnnotation(UriPath.class);
                    description = path.description();
                    name = path.name().isEmpty() ? name : path.name();
                }
                if (description.isEmpty() && field.isAnnotationPresent(Metadata.class)) {
                    description = field.getAnnotation(Metadata.class).description();
                }
                if (!description.isEmpty()) {
                    descriptions.put(name, description);
                }
            }
        }
        for (Field field : HrFlowConstants.class.getDeclaredFields()) {
            if (field.isAnnotationPresent(Metadata.class)) {
                descriptions.put((String) field.get(null), field.getAnnotation(Metadata.class).description());
            }
        }
        return descriptions;
    }
}
