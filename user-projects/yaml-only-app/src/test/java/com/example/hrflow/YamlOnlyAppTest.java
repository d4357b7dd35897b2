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
        Properties environment = new Properties();
        for (String prefix : new String[] { "camel.component.hrflow.", "camel.kamelet.hrflow-job-sink." }) {
            boolean kamelet = prefix.startsWith("camel.kamelet");
            environment.setProperty(prefix + (kamelet ? "apiKey" : "api-key"), sandbox.apiKey());
            environment.setProperty(prefix + (kamelet ? "userEmail" : "user-email"), sandbox.userEmail());
            environment.setProperty(prefix + (kamelet ? "baseUrl" : "base-url"), sandbox.baseUrl());
        }
        environment.setProperty("hrflow.board", BOARD);
        environment.setProperty("jobs.output-dir", board.toString());
        environment.setProperty("jobs.inbox", inbox.toString());
        main = new Main();
        main.setOverrideProperties(environment);
        main.start();

        Set<String> expected = sandbox.store().jobKeys(BOARD).stream().map(k -> k + ".json").collect(Collectors.toSet());
        await().atMost(Duration.ofSeconds(30)).until(() -> files(board).equals(expected));

        Files.createDirectories(inbox);
        Files.writeString(inbox.resolve("job.json"),
                "{\"name\":\"Dropped by a YAML-only app\",\"reference\":\"user-yaml-1\",\"summary\":\"s\"}");
        await().atMost(Duration.ofSeconds(30))
                .until(() -> sandbox.store().jobByReference(BOARD, "user-yaml-1").isPresent());
        assertEquals("Dropped by a YAML-only app",
                sandbox.store().jobByReference(BOARD, "user-yaml-1").orElseThrow().get("name").asText());
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
