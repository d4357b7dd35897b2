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
                if (name.equals("lazyStartProducer") || name.equals("autowiredEnabled")
                    || name.equals("configuration")) {
                    continue;
                }
                assertTrue(readme.contains("| `" + name + "` |"), section + " " + name + " is missing from README.md");
            }
        }
    }
}
