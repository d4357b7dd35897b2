package io.github.camelhrflow;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The README's option and header tables list everything the generated descriptor has, so the docs cannot drift.
 */
class ReadmeDocumentationTest {

    /** Rows carry name, type and default (or constant and type) as the descriptor has them. */
    @Test
    void everyOptionAndHeaderIsInTheReadme() throws Exception {
        String readme = Files.readString(Path.of("..", "README.md"));
        JsonNode descriptor;
        try (InputStream in = getClass().getResourceAsStream("/META-INF/io/github/camelhrflow/hrflow.json")) {
            descriptor = new ObjectMapper().readTree(in);
        }
        for (String section : new String[] { "componentProperties", "properties", "headers" }) {
            for (Iterator<String> names = descriptor.path(section).fieldNames(); names.hasNext();) {
                String name = names.next();
                if (section.equals("properties") && descriptor.path("componentProperties").has(name)) {
                    continue;
                }
                if (name.equals("lazyStartProducer") || name.equals("autowiredEnabled")
                    || name.equals("configuration")) {
                    continue;
                }
                JsonNode entry = descriptor.path(section).path(name);
                String row = "| `" + name + "` | " + (section.equals("headers")
                        ? "`HrFlowConstants." + entry.path("constantName").asText().replaceAll(".*#", "") + "` | "
                          + entry.path("javaType").asText()
                        : entry.path("type").asText() + " | " + defaultValue(entry)) + " | ";
                assertTrue(readme.contains(row), section + " " + name + ": README.md has no row starting " + row);
            }
        }
    }

    private static String defaultValue(JsonNode entry) {
        return entry.has("defaultValue") ? "`" + entry.path("defaultValue").asText() + "`" : "";
    }
}
