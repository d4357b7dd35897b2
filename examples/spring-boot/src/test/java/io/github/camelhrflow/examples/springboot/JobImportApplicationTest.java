package io.github.camelhrflow.examples.springboot;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.camelhrflow.sandbox.HrFlowSandbox;
import org.hamcrest.MatcherAssert;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static net.javacrumbs.jsonunit.JsonMatchers.jsonEquals;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The whole application on a free port, against the embedded sandbox (forced, so that an HRFLOW_API_KEY in the
 * developer's environment does not send the test to the real API): jobs go from HrFlow through the REST API into H2.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
                properties = { HrFlowSandboxInitializer.ENABLED + "=true", "hrflow.poll-delay=200" })
class JobImportApplicationTest {

    private static final String BOARD = HrFlowSandbox.DEMO_BOARD_KEY;

    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper mapper = new ObjectMapper();

    @LocalServerPort
    private int port;
    @Autowired
    private HrFlowSandbox sandbox;
    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void importStoresTheJobInTheDatabase() throws Exception {
        String key = sandbox.jobKeys(BOARD).get(0);
        JsonNode sandboxJob = sandbox.store().jobByKey(BOARD, key).orElseThrow();

        HttpResponse<String> response = send("POST", "/jobs/" + key);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/json"));
        assertThat(mapper.readTree(response.body()).path("key").asText()).isEqualTo(key);
        // no exchange header leaks into the answer
        assertThat(response.headers().map()).doesNotContainKey("key");
        Map<String, Object> row = jdbc.queryForMap(
                "SELECT reference, name, json FROM hrflow_job WHERE job_key = ?", key);
        assertThat(row.get("NAME")).isEqualTo(sandboxJob.path("name").asText());
        assertThat(row.get("REFERENCE")).isEqualTo(sandboxJob.path("reference").textValue());
        MatcherAssert.assertThat("the stored JSON is the job as HrFlow served it",
                mapper.readTree((String) row.get("JSON")),
                jsonEquals(sandboxJob).withTolerance(0));
        assertThat(sandbox.requests()).anySatisfy(request -> {
            assertThat(request.path()).isEqualTo("/v1/job/indexing");
            assertThat(request.param("key")).isEqualTo(key);
            assertThat(request.param("board_key")).isEqualTo(BOARD);
        });
    }

    @Test
    void unknownJobAnswers404AndStoresNothing() throws Exception {
        HttpResponse<String> response = send("POST", "/jobs/no-such-job");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).contains("no-such-job");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM hrflow_job WHERE job_key = ?", Integer.class,
                "no-such-job")).isZero();
    }

    @Test
    void listShowsStoredJobs() throws Exception {
        List<String> keys = sandbox.jobKeys(BOARD).subList(1, 3);
        for (String key : keys) {
            assertThat(send("POST", "/jobs/" + key).statusCode()).isEqualTo(200);
        }

        HttpResponse<String> response = send("GET", "/jobs");

        assertThat(response.statusCode()).isEqualTo(200);
        List<String> listed = mapper.readTree(response.body()).findValuesAsText("key");
        assertThat(listed).containsAll(keys);
    }

    @Test
    void boardConsumerStoresEveryJobOfTheBoard() {
        List<String> keys = sandbox.jobKeys(BOARD);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(
                jdbc.queryForList("SELECT job_key FROM hrflow_job", String.class)).containsAll(keys));
        for (String key : keys) {
            JsonNode sandboxJob = sandbox.store().jobByKey(BOARD, key).orElseThrow();
            Map<String, Object> row = jdbc.queryForMap("SELECT name, json FROM hrflow_job WHERE job_key = ?", key);
            assertThat(row.get("NAME")).isEqualTo(sandboxJob.path("name").asText());
            MatcherAssert.assertThat(key, readTree((String) row.get("JSON")), jsonEquals(sandboxJob).withTolerance(0));
        }
    }

    @Test
    void actuatorHealthShowsTheBoardConsumerUp() throws Exception {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            HttpResponse<String> response = send("GET", "/actuator/health");
            assertThat(response.statusCode()).isEqualTo(200);
            JsonNode camel = mapper.readTree(response.body()).path("components").path("camelHealth");
            assertThat(camel.path("status").asText()).as(response.body()).isEqualTo("UP");
            assertThat(camel.path("details").path("consumer:board-sync").asText()).as(response.body()).isEqualTo("UP");
        });
    }

    private JsonNode readTree(String json) {
        try {
            return mapper.readTree(json);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private HttpResponse<String> send(String method, String path) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .method(method, HttpRequest.BodyPublishers.noBody())
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
