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

    /** A board of a few pages, read in the orders the consumer asks for. */
    private static final String PAGED_BOARD = "0a1b2c3d4e5f60718293a4b5c6d7e8f901234567";

    @BeforeAll
    static void start() {
        sandbox = HrFlowSandbox.builder().build().start();
        sandbox.addBoard(PAGED_BOARD, "paged board");
        sandbox.seedJobs(PAGED_BOARD, 100, 5);
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
    void servesTheConsumersOrdersByteForByteAsTheSandbox() throws Exception {
        String query = "/storing/jobs?board_keys=" + URLEncoder.encode(RecordedAnswers.boardKeys(PAGED_BOARD),
                StandardCharsets.UTF_8) + "&return_job=true&limit=" + RecordedAnswers.STORING_PAGE_SIZE;
        String newestFirst = query + "&sort_by=updated_at&order_by=desc";
        String ceiling = RecordedAnswers.sweepCeiling(HrFlowJson.mapper()
                .readTree(get(sandbox.baseUrl() + newestFirst + "&page=1", true).body())
                .path("data").path(0).path("updated_at").asText());
        // as camel-hrflow sends it: every value percent-encoded, so "+0000" arrives as "+0000"
        String sweep = query + "&sort_by=created_at&order_by=asc&created_at_max="
                       + URLEncoder.encode(ceiling, StandardCharsets.UTF_8);
        for (String order : List.of(newestFirst, sweep)) {
            // 100 jobs: 4 pages, and page 5 past the last
            for (int page = 1; page <= 5; page++) {
                HttpResponse<byte[]> actual = get(server.baseUrl() + order + "&page=" + page, true);
                assertEquals(200, actual.statusCode(), order);
                assertArrayEquals(get(sandbox.baseUrl() + order + "&page=" + page, true).body(), actual.body(),
                        order + " page " + page);
            }
        }
        JsonNode firstOfSweep = HrFlowJson.mapper().readTree(get(server.baseUrl() + sweep + "&page=1", true).body());
        assertEquals(100, firstOfSweep.path("meta").path("total").asInt());
        // an order or a ceiling not recorded is refused, not answered with another order's page
        assertEquals(400, get(server.baseUrl() + query + "&sort_by=created_at&order_by=asc&page=1", true)
                .statusCode());
        assertEquals(400, get(server.baseUrl() + sweep.replace(URLEncoder.encode(ceiling, StandardCharsets.UTF_8),
                "2020-01-01T00%3A00%3A00%2B0000") + "&page=1", true).statusCode());
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
