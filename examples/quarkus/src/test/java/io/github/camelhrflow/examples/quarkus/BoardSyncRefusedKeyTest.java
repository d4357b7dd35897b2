package io.github.camelhrflow.examples.quarkus;

import java.time.Duration;
import java.util.Map;

import io.github.camelhrflow.sandbox.HrFlowSandbox;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The application against an HrFlow that refuses its key: the board consumer fails, and readiness says so. A test
 * resource of its own, so Quarkus starts this application apart from the other tests'.
 */
@QuarkusTest
@WithTestResource(value = HrFlowSandboxResource.class,
                  initArgs = @ResourceArg(name = HrFlowSandboxResource.REFUSE_KEY, value = "true"))
class BoardSyncRefusedKeyTest {

    @InjectHrFlowSandbox
    HrFlowSandbox sandbox;

    @Test
    void readinessIsDownWithTheBoardConsumerRefused() {
        String consumer = "consumer:" + BoardSyncRoutes.ROUTE_ID;
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            assertTrue(sandbox.requests().stream().anyMatch(r -> r.status() == 401), "HrFlow refused a poll");
            Response ready = given().when().get("/q/health/ready");
            String body = ready.asString();
            assertEquals(503, ready.statusCode(), body);
            JsonPath json = ready.jsonPath();
            assertEquals("DOWN", json.getString("status"), body);
            Map<String, String> camel = json.getMap(
                    "checks.find { it.name == '" + CamelReadinessCheck.NAME + "' }.data", String.class, String.class);
            assertEquals("DOWN", camel.get(consumer), body);
            // failed, not merely not polled yet: Camel's message counts the failed polls, the error is HrFlow's 401
            assertNotNull(camel.get(consumer + ".error"), body);
            assertTrue(camel.get(consumer + ".message").startsWith("Consumer failed polling"), body);
            assertTrue(camel.get(consumer + ".error").contains("401"), body);
            assertFalse(body.contains(HrFlowSandboxResource.API_KEY), "the API key is not in the health answer");
        });
        given().when().get("/board/jobs").then().statusCode(200).body("count", equalTo(0));
    }
}
