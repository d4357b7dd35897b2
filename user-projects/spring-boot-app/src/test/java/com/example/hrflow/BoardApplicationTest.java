package com.example.hrflow;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import io.github.camelhrflow.sandbox.HrFlowSandbox;
import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class BoardApplicationTest {

    private static final String BOARD = HrFlowSandbox.DEMO_BOARD_KEY;
    private static final HrFlowSandbox SANDBOX = HrFlowSandbox.builder().build().start();
    private static final Path DIR = tempDir();

    @DynamicPropertySource
    static void environment(DynamicPropertyRegistry registry) {
        registry.add("camel.component.hrflow.api-key", SANDBOX::apiKey);
        registry.add("camel.component.hrflow.user-email", SANDBOX::userEmail);
        registry.add("camel.component.hrflow.base-url", SANDBOX::baseUrl);
        registry.add("hrflow.board", () -> BOARD);
        registry.add("jobs.output-dir", DIR::toString);
    }

    @AfterAll
    static void stopSandbox() {
        SANDBOX.close();
    }

    @Autowired
    CamelContext camelContext;

    @Autowired
    ProducerTemplate producer;

    @LocalServerPort
    int port;

    @Test
    void runsOnOneCamelVersion() {
        Map<String, String> jars = OneCamelVersion.camelJars();
        assertTrue(jars.containsKey("camel-support"), jars.toString());
        assertEquals(Set.of("4.22.0"), new HashSet<>(jars.values()), "Camel jars: " + jars);
        assertEquals("4.22.0", camelContext.getVersion());
    }

    @Test
    void keepsTheBoardInFilesAndUpserts() {
        Set<String> expected = SANDBOX.store().jobKeys(BOARD).stream().map(k -> k + ".json").collect(Collectors.toSet());
        await().atMost(Duration.ofSeconds(30)).until(() -> files(DIR).equals(expected));

        producer.sendBody("direct:upsert", "{\"name\":\"Written by Spring Boot\",\"reference\":\"user-boot-1\"}");
        assertEquals("Written by Spring Boot",
                SANDBOX.store().jobByReference(BOARD, "user-boot-1").orElseThrow().get("name").asText());
    }

    @Test
    void actuatorHealthShowsTheBoardConsumer() throws Exception {
        await().atMost(Duration.ofSeconds(30)).until(() -> get("/actuator/health").contains("\"consumer:board-to-files\""));
        assertTrue(get("/actuator/health").contains("\"status\":\"UP\""));
    }

    private String get(String path) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), path + ": " + response.body());
        return response.body();
    }

    private static Path tempDir() {
        try {
            return Files.createTempDirectory("hrflow-boot-app");
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static Set<String> files(Path directory) throws Exception {
        try (Stream<Path> files = Files.list(directory)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> !n.startsWith("."))
                    .collect(Collectors.toSet());
        }
    }
}
