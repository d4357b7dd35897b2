package io.github.camelhrflow.kamelet;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.camelhrflow.HrFlowComponent;
import io.github.camelhrflow.HrFlowConfiguration;
import io.github.camelhrflow.HrFlowConstants;
import io.github.camelhrflow.HrFlowEndpoint;
import io.github.camelhrflow.HrFlowJobNotFoundException;
import io.github.camelhrflow.sandbox.HrFlowSandbox;
import io.github.camelhrflow.support.JsonTrees;
import io.github.camelhrflow.support.LogCapture;
import org.apache.camel.CamelContext;
import org.apache.camel.CamelExecutionException;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.PluginHelper;
import org.apache.camel.support.ResourceHelper;
import org.apache.logging.log4j.Level;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The five Kamelets of the component jar, used from YAML routes as a Kamelet user writes them, against the embedded
 * sandbox: the Kamelets are found on the classpath ({@code classpath:kamelets}, camel-kamelet's default).
 */
class HrFlowKameletTest {

    private static final String BOARD = HrFlowSandbox.DEMO_BOARD_KEY;
    private static final String SOURCE = HrFlowSandbox.DEMO_SOURCE_KEY;
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The properties of the action's parameters block, as a YAML route passes them. */
    private static final String CONNECTION = """
            apiKey: "{{hrflow.api-key}}"
            userEmail: "{{hrflow.user-email}}"
            baseUrl: "{{hrflow.base-url}}"
            """;

    @TempDir
    Path dir;

    private HrFlowSandbox sandbox;
    private CamelContext context;

    @BeforeEach
    void start() {
        // a key made for this run: finding it in a log line can only mean it leaked
        sandbox = HrFlowSandbox.builder().apiKey("askr_kamelet_" + UUID.randomUUID().toString().replace("-", ""))
                .build().start();
        context = new DefaultCamelContext();
        Properties properties = new Properties();
        properties.put("hrflow.api-key", sandbox.apiKey());
        properties.put("hrflow.user-email", sandbox.userEmail());
        properties.put("hrflow.base-url", sandbox.baseUrl());
        properties.put("hrflow.board", BOARD);
        properties.put("hrflow.source", SOURCE);
        properties.put("dir", dir.toString());
        // Kamelet defaults from properties, the way a user keeps the secret out of the route
        for (String kamelet : List.of("hrflow-job-source", "hrflow-job-sink", "hrflow-profile-source")) {
            properties.put("camel.kamelet." + kamelet + ".apiKey", "{{hrflow.api-key}}");
            properties.put("camel.kamelet." + kamelet + ".userEmail", "{{hrflow.user-email}}");
            properties.put("camel.kamelet." + kamelet + ".baseUrl", "{{hrflow.base-url}}");
        }
        context.getPropertiesComponent().setInitialProperties(properties);
    }

    @AfterEach
    void stop() {
        context.stop();
        sandbox.close();
    }

    private void startWithRoutes(String yaml) throws Exception {
        PluginHelper.getRoutesLoader(context).loadRoutes(ResourceHelper.fromString("routes.yaml", yaml));
        context.start();
    }

    @Test
    void sourceWritesEveryJobOfTheBoardToAFile() throws Exception {
        startWithRoutes("""
                - route:
                    id: board-to-files
                    from:
                      uri: "kamelet:hrflow-job-source?boardKey={{hrflow.board}}&delay=200"
                      steps:
                        - to: "file:{{dir}}/jobs?fileName=${header.CamelHrFlowJobKey}.json"
                """);
        Path jobs = dir.resolve("jobs");
        Set<String> expected = sandbox.store().jobKeys(BOARD).stream().map(key -> key + ".json")
                .collect(Collectors.toSet());
        await().atMost(Duration.ofSeconds(20)).until(() -> fileNames(jobs).equals(expected));
        for (String key : sandbox.store().jobKeys(BOARD)) {
            String written = Files.readString(jobs.resolve(key + ".json"));
            ObjectNode served = sandbox.store().jobByKey(BOARD, key).orElseThrow();
            assertEquals(JsonTrees.exact(JSON.writeValueAsString(served)), JsonTrees.exact(written),
                    "file of job " + key);
        }
    }

    @Test
    void sinkUpsertsTheJobOfEachJsonFile() throws Exception {
        startWithRoutes("""
                - route:
                    id: files-to-board
                    from:
                      uri: "file:{{dir}}/in"
                      steps:
                        - to: "kamelet:hrflow-job-sink?boardKey={{hrflow.board}}"
                        - to: "file:{{dir}}/out?fileName=${header.CamelHrFlowUpsertResult}-${file:name}"
                """);
        ObjectNode job = sandbox.store().jobs(BOARD).get(0).deepCopy();
        job.remove(List.of("id", "key", "created_at", "updated_at", "archived_at", "archive"));
        job.put("reference", "kamelet-sink-1");
        job.put("name", "Kamelet sink, first version");
        Files.createDirectories(dir.resolve("in"));
        Files.writeString(dir.resolve("in/first.json"), JSON.writeValueAsString(job));

        Path out = dir.resolve("out");
        await().atMost(Duration.ofSeconds(20)).until(() -> fileNames(out).contains("created-first.json"));
        ObjectNode created = sandbox.store().jobByReference(BOARD, "kamelet-sink-1").orElseThrow();
        assertEquals("Kamelet sink, first version", created.get("name").asText());
        // the body after the Kamelet is the job HrFlow returned, as JSON
        Map<?, ?> answer = JSON.readValue(out.resolve("created-first.json").toFile(), Map.class);
        assertEquals(created.get("key").asText(), answer.get("key"));

        job.put("name", "Kamelet sink, second version");
        Files.writeString(dir.resolve("in/second.json"), JSON.writeValueAsString(job));
        await().atMost(Duration.ofSeconds(20)).until(() -> fileNames(out).contains("updated-second.json"));
        ObjectNode updated = sandbox.store().jobByReference(BOARD, "kamelet-sink-1").orElseThrow();
        assertEquals(created.get("key").asText(), updated.get("key").asText(), "the same job, edited");
        assertEquals("Kamelet sink, second version", updated.get("name").asText());
    }

    @Test
    void actionGetsAJobByHeaderOrByProperty() throws Exception {
        String reference = sandbox.store().jobReferences(BOARD).get(1);
        String key = sandbox.store().jobKeys(BOARD).get(2);
        startWithRoutes("""
                - route:
                    from:
                      uri: "direct:by-header"
                      steps:
                        - to:
                            uri: "kamelet:hrflow-job-action"
                            parameters:
                              boardKey: "{{hrflow.board}}"
                """ + CONNECTION.indent(14) + """
                - route:
                    from:
                      uri: "direct:by-key"
                      steps:
                        - to:
                            uri: "kamelet:hrflow-job-action"
                            parameters:
                              boardKey: "{{hrflow.board}}"
                              key: "%s"
                """.formatted(key) + CONNECTION.indent(14));
        ProducerTemplate template = context.createProducerTemplate();

        Exchange byReference = template.request("direct:by-header",
                e -> e.getMessage().setHeader(HrFlowConstants.JOB_REFERENCE, reference));
        assertEquals(null, byReference.getException());
        ObjectNode expected = sandbox.store().jobByReference(BOARD, reference).orElseThrow();
        assertEquals(JsonTrees.exact(JSON.writeValueAsString(expected)),
                JsonTrees.exact(byReference.getMessage().getBody(String.class)));
        assertEquals(expected.get("key").asText(), byReference.getMessage().getHeader(HrFlowConstants.JOB_KEY));
        assertEquals("application/json", byReference.getMessage().getHeader("Content-Type"));

        String byKey = template.requestBody("direct:by-key", null, String.class);
        assertEquals(key, JSON.readTree(byKey).get("key").asText());

        CamelExecutionException missing = assertThrows(CamelExecutionException.class,
                () -> template.requestBodyAndHeader("direct:by-header", null, HrFlowConstants.JOB_KEY, "no-such-job"));
        assertInstanceOf(HrFlowJobNotFoundException.class, missing.getCause());
    }

    @Test
    void profileSourceWritesEveryProfileOfTheSourceToAFile() throws Exception {
        startWithRoutes("""
                - route:
                    id: source-to-files
                    from:
                      uri: "kamelet:hrflow-profile-source?sourceKey={{hrflow.source}}&delay=200"
                      steps:
                        - to: "file:{{dir}}/profiles?fileName=${header.CamelHrFlowProfileKey}.json"
                """);
        Path profiles = dir.resolve("profiles");
        Set<String> expected = sandbox.store().profileKeys(SOURCE).stream().map(key -> key + ".json")
                .collect(Collectors.toSet());
        assertFalse(expected.isEmpty());
        await().atMost(Duration.ofSeconds(20)).until(() -> fileNames(profiles).equals(expected));
        for (String key : sandbox.store().profileKeys(SOURCE)) {
            String written = Files.readString(profiles.resolve(key + ".json"));
            ObjectNode served = sandbox.store().profileByKey(SOURCE, key).orElseThrow();
            assertEquals(JsonTrees.exact(JSON.writeValueAsString(served)), JsonTrees.exact(written),
                    "file of profile " + key);
        }
    }

    /** A CV in, its profile out; the same CV again finds it; an empty file fails with HrFlow's message. */
    @Test
    void profileParserTurnsACvIntoAProfileOnce() throws Exception {
        sandbox.parseDelay(Duration.ofMillis(200)); // the demo source parses in the background: the Kamelet waits
        startWithRoutes("""
                - route:
                    from:
                      uri: "direct:parse"
                      steps:
                        - to:
                            uri: "kamelet:hrflow-profile-parser"
                            parameters:
                              sourceKey: "{{hrflow.source}}"
                              awaitInterval: 100
                """ + CONNECTION.indent(14));
        ProducerTemplate template = context.createProducerTemplate();
        byte[] cv = "Grace Example\nNurse\ngrace@example.com\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        int before = sandbox.store().profiles(SOURCE).size();

        Exchange parsed = template.request("direct:parse", e -> {
            e.getMessage().setBody(cv);
            e.getMessage().setHeader(Exchange.FILE_NAME, "grace.txt");
        });
        assertEquals(null, parsed.getException());
        assertEquals("parsed", parsed.getMessage().getHeader(HrFlowConstants.PARSING_RESULT));
        assertEquals("application/json", parsed.getMessage().getHeader("Content-Type"));
        String key = JSON.readTree(parsed.getMessage().getBody(String.class)).get("key").asText();
        assertEquals(key, parsed.getMessage().getHeader(HrFlowConstants.PROFILE_KEY));
        ObjectNode stored = sandbox.store().profileByKey(SOURCE, key).orElseThrow();
        assertEquals("grace@example.com", stored.get("info").get("email").asText());

        Exchange again = template.request("direct:parse", e -> {
            e.getMessage().setBody(cv);
            e.getMessage().setHeader(Exchange.FILE_NAME, "grace (copy).txt");
        });
        assertEquals("existing", again.getMessage().getHeader(HrFlowConstants.PARSING_RESULT));
        assertEquals(key, JSON.readTree(again.getMessage().getBody(String.class)).get("key").asText());
        assertEquals(before + 1, sandbox.store().profiles(SOURCE).size(), "one profile for the CV sent twice");

        Exchange refused = template.request("direct:parse", e -> {
            e.getMessage().setBody(new byte[0]);
            e.getMessage().setHeader(Exchange.FILE_NAME, "empty.pdf");
        });
        assertTrue(refused.getException() != null && refused.getException().getMessage().contains("empty.pdf"),
                String.valueOf(refused.getException()));
    }

    @Test
    void theApiKeyPassedToTheKameletsAppearsInNoLogLine() throws Exception {
        List<LogCapture.Line> lines;
        try (LogCapture capture = new LogCapture(Map.of("", Level.INFO))) {
            startWithRoutes("""
                    - route:
                        id: board-to-files
                        from:
                          uri: "kamelet:hrflow-job-source?boardKey={{hrflow.board}}&delay=200"
                          steps:
                            - to: "file:{{dir}}/jobs?fileName=${header.CamelHrFlowJobKey}.json"
                    - route:
                        id: files-to-board
                        from:
                          uri: "file:{{dir}}/in"
                          steps:
                            - to: "kamelet:hrflow-job-sink?boardKey={{hrflow.board}}"
                    """);
            // a job without a reference fails in the sink: the error handler logs the route and its endpoints
            Files.createDirectories(dir.resolve("in"));
            Files.writeString(dir.resolve("in/no-reference.json"), "{\"name\":\"no reference\"}");
            int jobs = sandbox.store().jobKeys(BOARD).size();
            await().atMost(Duration.ofSeconds(20)).until(() -> fileNames(dir.resolve("jobs")).size() == jobs
                                                               && capture.lines().stream().anyMatch(line -> line.text()
                                                                       .contains("Cannot upsert a job without")));
            context.stop();
            lines = capture.lines();
        }
        assertTrue(lines.stream().anyMatch(line -> line.text().contains("hrflow")), "the routes logged: " + lines);
        for (LogCapture.Line line : lines) {
            assertFalse(line.text().contains(sandbox.apiKey()), "the API key in " + line);
        }
    }

    /**
     * Configured as the README shows: the connection on the component, the Kamelets given nothing but the board (or
     * only the credentials). Their endpoints take the component's base URL, timeouts and credentials.
     */
    @Test
    void kameletsTakeTheComponentsConfigurationWhenTheirOwnPropertiesAreNotSet() throws Exception {
        context.stop();
        context = new DefaultCamelContext();
        Properties properties = new Properties();
        properties.put("hrflow.board", BOARD);
        properties.put("dir", dir.toString());
        properties.put("camel.kamelet.hrflow-job-source.apiKey", sandbox.apiKey());
        properties.put("camel.kamelet.hrflow-job-source.userEmail", sandbox.userEmail());
        context.getPropertiesComponent().setInitialProperties(properties);
        HrFlowConfiguration component = context.getComponent("hrflow", HrFlowComponent.class).getConfiguration();
        component.setBaseUrl(sandbox.baseUrl());
        component.setApiKey(sandbox.apiKey());
        component.setUserEmail(sandbox.userEmail());
        component.setReadTimeout(12345);
        component.setConnectTimeout(2345);
        String key = sandbox.store().jobKeys(BOARD).get(0);
        startWithRoutes("""
                - route:
                    from:
                      uri: "kamelet:hrflow-job-source?boardKey={{hrflow.board}}&delay=200"
                      steps:
                        - to: "file:{{dir}}/jobs?fileName=${header.CamelHrFlowJobKey}.json"
                - route:
                    from:
                      uri: "direct:get"
                      steps:
                        - to: "kamelet:hrflow-job-action?boardKey={{hrflow.board}}"
                """);
        Set<String> expected = sandbox.store().jobKeys(BOARD).stream().map(k -> k + ".json")
                .collect(Collectors.toSet());
        await().atMost(Duration.ofSeconds(20)).until(() -> fileNames(dir.resolve("jobs")).equals(expected));
        String got = context.createProducerTemplate().requestBodyAndHeader("direct:get", null,
                HrFlowConstants.JOB_KEY, key, String.class);
        assertEquals(key, JSON.readTree(got).get("key").asText());

        List<HrFlowEndpoint> endpoints = context.getEndpoints().stream().filter(HrFlowEndpoint.class::isInstance)
                .map(HrFlowEndpoint.class::cast).toList();
        assertEquals(2, endpoints.size(), endpoints.toString());
        for (HrFlowEndpoint endpoint : endpoints) {
            assertEquals(sandbox.baseUrl(), endpoint.getConfiguration().getBaseUrl(), endpoint.getEndpointUri());
            assertEquals(12345, endpoint.getConfiguration().getReadTimeout(), endpoint.getEndpointUri());
            assertEquals(2345, endpoint.getConfiguration().getConnectTimeout(), endpoint.getEndpointUri());
            assertFalse(endpoint.getEndpointUri().contains("baseUrl"), endpoint.getEndpointUri());
        }
    }

    /** A Kamelet property that is set wins over the component's value. */
    @Test
    void aKameletsOwnBaseUrlWinsOverTheComponents() throws Exception {
        HrFlowConfiguration component = context.getComponent("hrflow", HrFlowComponent.class).getConfiguration();
        component.setBaseUrl("http://127.0.0.1:9/v1"); // the discard port: nothing answers there
        String key = sandbox.store().jobKeys(BOARD).get(0);
        startWithRoutes("""
                - route:
                    from:
                      uri: "direct:get"
                      steps:
                        - to:
                            uri: "kamelet:hrflow-job-action"
                            parameters:
                              boardKey: "{{hrflow.board}}"
                """ + CONNECTION.indent(14));
        String got = context.createProducerTemplate().requestBodyAndHeader("direct:get", null,
                HrFlowConstants.JOB_KEY, key, String.class);
        assertEquals(key, JSON.readTree(got).get("key").asText());
    }

    @Test
    void kameletsDeclareTheirPropertiesAndHideTheApiKey() throws Exception {
        for (String name : List.of("hrflow-job-source", "hrflow-job-sink", "hrflow-job-action", "hrflow-profile-source",
                "hrflow-profile-parser")) {
            Map<?, ?> kamelet;
            try (var in = getClass().getResourceAsStream("/kamelets/" + name + ".kamelet.yaml")) {
                kamelet = new org.snakeyaml.engine.v2.api.Load(
                        org.snakeyaml.engine.v2.api.LoadSettings.builder().build())
                        .loadFromInputStream(in) instanceof Map<?, ?> m
                                ? m : Map.of();
            }
            assertEquals("camel.apache.org/v1", kamelet.get("apiVersion"), name);
            assertEquals("Kamelet", kamelet.get("kind"), name);
            Map<?, ?> definition = (Map<?, ?>) ((Map<?, ?>) kamelet.get("spec")).get("definition");
            Map<?, ?> properties = (Map<?, ?>) definition.get("properties");
            for (Map.Entry<?, ?> property : properties.entrySet()) {
                Map<?, ?> schema = (Map<?, ?>) property.getValue();
                assertTrue(schema.get("type") != null && schema.get("title") != null
                           && schema.get("description") != null,
                        name + " property " + property.getKey() + " has a type, a title and a description");
            }
            Map<?, ?> apiKey = (Map<?, ?>) properties.get("apiKey");
            assertEquals("password", apiKey.get("format"), name);
            assertEquals(List.of("urn:camel:group:credentials"), apiKey.get("x-descriptors"), name);
            // only the board or the source is required: the connection may come from the component
            assertEquals(List.of(name.contains("profile") ? "sourceKey" : "boardKey"), definition.get("required"),
                    name);
            // a default would be passed to the endpoint and override the component's configuration
            for (Map.Entry<?, ?> property : properties.entrySet()) {
                assertFalse(((Map<?, ?>) property.getValue()).containsKey("default"),
                        name + " property " + property.getKey() + " has a default");
            }
        }
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
