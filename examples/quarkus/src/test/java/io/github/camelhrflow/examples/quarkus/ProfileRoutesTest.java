package io.github.camelhrflow.examples.quarkus;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.camelhrflow.sandbox.HrFlowSandbox;
import io.github.camelhrflow.sandbox.RecordedRequest;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static net.javacrumbs.jsonunit.JsonMatchers.jsonEquals;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** {@code GET /profiles/{key}} as deployed, in JVM mode, against the embedded sandbox's demo source. */
@QuarkusTest
@WithTestResource(HrFlowSandboxResource.class)
class ProfileRoutesTest {

    private static final String PROFILE_INDEXING = "/v1/profile/indexing";

    @InjectHrFlowSandbox
    HrFlowSandbox sandbox;

    @BeforeEach
    void freshSandbox() {
        sandbox.clearRequests();
    }

    @Test
    void everyProfileOfTheSourceIsAnsweredAsHrFlowSentIt() {
        List<String> keys = sandbox.profileKeys(HrFlowSandbox.DEMO_SOURCE_KEY);
        assertFalse(keys.isEmpty(), "the demo source has profiles");

        for (String key : keys) {
            String body = given().when().get("/profiles/{key}", key)
                    .then().statusCode(200)
                    .contentType(ContentType.JSON)
                    .extract().asString();

            JsonNode sent = sandbox.store().profileByKey(HrFlowSandbox.DEMO_SOURCE_KEY, key).orElseThrow();
            // through the Profile model and back, numbers keep their value, not always their notation
            assertThat("profile " + key + " as HrFlow sent it", body, jsonEquals(sent).withTolerance(0));
        }
        assertEquals(keys.size(), profileIndexingRequests().size(), "one HrFlow call per request");
    }

    @Test
    void theConfiguredSourceAndCredentialsReachHrFlow() {
        String key = sandbox.profileKeys(HrFlowSandbox.DEMO_SOURCE_KEY).get(0);

        given().when().get("/profiles/{key}", key).then().statusCode(200);

        List<RecordedRequest> calls = profileIndexingRequests();
        assertEquals(1, calls.size(), "one HrFlow call: " + calls);
        RecordedRequest call = calls.get(0);
        assertEquals("GET", call.method());
        assertEquals(HrFlowSandbox.DEMO_SOURCE_KEY, call.param("source_key"));
        assertEquals(key, call.param("key"));
        assertEquals(HrFlowSandbox.DEMO_USER_EMAIL, call.header("X-USER-EMAIL"));
        assertEquals(200, call.status(), "the sandbox accepted the API key");
    }

    @Test
    void anUnknownKeyIsNotFound() {
        given().when().get("/profiles/{key}", "no-such-profile")
                .then().statusCode(404)
                .contentType(ContentType.JSON)
                .body("error", equalTo("profile not found"))
                .body("key", equalTo("no-such-profile"));
    }

    /** The calls GET /profiles/{key} causes; the board-sync route's polls go to /v1/storing/jobs. */
    private List<RecordedRequest> profileIndexingRequests() {
        return sandbox.requests().stream().filter(r -> PROFILE_INDEXING.equals(r.path())).toList();
    }
}
