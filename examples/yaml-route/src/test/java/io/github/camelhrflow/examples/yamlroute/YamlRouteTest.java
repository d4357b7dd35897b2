package io.github.camelhrflow.examples.yamlroute;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.camelhrflow.examples.HrFlowTarget;
import io.github.camelhrflow.sandbox.HrFlowSandbox;
import io.github.camelhrflow.sandbox.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static net.javacrumbs.jsonunit.JsonMatchers.jsonEquals;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The YAML route end to end: Camel Main loads it and application.properties from the classpath, as it would in
 * production, and runs it against the embedded sandbox, writing real files.
 */
class YamlRouteTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String UNKNOWN_KEY = "0000000000000000000000000000000000000000";

    @TempDir
    Path output;

    private HrFlowTarget target;
    private HrFlowSandbox sandbox;

    @BeforeEach
    void startSandbox() {
        target = HrFlowTarget.sandbox();
        sandbox = target.sandboxServer();
    }

    @AfterEach
    void stopSandbox() {
        target.close();
    }

    @Test
    void writesOneFileEqualToHrFlowsJobPerKeyAndGoesOnPastAFailure() throws Exception {
        List<String> keys = new ArrayList<>(target.demoJobKeys());
        keys.add(1, UNKNOWN_KEY);
        Properties overrides = new Properties();
        overrides.setProperty("jobs.output-dir", output.toString());

        YamlRouteApplication.run(target, keys, overrides);

        assertEquals(keys, sandbox.requests().stream().map(request -> request.param("key")).toList(),
                "every key asked for, in order, the unknown one included");
        for (String key : target.demoJobKeys()) {
            JsonNode written = JSON.readTree(output.resolve(key + ".json").toFile());
            JsonNode served = sandbox.store().jobByKey(target.boardKey(), key).orElseThrow();
            assertThat("file of job " + key, written, jsonEquals(served).withTolerance(0));
        }
        try (Stream<Path> files = Files.list(output)) {
            assertEquals(target.demoJobKeys().size(), files.count(), "no file for the unknown key");
        }
    }

    @Test
    void withoutKeysRunsOverTheDemoBoard() throws Exception {
        Properties overrides = new Properties();
        overrides.setProperty("jobs.output-dir", output.toString());

        YamlRouteApplication.run(target, List.of(), overrides);

        for (String key : target.demoJobKeys()) {
            assertTrue(Files.exists(output.resolve(key + ".json")), key);
        }
        assertTrue(sandbox.requests().stream().map(RecordedRequest::status).allMatch(status -> status == 200));
    }
}
