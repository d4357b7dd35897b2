package io.github.camelhrflow.sandbox;

import java.net.http.HttpResponse;
import java.time.Duration;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code /_sandbox/boards} and {@code /_sandbox/index-lag}, for tools outside the JVM. */
class AdminBoardsAndLagTest extends SandboxTestSupport {

    private static final String BOARD = "ad41aad41aad41aad41aad41aad41aad41aad41a";

    @Test
    void postedBoardGetsGeneratedJobsAndIsListedAndServed() {
        HttpResponse<String> created = client.admin("POST", "/_sandbox/boards",
                "{\"key\":\"" + BOARD + "\",\"name\":\"admin made\",\"jobs\":250,\"seed\":9}");

        assertEquals(200, created.statusCode(), created.body());
        JsonNode board = SandboxClient.json(created);
        assertEquals(BOARD, board.get("key").asText());
        assertEquals("admin made", board.get("name").asText());
        assertEquals(250, board.get("jobs").asInt());
        assertEquals(250, SandboxClient.json(client.listJobs(BOARD)).at("/meta/total").asInt());
        String key = sandbox.jobKeys(BOARD).get(0);
        assertEquals(200, client.getJob(BOARD, "key", key).statusCode());

        JsonNode more = SandboxClient.json(client.admin("POST", "/_sandbox/boards",
                "{\"key\":\"" + BOARD + "\",\"jobs\":50,\"seed\":9}"));
        assertEquals(300, more.get("jobs").asInt(), "a second call adds jobs and keeps the name");
        assertEquals("admin made", more.get("name").asText());

        JsonNode listed = SandboxClient.json(client.admin("GET", "/_sandbox/boards", null));
        assertTrue(listed.get("boards").findValuesAsText("key").contains(BOARD), listed.toString());
    }

    @Test
    void aBoardWithoutKeyGetsOne() {
        JsonNode board = SandboxClient.json(client.admin("POST", "/_sandbox/boards", "{\"jobs\":3}"));
        assertEquals(40, board.get("key").asText().length());
        assertEquals("generated", board.get("name").asText());
        assertEquals(3, sandbox.jobKeys(board.get("key").asText()).size());
    }

    @Test
    void badBoardRequestsAreRefused() {
        for (String body : new String[] { "{\"jobs\":-1}", "{\"jobs\":\"10\"}", "{\"jobs\":2000000}",
                "{\"color\":\"red\"}", "{\"key\":5}", "[]", "not json" }) {
            assertEquals(400, client.admin("POST", "/_sandbox/boards", body).statusCode(), body);
        }
    }

    @Test
    void indexLagIsReadSetAndCleared() {
        try {
            HttpResponse<String> set = client.admin("POST", "/_sandbox/index-lag", "{\"max_ms\":1500,\"seed\":4}");
            assertEquals(200, set.statusCode(), set.body());
            assertEquals(1500, SandboxClient.json(set).get("max_ms").asInt());
            assertEquals(4, SandboxClient.json(set).get("seed").asInt());
            assertEquals(Duration.ofMillis(1500), sandbox.indexLag());
            assertEquals(1500, SandboxClient.json(client.admin("GET", "/_sandbox/index-lag", null))
                    .get("max_ms").asInt());

            for (String body : new String[] { "{\"max_ms\":-1}", "{\"max_ms\":\"5\"}", "{\"lag\":5}", "[]" }) {
                assertEquals(400, client.admin("POST", "/_sandbox/index-lag", body).statusCode(), body);
            }
            assertEquals(Duration.ofMillis(1500), sandbox.indexLag(), "a refused change changes nothing");

            assertEquals(0, SandboxClient.json(client.admin("DELETE", "/_sandbox/index-lag", null))
                    .get("max_ms").asInt());
            assertEquals(Duration.ZERO, sandbox.indexLag());
        } finally {
            sandbox.indexLag(Duration.ZERO);
        }
    }
}
