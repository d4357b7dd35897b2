package com.example.hrflow;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.camelhrflow.sandbox.HrFlowSandbox;
import org.apache.camel.main.Main;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The app as a user runs it: a plain Camel Main given the YAML routes and application.properties, the connection
 * set on the component only (camel.component.hrflow.*), the Kamelets given the board and nothing else.
 */
class KameletAppTest {

    private static final String BOARD = HrFlowSandbox.DEMO_BOARD_KEY;
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private final HrFlowSandbox sandbox = HrFlowSandbox.builder().build().start();
    private Main main;

    @AfterEach
    void stop() {
        stopApp();
        sandbox.close();
    }

    @Test
    void runsOnOneCamelVersion() {
        Map<String, String> jars = OneCamelVersion.camelJars();
        assertTrue(jars.containsKey("camel-kamelet"), jars.toString());
        assertEquals(Set.of("4.18.0"), new HashSet<>(jars.values()), "Camel jars: " + jars);
    }

    @Test
    void theKameletsReachTheComponentsBaseUrlAndTheSourceResumesFromItsFile() throws Exception {
        Path board = dir.resolve("board");
        Path stateFile = dir.resolve("state/hrflow-state.dat");
        startApp(stateFile);

        Set<String> expected = sandbox.store().jobKeys(BOARD).stream().map(k -> k + ".json").collect(Collectors.toSet());
        await().atMost(Duration.ofSeconds(30)).until(() -> files(board).equals(expected));
        for (String file : expected) {
            String key = file.substring(0, file.length() - ".json".length());
            ObjectNode served = sandbox.store().jobByKey(BOARD, key).orElseThrow();
            assertEquals(served.get("name"), JSON.readTree(board.resolve(file).toFile()).get("name"),
                    "the source's body is the job's JSON");
        }

        // the action, by the key in a file
        String key = sandbox.store().jobKeys(BOARD).get(1);
        Files.createDirectories(dir.resolve("requests"));
        Files.writeString(dir.resolve("requests/ask.txt"), key + "\n");
        Path answer = dir.resolve("answers").resolve(key + ".json");
        await().atMost(Duration.ofSeconds(30)).until(() -> Files.exists(answer) && Files.size(answer) > 0);
        assertEquals(key, JSON.readTree(answer.toFile()).get("key").asText());

        // the position is in the file: a restart delivers only what changed since
        await().atMost(Duration.ofSeconds(10)).until(() -> Files.exists(stateFile) && Files.size(stateFile) > 0);
        stopApp();
        try (Stream<Path> written = Files.list(board)) {
            for (Path file : written.toList()) {
                Files.delete(file);
            }
        }
        ObjectNode created = sandbox.createJob(BOARD, JSON.createObjectNode().put("name", "Created while stopped")
                .put("reference", "kamelet-app-1"));
        startApp(stateFile);
        String createdFile = created.get("key").asText() + ".json";
        await().atMost(Duration.ofSeconds(30)).until(() -> files(board).contains(createdFile));
        Thread.sleep(1500); // three more polls
        assertEquals(Set.of(createdFile), files(board), "after the restart, only the job created since");
    }

    private void startApp(Path stateFile) throws Exception {
        Properties environment = new Properties();
        environment.setProperty("camel.component.hrflow.api-key", sandbox.apiKey());
        environment.setProperty("camel.component.hrflow.user-email", sandbox.userEmail());
        environment.setProperty("camel.component.hrflow.base-url", sandbox.baseUrl());
        environment.setProperty("hrflow.board", BOARD);
        environment.setProperty("hrflow.state-file", stateFile.toString());
        environment.setProperty("jobs.output-dir", dir.resolve("board").toString());
        environment.setProperty("jobs.requests", dir.resolve("requests").toString());
        environment.setProperty("jobs.answers", dir.resolve("answers").toString());
        main = new Main();
        main.setOverrideProperties(environment);
        main.start();
    }

    private void stopApp() {
        if (main != null) {
            main.stop();
            main = null;
        }
    }

    private static Set<String> files(Path directory) throws Exception {
        if (!Files.isDirectory(directory)) {
            return Set.of();
        }
        try (Stream<Path> files = Files.list(directory)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> !n.startsWith("."))
                    .collect(Collectors.toSet());
        }
    }
}
