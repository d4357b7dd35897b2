package io.github.camelhrflow.benchmarks.server;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.camelhrflow.benchmarks.load.RawHttpClient;
import io.github.camelhrflow.client.HrFlowJson;
import io.github.camelhrflow.sandbox.HrFlowSandbox;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class JobServerTest {

    private static HrFlowSandbox sandbox;
    private static JobServer server;
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @BeforeAll
    static void start() {
        sandbox = HrFlowSandbox.builder().build().start();
        server = JobServer.start(RecordedAnswers.record(sandbox), 0);
    }

    @AfterAll
    static void stop() throws IOException {
        server.close();
        sandbox.close();
    }

    @Test
    void servesEveryJobByteForByteAsTheSandbox() throws Exception {
        for (String board : List.of(HrFlowSandbox.DEMO_BOARD_KEY, HrFlowSandbox.BENCHMARK_BOARD_KEY)) {
            for (String key : sandbox.jobKeys(board)) {
                String query = "/job/indexing?board_key=" + board + "&key=" + key;
                HttpResponse<byte[]> expected = get(sandbox.baseUrl() + query, true);
                HttpResponse<byte[]> actual = get(server.baseUrl() + query, true);
                assertEquals(200, actual.statusCode());
                assertEquals("application/json", actual.headers().firstValue("Content-Type").orElseThrow());
                assertArrayEquals(expected.body(), actual.body(), key);
            }
        }
    }

    @Test
    void answersLikeTheSandboxWithoutCredentialsAndForAnUnknownJob() throws Exception {
        String unknown = "/job/indexing?board_key=" + HrFlowSandbox.DEMO_BOARD_KEY + "&key=nope";
        String known = "/job/indexing?board_key=" + HrFlowSandbox.DEMO_BOARD_KEY + "&key="
                       + sandbox.jobKeys(HrFlowSandbox.DEMO_BOARD_KEY).get(0);

        HttpResponse<byte[]> unauthorized = get(server.baseUrl() + known, false);
        HttpResponse<byte[]> notFound = get(server.baseUrl() + unknown, true);

        assertEquals(401, unauthorized.statusCode());
        assertArrayEquals(get(sandbox.baseUrl() + known, false).body(), unauthorized.body());
        assertEquals(400, notFound.statusCode());
        assertArrayEquals(get(sandbox.baseUrl() + unknown, true).body(), notFound.body());
    }

    @Test
    void servesEveryStoringPageByteForByteAsTheSandbox() throws Exception {
        String board = HrFlowSandbox.DEMO_BOARD_KEY;
        String query = "/storing/jobs?board_keys=" + URLEncoder.encode(RecordedAnswers.boardKeys(board),
                StandardCharsets.UTF_8) + "&return_job=true&limit=" + RecordedAnswers.STORING_PAGE_SIZE + "&page=";
        // the demo board fits one page; page 2 is past the last, answered with no data
        for (int page = 1; page <= 2; page++) {
            HttpResponse<byte[]> actual = get(server.baseUrl() + query + page, true);
            assertEquals(200, actual.statusCode());
            assertArrayEquals(get(sandbox.baseUrl() + query + page, true).body(), actual.body(), "page " + page);
        }
        assertEquals(400, get(server.baseUrl() + query.replace("limit=30", "limit=7") + 1, true).statusCode());
    }

    @Test
    void answersAPostWithTheRecordedCreation() throws Exception {
        HttpResponse<byte[]> created = HTTP.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + "/job/indexing"))
                .header("X-API-KEY", sandbox.apiKey()).header("X-USER-EMAIL", sandbox.userEmail())
                .POST(HttpRequest.BodyPublishers.ofString("{\"board_key\":\"b\",\"name\":\"any\"}"))
                .build(), HttpResponse.BodyHandlers.ofByteArray());

        JsonNode job = HrFlowJson.mapper().readTree(created.body()).get("data");
        assertEquals(201, created.statusCode());
        assertTrue(job.get("key").asText().matches("[0-9a-f]{40}"), job.toString());
        assertEquals("benchmark-index-" + sandbox.jobReferences(HrFlowSandbox.DEMO_BOARD_KEY).get(0),
                job.get("reference").asText());
    }

    @Test
    void keepsTheConnectionOpenBetweenRequests() throws Exception {
        String root = server.baseUrl().replace("/v1", "");
        long before = server.acceptedConnections();
        try (RawHttpClient client = new RawHttpClient(root, "")) {
            byte[] health = client.request(JobServerConnection.HEALTH_PATH);
            for (int i = 0; i < 3; i++) {
                assertEquals(200, client.send(health));
            }
        }
        assertEquals(1, server.acceptedConnections() - before);
    }

    private static HttpResponse<byte[]> get(String url, boolean withCredentials) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url));
        if (withCredentials) {
            request.header("X-API-KEY", sandbox.apiKey()).header("X-USER-EMAIL", sandbox.userEmail());
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }
}
