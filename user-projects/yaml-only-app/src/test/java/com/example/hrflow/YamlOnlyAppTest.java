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

import io.github.camelhrflow.sandbox.HrFlowSandbox;
import org.apache.camel.main.Main;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A plain Camel Main, as `camel run` would start it: the project has no Java besides this test. */
class YamlOnlyAppTest {

    private static final String BOARD = HrFlowSandbox.DEMO_BOARD_KEY;

    @TempDir
    Path dir;

    private final HrFlowSandbox sandbox = HrFlowSandbox.builder().build().start();
    private Main main;

    @AfterEach
    void stop() {
        if (main != null) {
            main.stop();
        }
        sandbox.close();
    }

    @Test
    void runsOnOneCamelVersion() {
        Map<String, String> jars = OneCamelVersion.camelJars();
        assertTrue(jars.containsKey("camel-yaml-dsl"), jars.toString());
        assertEquals(Set.of("4.18.0"), new HashSet<>(jars.values()), "Camel jars: " + jars);
    }

    @Test
    void keepsTheBoardInFilesAndUpsertsTheInbox() throws Exception {
        Path board = dir.resolve("board");
        Path inbox = dir.resolve("inbox");
        Path stateFile = dir.resolve("data/hrflow-state.dat");
        start(board, inbox, stateFile);

        Set<String> expected = sandbox.store().jobKeys(BOARD).stream().map(k -> k + ".json").collect(Collectors.toSet());
        await().atMost(Duration.ofSeconds(30)).until(() -> files(board).equals(expected));

        // the sink Kamelet takes the component's connection (no camel.kamelet.* property is set)
        Files.createDirectories(inbox);
        Files.writeString(inbox.resolve("job.json"),
                "{\"name\":\"Dropped by a YAML-only app\",\"reference\":\"user-yaml-1\",\"summary\":\"s\"}");
        await().atMost(Duration.ofSeconds(30))
                .until(() -> sandbox.store().jobByReference(BOARD, "user-yaml-1").isPresent());
        assertEquals("Dropped by a YAML-only app",
                sandbox.store().jobByReference(BOARD, "user-yaml-1").orElseThrow().get("name").asText());

        // the position is in the file the properties name: a restart delivers only the job written since
        await().atMost(Duration.ofSeconds(10)).until(() -> Files.exists(stateFile) && Files.size(stateFile) > 0);
        main.stop();
        try (Stream<Path> written = Files.list(board)) {
            for (Path file : written.toList()) {
                Files.delete(file);
            }
        }
        start(board, inbox, stateFile);
        String upserted = sandbox.store().jobByReference(BOARD, "user-yaml-1").orElseThrow().get("key").asText()
                          + ".json";
        await().atMost(Duration.ofSeconds(30)).until(() -> files(board).contains(upserted));
        Thread.sleep(1000);
        assertEquals(Set.of(upserted), files(board), "after the restart, only the job written since");
    }

    private void start(Path board, Path inbox, Path stateFile) throws Exception {
        Properties environment = new Properties();
        environment.setProperty("camel.component.hrflow.api-key", sandbox.apiKey());
        environment.setProperty("camel.component.hrflow.user-email", sandbox.userEmail());
        environment.setProperty("camel.component.hrflow.base-url", sandbox.baseUrl());
        environment.setProperty("hrflow.board", BOARD);
        environment.setProperty("hrflow.state-file", stateFile.toString());
        environment.setProperty("jobs.output-dir", board.toString());
        environment.setProperty("jobs.inbox", inbox.toString());
        main = new Main();
        main.setOverrideProperties(environment);
        main.start();
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
