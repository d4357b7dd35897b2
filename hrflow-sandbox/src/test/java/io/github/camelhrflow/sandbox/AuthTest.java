package io.github.camelhrflow.sandbox;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AuthTest extends SandboxTestSupport {

    private static final String DEMO = HrFlowSandbox.DEMO_BOARD_KEY;

    private HttpRequest.Builder jobRequest() {
        return client.request("/job/indexing", "board_key", DEMO, "key", sandbox.jobKeys(DEMO).get(0));
    }

    @Test
    void demoCredentialsAreAccepted() {
        HttpResponse<String> response = client.send(jobRequest()
                .header("X-API-KEY", HrFlowSandbox.DEMO_API_KEY)
                .header("X-USER-EMAIL", HrFlowSandbox.DEMO_USER_EMAIL).build());

        assertEquals(200, response.statusCode());
    }

    @Test
    void missingKeyAnswersTheInvalidKeySample() {
        HttpResponse<String> response = client.send(jobRequest()
                .header("X-USER-EMAIL", HrFlowSandbox.DEMO_USER_EMAIL).build());

        assertEquals(401, response.statusCode());
        assertEquals(SandboxClient.resource("samples/error-401-invalid-key.json"), SandboxClient.json(response));
    }

    @Test
    void wrongKeyAnswersTheInvalidKeySampleWithoutEchoingTheKey() {
        String wrongKey = "askr_0123456789abcdef_secret";
        HttpResponse<String> response = client.send(jobRequest()
                .header("X-API-KEY", wrongKey)
                .header("X-USER-EMAIL", HrFlowSandbox.DEMO_USER_EMAIL).build());

        assertEquals(401, response.statusCode());
        assertEquals(SandboxClient.resource("samples/error-401-invalid-key.json"), SandboxClient.json(response));
        assertFalse(response.body().contains("0123456789abcdef"));
    }

    @Test
    void missingEmailIsUnauthorized() {
        HttpResponse<String> response = client.send(jobRequest()
                .header("X-API-KEY", HrFlowSandbox.DEMO_API_KEY).build());

        assertUnauthorizedEmail(response);
    }

    @Test
    void wrongEmailIsUnauthorized() {
        HttpResponse<String> response = client.send(jobRequest()
                .header("X-API-KEY", HrFlowSandbox.DEMO_API_KEY)
                .header("X-USER-EMAIL", "someone@else.example").build());

        assertUnauthorizedEmail(response);
    }

    @Test
    void emailIsComparedIgnoringCase() {
        HttpResponse<String> response = client.send(jobRequest()
                .header("X-API-KEY", HrFlowSandbox.DEMO_API_KEY)
                .header("X-USER-EMAIL", HrFlowSandbox.DEMO_USER_EMAIL.toUpperCase()).build());

        assertEquals(200, response.statusCode());
    }

    @Test
    void unknownBoardIsNotRevealedToUnauthorizedCallers() {
        HttpResponse<String> response =
                client.send(client.request("/job/indexing", "board_key", "nope", "key", "nope").build());

        assertEquals(401, response.statusCode());
    }

    @Test
    void adminEndpointsNeedNoCredentials() {
        assertEquals(200, client.admin("GET", "/_sandbox/health", null).statusCode());
    }

    @Test
    void configuredCredentialsReplaceTheDemoOnes() {
        try (HrFlowSandbox custom = HrFlowSandbox.builder().apiKey("ask_custom").userEmail("ops@example.com")
                .defaultSeed(false).build().start()) {
            custom.store().putBoard(Board.of("b1", "board one"));
            SandboxClient customClient = new SandboxClient(custom);

            assertEquals(400, customClient.get("/job/indexing", "board_key", "b1", "key", "k").statusCode(),
                    "custom credentials pass, then the job is not found");
            HttpResponse<String> demo =
                    customClient.send(customClient.request("/job/indexing", "board_key", "b1", "key", "k")
                            .header("X-API-KEY", HrFlowSandbox.DEMO_API_KEY)
                            .header("X-USER-EMAIL", "ops@example.com").build());
            assertEquals(401, demo.statusCode());
        }
    }

    private static void assertUnauthorizedEmail(HttpResponse<String> response) {
        assertEquals(401, response.statusCode());
        JsonNode body = SandboxClient.json(response);
        assertEquals(401, body.get("code").asInt());
        assertTrue(body.get("message").asText().startsWith("Unauthorized. Invalid user email"), body.toString());
    }
}
