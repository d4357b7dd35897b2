package io.github.camelhrflow.sandbox;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code GET /v1/storing/jobs}: listing, sorting, paging, time filters. */
class StoringApiTest extends SandboxTestSupport {

    private static final String DEMO_KEYS = "[\"" + HrFlowSandbox.DEMO_BOARD_KEY + "\"]";

    private JsonNode list(String... params) {
        HttpResponse<String> response = client.get("/storing/jobs", params);
        assertEquals(200, response.statusCode(), response.body());
        return SandboxClient.json(response);
    }

    private static List<String> createdAt(JsonNode body) {
        List<String> times = new ArrayList<>();
        body.get("data").forEach(job -> times.add(job.get("created_at").asText()));
        return times;
    }

    @Test
    void listsABoardNewestFirstWithMeta() {
        JsonNode body = list("board_keys", DEMO_KEYS);

        assertEquals(200, body.get("code").asInt());
        int jobs = sandbox.jobKeys(HrFlowSandbox.DEMO_BOARD_KEY).size();
        assertEquals(jobs, body.get("data").size());
        assertEquals(1, body.at("/meta/page").asInt());
        assertEquals(1, body.at("/meta/maxPage").asInt());
        assertEquals(jobs, body.at("/meta/count").asInt());
        assertEquals(jobs, body.at("/meta/total").asInt());
        List<String> times = createdAt(body);
        List<String> sorted = new ArrayList<>(times);
        sorted.sort((a, b) -> Timestamps.parse(b).orElseThrow().compareTo(Timestamps.parse(a).orElseThrow()));
        assertEquals(sorted, times);
    }

    @Test
    void pagesThroughSeveralBoardsInAscendingOrder() {
        String keys = "[\"" + HrFlowSandbox.DEMO_BOARD_KEY + "\",\"" + HrFlowSandbox.SAMPLE_2023_BOARD_KEY + "\"]";
        JsonNode all = list("board_keys", keys, "order_by", "asc", "limit", "100");
        int total = all.at("/meta/total").asInt();

        List<String> paged = new ArrayList<>();
        for (int page = 1; page <= 3; page++) {
            JsonNode body = list("board_keys", keys, "order_by", "asc", "limit", "3", "page", String.valueOf(page));
            assertEquals(3, body.at("/meta/maxPage").asInt());
            assertEquals(total, body.at("/meta/total").asInt());
            paged.addAll(createdAt(body));
        }

        assertEquals(8, total);
        assertEquals(createdAt(all), paged);
    }

    @Test
    void filtersOnCreationTimeAndIgnoresUndocumentedUpdateFilters() {
        JsonNode created = list("board_keys", DEMO_KEYS, "created_at_min", "2024-01-01T00:00:00+0000");
        JsonNode withUpdateFilters = list("board_keys", DEMO_KEYS, "created_at_min", "2024-01-01T00:00:00+0000",
                "updated_at_min", "2030-01-01", "updated_at_max", "2000-01-01T00:00:00Z", "sort_by", "updated_at");

        assertTrue(created.get("data").size() >= 1);
        created.get("data").forEach(job -> assertTrue(job.get("created_at").asText().compareTo("2024-01-01") >= 0,
                job.get("created_at").asText()));
        assertTrue(created.at("/meta/total").asInt() < sandbox.jobKeys(HrFlowSandbox.DEMO_BOARD_KEY).size());
        // HrFlow documents no updated_at_min/max: the sandbox ignores them as an API ignores unknown parameters
        assertEquals(created.at("/meta/total"), withUpdateFilters.at("/meta/total"));
    }

    @Test
    void rejectsBadParameters() {
        assertEquals(400, client.get("/storing/jobs").statusCode());
        assertEquals(400, client.get("/storing/jobs", "board_keys", HrFlowSandbox.DEMO_BOARD_KEY).statusCode());
        assertEquals(400, client.get("/storing/jobs", "board_keys", DEMO_KEYS, "page", "0").statusCode());
        assertEquals(400, client.get("/storing/jobs", "board_keys", DEMO_KEYS, "sort_by", "name").statusCode());
        assertEquals(400,
                client.get("/storing/jobs", "board_keys", DEMO_KEYS, "created_at_min", "yesterday").statusCode());
        HttpResponse<String> unknownBoard = client.get("/storing/jobs", "board_keys", "[\"nope\"]");
        assertEquals(SandboxClient.resource("samples/error-400-board-not-found.json"),
                SandboxClient.json(unknownBoard));
    }

    @Test
    void needsCredentials() {
        assertEquals(401, client.send(client.request("/storing/jobs", "board_keys", DEMO_KEYS).build()).statusCode());
    }

    @Test
    void timestampsInEveryHrFlowSpellingAreRead() {
        long expected = Timestamps.parse("2023-06-21T15:54:45Z").orElseThrow().getEpochSecond();
        for (String text : List.of("2023-06-21T15:54:45+0000", "2023-06-21T15:54:45+00:00", "2023-06-21T15:54:45",
                "2023-06-21T15:54:45.000Z", "2023-06-21T17:54:45+0200", "2023-06-21T15:54:45 0000")) {
            assertEquals(expected, Timestamps.parse(text).orElseThrow().getEpochSecond(), text);
        }
        assertEquals(Timestamps.parse("2023-05-18T21:59:00Z"), Timestamps.parse("2023-05-18T21:59"));
        assertTrue(Timestamps.parse("2024-05-06").isPresent());
        assertTrue(Timestamps.parse("soon").isEmpty());
    }
}
