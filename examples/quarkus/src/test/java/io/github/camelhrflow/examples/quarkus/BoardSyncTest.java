package io.github.camelhrflow.examples.quarkus;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.camelhrflow.sandbox.HrFlowSandbox;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** The board-sync route as deployed: the board it keeps, and what Camel's consumer health check says of it. */
@QuarkusTest
@WithTestResource(HrFlowSandboxResource.class)
class BoardSyncTest {

    private static final String BOARD = HrFlowSandbox.DEMO_BOARD_KEY;
    private static final Duration PATIENCE = Duration.ofSeconds(20);

    @InjectHrFlowSandbox
    HrFlowSandbox sandbox;

    @Test
    void everyJobOfTheBoardIsSyncedAtItsCurrentVersion() {
        await().atMost(PATIENCE).untilAsserted(
                () -> assertEquals(versionsInTheSandbox(), versionsSynced(), "GET /board/jobs against the sandbox"));
    }

    @Test
    void anEditedJobComesAgainWithItsNewVersion() {
        String key = sandbox.jobKeys(BOARD).get(1);
        // wait for the first sync, so the edit is a change the consumer has to find, not part of its first read
        await().atMost(PATIENCE).until(() -> versionsSynced().containsKey(key));

        ObjectNode job = sandbox.store().jobByKey(BOARD, key).orElseThrow().deepCopy();
        String name = job.path("name").asText() + " (edited " + System.nanoTime() + ")";
        ObjectNode edited = sandbox.editJob(BOARD, job.put("name", name));
        String version = key + "@" + edited.path("updated_at").asText();

        await().atMost(PATIENCE).untilAsserted(() -> {
            JsonPath synced = boardJobs().jsonPath();
            assertEquals(version, synced.getString("jobs.find { it.key == '" + key + "' }.version"));
            assertEquals(name, synced.getString("jobs.find { it.key == '" + key + "' }.name"));
        });
    }

    @Test
    void readinessListsTheBoardConsumerUpAfterItsFirstPoll() {
        await().atMost(PATIENCE).untilAsserted(() -> {
            Response ready = given().when().get("/q/health/ready");
            String body = ready.asString();
            assertEquals(200, ready.statusCode(), body);
            JsonPath json = ready.jsonPath();
            assertEquals("UP", json.getString("status"), body);
            Map<String, String> camel = json.getMap(
                    "checks.find { it.name == '" + CamelReadinessCheck.NAME + "' }.data", String.class, String.class);
            assertEquals("UP", camel.get("consumer:" + BoardSyncRoutes.ROUTE_ID), body);
            assertEquals("UP", camel.get("route:" + BoardSyncRoutes.ROUTE_ID), body);
        });
        // UP means polled: before its first poll Camel reports a consumer at the registry's initial state, DOWN
        assertFalse(versionsSynced().isEmpty(), "the board was read");
    }

    private Map<String, String> versionsInTheSandbox() {
        return sandbox.jobKeys(BOARD).stream().collect(Collectors.toMap(key -> key, key -> {
            JsonNode job = sandbox.store().jobByKey(BOARD, key).orElseThrow();
            return key + "@" + job.path("updated_at").asText();
        }));
    }

    private Map<String, String> versionsSynced() {
        List<Map<String, Object>> jobs = boardJobs().jsonPath().getList("jobs");
        return jobs.stream()
                .collect(Collectors.toMap(job -> (String) job.get("key"), job -> (String) job.get("version")));
    }

    private static Response boardJobs() {
        return given().when().get("/board/jobs").then().statusCode(200).extract().response();
    }
}
