package io.github.camelhrflow.sandbox;

import java.net.http.HttpResponse;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ErrorResponsesTest extends SandboxTestSupport {

    private static final String DEMO = HrFlowSandbox.DEMO_BOARD_KEY;

    @Test
    void unknownJobKeyAnswersTheJobNotFoundSample() {
        HttpResponse<String> response = client.getJob(DEMO, "key", "0000000000000000000000000000000000000000");

        assertEquals(400, response.statusCode());
        assertEquals(SandboxClient.resource("samples/error-400-job-not-found.json"), SandboxClient.json(response));
    }

    @Test
    void unknownReferenceAnswersTheJobNotFoundSample() {
        HttpResponse<String> response = client.getJob(DEMO, "reference", "no-such-reference");

        assertEquals(400, response.statusCode());
        assertEquals(SandboxClient.resource("samples/error-400-job-not-found.json"), SandboxClient.json(response));
    }

    @Test
    void jobOfAnotherBoardIsNotFound() {
        String keyInDemoBoard = sandbox.jobKeys(DEMO).get(0);

        HttpResponse<String> response = client.getJob(HrFlowSandbox.SAMPLE_2023_BOARD_KEY, "key", keyInDemoBoard);

        assertEquals(400, response.statusCode());
        assertEquals(SandboxClient.resource("samples/error-400-job-not-found.json"), SandboxClient.json(response));
    }

    @Test
    void unknownBoardAnswersTheBoardNotFoundSample() {
        HttpResponse<String> response = client.getJob("ffffffffffffffffffffffffffffffffffffffff", "key", "job_key");

        assertEquals(400, response.statusCode());
        assertEquals(SandboxClient.resource("samples/error-400-board-not-found.json"), SandboxClient.json(response));
    }

    @Test
    void missingBoardKeyIsABadRequest() {
        assertBadRequest(client.get("/job/indexing", "key", sandbox.jobKeys(DEMO).get(0)), "board_key");
    }

    @Test
    void missingKeyAndReferenceIsABadRequest() {
        assertBadRequest(client.get("/job/indexing", "board_key", DEMO), "key or reference");
    }

    @Test
    void emptyKeyCountsAsMissing() {
        assertBadRequest(client.get("/job/indexing", "board_key", DEMO, "key", ""), "key or reference");
    }

    @Test
    void keyAndReferenceTogetherIsABadRequest() {
        assertBadRequest(client.get("/job/indexing", "board_key", DEMO, "key", sandbox.jobKeys(DEMO).get(0),
                "reference", sandbox.jobReferences(DEMO).get(0)), "not both");
    }

    @Test
    void trailingSlashIsAccepted() {
        HttpResponse<String> response =
                client.get("/job/indexing/", "board_key", DEMO, "key", sandbox.jobKeys(DEMO).get(0));

        assertEquals(200, response.statusCode());
    }

    @Test
    void unknownPathAnswers404WithAJsonEnvelope() {
        HttpResponse<String> response = client.get("/text/parsing", "text", "x");

        assertEquals(404, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElseThrow().startsWith("application/json"));
        JsonNode body = SandboxClient.json(response);
        assertEquals(404, body.get("code").asInt());
        assertTrue(body.get("message").asText().contains("/v1/text/parsing"));
    }

    @Test
    void wrongMethodAnswers405WithAllow() {
        HttpResponse<String> response = client.send(client.authorized("/job/indexing")
                .DELETE().build());

        assertEquals(405, response.statusCode());
        assertEquals("GET, POST, PUT", response.headers().firstValue("Allow").orElseThrow());
        assertEquals(405, SandboxClient.json(response).get("code").asInt());
    }

    private static void assertBadRequest(HttpResponse<String> response, String messagePart) {
        assertEquals(400, response.statusCode());
        JsonNode body = SandboxClient.json(response);
        assertEquals(400, body.get("code").asInt());
        String message = body.get("message").asText();
        assertTrue(message.contains(messagePart), message);
        // HrFlow's tools read "Unable to find object" as not found; a parameter error must not look like one
        assertFalse(message.contains("Unable to find object"), message);
    }
}
