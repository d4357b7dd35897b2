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
import org.apache.camel.console.DevConsole;
import org.apache.camel.console.DevConsoleRegistry;
import org.apache.camel.main.Main;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BoardAppTest {

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
        assertTrue(jars.containsKey("camel-support"), jars.toString());
        assertEquals(Set.of("4.22.0"), new HashSet<>(jars.values()), "Camel jars: " + jars);
    }

    /** The dev console as the README turns it on: camel.main.dev-console-enabled=true, camel-console added. */
    @Test
    void theHrFlowDevConsoleShowsTheBoardConsumerWhenTurnedOn() throws Exception {
        Properties environment = new Properties();
        environment.setProperty("camel.component.hrflow.api-key", sandbox.apiKey());
        environment.setProperty("camel.component.hrflow.user-email", sandbox.userEmail());
        environment.setProperty("camel.component.hrflow.base-url", sandbox.baseUrl());
        environment.setProperty("hrflow.board", BOARD);
        environment.setProperty("jobs.output-dir", dir.toString());
        environment.setProperty("camel.main.dev-console-enabled", "true");
        main = new Main(BoardApp.class);
        main.setOverrideProperties(environment);
        main.start();

        DevConsoleRegistry consoles = main.getCamelContext().getCamelContextExtension()
                .getContextPlugin(DevConsoleRegistry.class);
        assertTrue(main.getCamelContext().isDevConsole());
        DevConsole hrflow = consoles.getConsole("hrflow").orElseGet(() -> consoles.resolveById("hrflow"));
        await().atMost(Duration.ofSeconds(30))
                .until(() -> String.valueOf(hrflow.call(DevConsole.MediaType.TEXT)).contains("Delivered: "
                                                                                             + sandbox.store().jobKeys(BOARD).size()));
        String text = String.valueOf(hrflow.call(DevConsole.MediaType.TEXT));
        assertTrue(text.contains("Consumer " + BOARD), text);
    }

    @Test
    void keepsTheBoardInFilesAndUpserts() throws Exception {
        Properties environment = new Properties();
        environment.setProperty("camel.component.hrflow.api-key", sandbox.apiKey());
        environment.setProperty("camel.component.hrflow.user-email", sandbox.userEmail());
        environment.setProperty("camel.component.hrflow.base-url", sandbox.baseUrl());
        environment.setProperty("hrflow.board", BOARD);
        environment.setProperty("jobs.output-dir", dir.toString());
        main = new Main(BoardApp.class);
        main.setOverrideProperties(environment);
        main.start();

        Set<String> expected = sandbox.store().jobKeys(BOARD).stream().map(k -> k + ".json").collect(Collectors.toSet());
        await().atMost(Duration.ofSeconds(30)).until(() -> files(dir).equals(expected));

        String job = "{\"name\":\"Written by a user project\",\"reference\":\"user-main-1\",\"summary\":\"s\"}";
        main.getCamelContext().createProducerTemplate().sendBody("direct:upsert", job);
        assertEquals("Written by a user project",
                sandbox.store().jobByReference(BOARD, "user-main-1").orElseThrow().get("name").asText());
    }

    private static Set<String> files(Path directory) throws Exception {
        try (Stream<Path> files = Files.list(directory)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> !n.startsWith("."))
                    .collect(Collectors.toSet());
        }
    }
}
