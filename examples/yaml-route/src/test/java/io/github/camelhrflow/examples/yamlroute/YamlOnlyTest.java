package io.github.camelhrflow.examples.yamlroute;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.camelhrflow.sandbox.HrFlowSandbox;
import org.apache.camel.main.Main;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The YAML files run the way {@code camel run FILE.yaml FILE.properties} runs them: a plain Camel Main given the
 * properties file and the route file by path, and nothing else: no launcher, no Java route, no bean. The overrides
 * stand for the environment variables the properties read ({@code --prop} on the command line).
 */
class YamlOnlyTest {

    private static final Path RESOURCES = Path.of("src/main/resources").toAbsolutePath();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String BOARD = HrFlowSandbox.DEMO_BOARD_KEY;

    @TempDir
    Path dir;

    private HrFlowSandbox sandbox;
    private Main main;

    @BeforeEach
    void startSandbox() {
        sandbox = HrFlowSandbox.builder().build().start();
    }

    @AfterEach
    void stop() {
        if (main != null) {
            main.stop();
        }
        sandbox.close();
    }

    /** The values the properties files read from the environment, and the route files given by path. */
    private Properties environment(String routeFile) {
        Properties properties = new Properties();
        properties.setProperty("camel.main.routes-include-pattern", "file:" + RESOURCES.resolve(routeFile));
        properties.setProperty("camel.component.hrflow.api-key", sandbox.apiKey());
        properties.setProperty("camel.component.hrflow.user-email", sandbox.userEmail());
        properties.setProperty("camel.component.hrflow.base-url", sandbox.baseUrl());
        properties.setProperty("hrflow.board", BOARD);
        return properties;
    }

    private Main main(String propertiesFile, Properties overrides) {
        Main created = new Main();
        created.setDefaultPropertyPlaceholderLocation("file:" + RESOURCES.resolve(propertiesFile));
        created.setOverrideProperties(overrides);
        return created;
    }

    @Test
    void jobToFileYamlWritesTheJobsOfItsKeys() throws Exception {
        List<String> keys = sandbox.store().jobKeys(BOARD);
        Properties overrides = environment("routes/job-to-file.yaml");
        overrides.setProperty("hrflow.job-keys", String.join(",", keys));
        overrides.setProperty("jobs.output-dir", dir.toString());
        main = main("application.properties", overrides);

        // camel.main.duration-max-messages = 1: returns once the timer's one exchange is done
        main.run();

        assertEquals(keys.stream().map(key -> key + ".json").collect(Collectors.toSet()), fileNames(dir));
        for (String key : keys) {
            assertEquals(served(key), JSON.readTree(dir.resolve(key + ".json").toFile()), "file of " + key);
        }
    }

    @Test
    void boardSyncYamlKeepsTheBoardInFilesAndUpsertsTheInbox() throws Exception {
        Path board = dir.resolve("board");
        Path inbox = dir.resolve("inbox");
        Properties overrides = environment("board-sync/board-sync.yaml");
        // what HRFLOW_API_KEY, HRFLOW_USER_EMAIL, HRFLOW_BASE_URL and HRFLOW_POLL_DELAY give the Kamelets
        for (String kamelet : List.of("hrflow-job-source", "hrflow-job-sink")) {
            overrides.setProperty("camel.kamelet." + kamelet + ".apiKey", sandbox.apiKey());
            overrides.setProperty("camel.kamelet." + kamelet + ".userEmail", sandbox.userEmail());
            overrides.setProperty("camel.kamelet." + kamelet + ".baseUrl", sandbox.baseUrl());
        }
        overrides.setProperty("camel.kamelet.hrflow-job-source.delay", "200");
        overrides.setProperty("jobs.output-dir", board.toString());
        overrides.setProperty("jobs.inbox", inbox.toString());
        main = main("board-sync/board-sync.properties", overrides);
        main.start();

        Set<String> seeded = sandbox.store().jobKeys(BOARD).stream().map(key -> key + ".json")
                .collect(Collectors.toSet());
        await().atMost(Duration.ofSeconds(20)).until(() -> fileNames(board).equals(seeded));

        // a job dropped in the inbox is upserted, then comes back from the board as a file
        ObjectNode job = (ObjectNode) served(sandbox.store().jobKeys(BOARD).get(0));
        job.remove(List.of("id", "key", "created_at", "updated_at", "archived_at", "archive"));
        job.put("reference", "yaml-only-inbox-1");
        job.put("name", "Dropped in the inbox");
        Files.createDirectories(inbox);
        Files.writeString(inbox.resolve("new-job.json"), JSON.writeValueAsString(job));

        await().atMost(Duration.ofSeconds(20))
                .until(() -> sandbox.store().jobByReference(BOARD, "yaml-only-inbox-1").isPresent());
        String key = sandbox.store().jobByReference(BOARD, "yaml-only-inbox-1").orElseThrow().get("key").asText();
        await().atMost(Duration.ofSeconds(20)).until(() -> Files.exists(board.resolve(key + ".json")));
        assertEquals("Dropped in the inbox", JSON.readTree(board.resolve(key + ".json").toFile()).get("name").asText());
    }

    /** The job as the sandbox serves it, read back as the file is, so both hold numbers alike. */
    private JsonNode served(String key) throws Exception {
        return JSON.readTree(JSON.writeValueAsString(sandbox.store().jobByKey(BOARD, key).orElseThrow()));
    }

    private static Set<String> fileNames(Path directory) throws Exception {
        if (!Files.isDirectory(directory)) {
            return Set.of();
        }
        try (Stream<Path> files = Files.list(directory)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> !n.startsWith("."))
                    .collect(Collectors.toSet());
        }
    }
}
