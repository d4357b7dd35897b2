package io.github.camelhrflow.examples.quarkus;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.camelhrflow.sandbox.HrFlowSandbox;
import io.github.camelhrflow.sandbox.RecordedRequest;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.apache.camel.CamelContext;
import org.apache.camel.ServiceStatus;
import org.apache.camel.support.ScheduledPollConsumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static net.javacrumbs.jsonunit.JsonMatchers.jsonEquals;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The application as deployed, in JVM mode, against the embedded HrFlow sandbox. */
@QuarkusTest
@WithTestResource(HrFlowSandboxResource.class)
class JobRoutesTest {

    private static final String JOB_INDEXING = "/v1/job/indexing";

    @InjectHrFlowSandbox
    HrFlowSandbox sandbox;

    @Inject
    CamelContext camel;

    @BeforeEach
    void freshSandbox() {
        sandbox.clearRequests();
    }

    @AfterEach
    void noFaults() throws Exception {
        sandbox.faults().clear();
        if (camel.getRouteController().getRouteStatus(BoardSyncRoutes.ROUTE_ID) == ServiceStatus.Suspended) {
            camel.getRouteController().resumeRoute(BoardSyncRoutes.ROUTE_ID);
        }
    }

    /**
     * The board-sync route polls the same sandbox: a fault injected for the next request could go to its poll
     * instead of to the call under test. Suspended, it starts no poll; the one under way, if any, ends first.
     */
    private void pauseBoardSync() throws Exception {
        camel.getRouteController().suspendRoute(BoardSyncRoutes.ROUTE_ID);
        ScheduledPollConsumer consumer = (ScheduledPollConsumer) camel.getRoute(BoardSyncRoutes.ROUTE_ID).getConsumer();
        // "during": a poll that passed its suspended-check just before the suspension shows as polling a moment later
        await().during(Duration.ofMillis(200)).atMost(Duration.ofSeconds(10)).until(() -> !consumer.isPolling());
    }

    @Test
    void everyJobOfTheBoardIsAnsweredAsHrFlowSentIt() {
        List<String> keys = sandbox.jobKeys(HrFlowSandbox.DEMO_BOARD_KEY);
        assertFalse(keys.isEmpty(), "the demo board has jobs");

        for (String key : keys) {
            String body = given().header("X-Probe", "echo?")
                    .when().get("/jobs/{key}", key)
                    .then().statusCode(200)
                    .contentType(ContentType.JSON)
                    .header("X-Probe", nullValue())
                    .extract().asString();

            JsonNode sent = sandbox.store().jobByKey(HrFlowSandbox.DEMO_BOARD_KEY, key).orElseThrow();
            // through the Job model and back, numbers keep their value, not always their notation
            assertThat("job " + key + " as HrFlow sent it", body, jsonEquals(sent).withTolerance(0));
        }
        assertEquals(keys.size(), jobIndexingRequests().size(), "one HrFlow call per request");
    }

    @Test
    void theConfiguredBoardAndCredentialsReachHrFlow() {
        String key = sandbox.jobKeys(HrFlowSandbox.DEMO_BOARD_KEY).get(0);

        given().when().get("/jobs/{key}", key).then().statusCode(200);

        List<RecordedRequest> calls = jobIndexingRequests();
        assertEquals(1, calls.size(), "one HrFlow call: " + calls);
        RecordedRequest call = calls.get(0);
        assertEquals(HrFlowSandbox.DEMO_BOARD_KEY, call.param("board_key"));
        assertEquals(key, call.param("key"));
        assertEquals(HrFlowSandbox.DEMO_USER_EMAIL, call.header("X-USER-EMAIL"));
        assertEquals(200, call.status(), "the sandbox accepted the API key");
    }

    @Test
    void anUnknownKeyIsNotFound() {
        given().when().get("/jobs/{key}", "no-such-job")
                .then().statusCode(404)
                .contentType(ContentType.JSON)
                .body("error", equalTo("job not found"))
                .body("key", equalTo("no-such-job"));
    }

    @Test
    void hrFlowRefusingTheCallIsABadGateway() throws Exception {
        pauseBoardSync();
        sandbox.faults().throttleNext(1);
        String key = sandbox.jobKeys(HrFlowSandbox.DEMO_BOARD_KEY).get(0);

        given().when().get("/jobs/{key}", key)
                .then().statusCode(502)
                .contentType(ContentType.JSON)
                .body("hrflow_status", equalTo(429))
                .body("key", equalTo(key));
    }

    /** The calls GET /jobs/{key} causes; the board-sync route's polls of /v1/storing/jobs run alongside. */
    private List<RecordedRequest> jobIndexingRequests() {
        return sandbox.requests().stream().filter(r -> JOB_INDEXING.equals(r.path())).toList();
    }

    @Test
    void theApiKeyNeverReachesTheLog() throws Exception {
        String key = sandbox.jobKeys(HrFlowSandbox.DEMO_BOARD_KEY).get(0);
        pauseBoardSync();
        sandbox.faults().throttleNext(1);
        given().when().get("/jobs/{key}", key).then().statusCode(502);
        given().when().get("/jobs/{key}", key).then().statusCode(200);

        Path log = Path.of("target/quarkus-test.log");
        String text = Files.readString(log);
        assertTrue(text.contains("job-by-key"), "the log file is this application's: " + log.toAbsolutePath());
        assertFalse(text.contains(HrFlowSandboxResource.API_KEY), "the API key leaked into " + log);
    }
}
