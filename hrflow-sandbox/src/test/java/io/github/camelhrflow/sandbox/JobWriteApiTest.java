package io.github.camelhrflow.sandbox;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code POST}/{@code PUT /v1/job/indexing} and {@code PATCH /v1/job/indexing/archive} over HTTP. */
class JobWriteApiTest extends SandboxTestSupport {

    private static final String BOARD = "0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a";
    private static final String OTHER_BOARD = "0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b";
    private static final Instant T0 = Instant.parse("2024-05-01T10:00:00Z");
    private static final AtomicInteger REFERENCES = new AtomicInteger();

    @Override
    protected HrFlowSandbox.Builder configure(HrFlowSandbox.Builder builder) {
        return builder.defaultSeed(false);
    }

    @BeforeEach
    void boardsAndTime() {
        sandbox.addBoard(BOARD, "writes");
        sandbox.addBoard(OTHER_BOARD, "other");
        sandbox.clock().freeze().set(T0);
    }

    private static String reference() {
        return "ref-" + REFERENCES.incrementAndGet();
    }

    private JsonNode created(String body) {
        HttpResponse<String> response = client.write("POST", "/job/indexing", body);
        assertEquals(201, response.statusCode(), response.body());
        return SandboxClient.json(response).get("data");
    }

    @Test
    void createKeepsEveryFieldAndNumberAsSentAndStampsTheServerFields() {
        String reference = reference();
        String body = "{\"board_key\":\"" + BOARD + "\",\"name\":\"Nurse\",\"reference\":\"" + reference + "\","
                      + "\"x_custom\":{\"a\":[1,2.50,null]},\"culture\":null,\"ranges_float\":[{\"name\":\"salary\","
                      + "\"value_min\":45000,\"value_max\":45000.00,\"unit\":\"eur\"}],\"skills\":[{\"name\":\"care\",\"value\":0.90}],"
                      + "\"id\":7,\"key\":\"mine\",\"created_at\":\"2001-01-01T00:00:00+0000\"}";

        HttpResponse<String> response = client.write("POST", "/job/indexing", body);

        assertEquals(201, response.statusCode(), response.body());
        // the exact text, not just equal by value: 45000 must not become 45000.0, 0.90 not 0.9
        assertTrue(response.body().contains("\"value_min\":45000,\"value_max\":45000.00,"), response.body());
        assertTrue(response.body().contains("\"value\":0.90}"), response.body());
        assertTrue(response.body().contains("\"x_custom\":{\"a\":[1,2.50,null]}"), response.body());
        JsonNode answer = SandboxClient.json(response);
        assertEquals(201, answer.get("code").asInt());
        assertEquals("Job created", answer.get("message").asText());
        JsonNode job = answer.get("data");
        assertTrue(job.get("key").asText().matches("[0-9a-f]{40}"), job.get("key").asText());
        assertTrue(job.get("id").isIntegralNumber() && job.get("id").asLong() != 7);
        assertEquals("2024-05-01T10:00:00+0000", job.get("created_at").asText());
        assertEquals("2024-05-01T10:00:00+0000", job.get("updated_at").asText());
        assertEquals(BOARD, job.get("board_key").asText());
        assertEquals("writes", job.at("/board/name").asText());
        assertTrue(job.get("culture").isNull() && job.get("archived_at").isNull() && job.get("tasks").isNull());
        assertEquals(job, SandboxClient.json(client.getJob(BOARD, "reference", reference)).get("data"));
        // the request log holds the exact body that reached the server
        RecordedRequest recorded = sandbox.requests().get(0);
        assertEquals("POST", recorded.method());
        assertEquals(body, recorded.body());
    }

    @Test
    void aReferenceIsUniqueInItsBoardOnly() {
        String reference = reference();
        created("{\"board_key\":\"" + BOARD + "\",\"name\":\"A\",\"reference\":\"" + reference + "\"}");

        HttpResponse<String> again = client.write("POST", "/job/indexing",
                "{\"board_key\":\"" + BOARD + "\",\"name\":\"B\",\"reference\":\"" + reference + "\"}");

        assertEquals(400, again.statusCode());
        JsonNode error = SandboxClient.json(again);
        assertEquals(400, error.get("code").asInt());
        assertTrue(error.get("message").asText().endsWith(reference + " Already used!"), again.body());
        assertFalse(error.get("message").asText().contains("Unable to find object"));
        created("{\"board_key\":\"" + OTHER_BOARD + "\",\"name\":\"C\",\"reference\":\"" + reference + "\"}");
        assertEquals(1, sandbox.jobReferences(BOARD).stream().filter(reference::equals).count());
        // jobs without a reference never collide
        created("{\"board_key\":\"" + BOARD + "\",\"name\":\"D\"}");
        created("{\"board_key\":\"" + BOARD + "\",\"name\":\"E\",\"reference\":null}");
    }

    @Test
    void createRefusesWhatHrFlowRefuses() {
        int before = sandbox.jobKeys(BOARD).size();
        assertRefused(400, "Invalid parameters. Missing parameter: name", "POST", "{\"board_key\":\"" + BOARD + "\"}");
        assertRefused(400, "Invalid parameters. Missing parameter: name", "POST",
                "{\"board_key\":\"" + BOARD + "\",\"name\":\"  \"}");
        assertRefused(400, "Invalid parameters. Missing parameter: board_key", "POST", "{\"name\":\"x\"}");
        assertEquals(SandboxClient.resource("samples/error-400-board-not-found.json"), SandboxClient.json(
                client.write("POST", "/job/indexing", "{\"board_key\":\"nope\",\"name\":\"x\"}")));
        assertEquals(400, client.write("POST", "/job/indexing", "{not json").statusCode());
        assertEquals(400, client.write("POST", "/job/indexing", "[1]").statusCode());
        assertEquals(400, client.write("POST", "/job/indexing", "").statusCode());
        assertEquals(before, sandbox.jobKeys(BOARD).size(), "a refused create stores nothing");
    }

    @Test
    void editReplacesTheWholeJobKeepsItsIdentityAndMovesUpdatedAt() {
        String reference = reference();
        JsonNode job = created("{\"board_key\":\"" + BOARD + "\",\"name\":\"Driver\",\"reference\":\"" + reference
                               + "\",\"summary\":\"will be lost\",\"tags\":[{\"name\":\"t\",\"value\":1}]}");
        sandbox.clock().advance(Duration.ofSeconds(90));

        HttpResponse<String> response = client.write(
                "PUT", "/job/indexing", "{\"board_key\":\"" + BOARD + "\",\"key\":\""
                                        + job.get("key").asText() + "\",\"name\":\"Truck Driver\",\"reference\":\""
                                        + reference + "\",\"x\":45000}");

        assertEquals(200, response.statusCode(), response.body());
        JsonNode answer = SandboxClient.json(response);
        assertEquals("Job edited", answer.get("message").asText());
        JsonNode edited = answer.get("data");
        assertEquals("Truck Driver", edited.get("name").asText());
        assertTrue(edited.get("summary").isNull() && edited.get("tags").isNull(), "left out means lost");
        for (String kept : new String[] { "key", "id", "created_at", "board", "board_key" }) {
            assertEquals(job.get(kept), edited.get(kept), kept);
        }
        assertEquals("2024-05-01T10:01:30+0000", edited.get("updated_at").asText());
        assertTrue(response.body().contains("\"x\":45000}"), response.body());
        assertEquals(edited, SandboxClient.json(client.getJob(BOARD, "key", job.get("key").asText())).get("data"));
    }

    @Test
    void editFindsTheJobByReferenceWhenTheBodyHasNoKey() {
        String reference = reference();
        JsonNode job =
                created("{\"board_key\":\"" + BOARD + "\",\"name\":\"Cook\",\"reference\":\"" + reference + "\"}");

        JsonNode edited = SandboxClient.json(client.write("PUT", "/job/indexing",
                "{\"board_key\":\"" + BOARD + "\",\"reference\":\"" + reference + "\",\"name\":\"Chef\"}")).get("data");

        assertEquals(job.get("key"), edited.get("key"));
        assertEquals("Chef", edited.get("name").asText());
    }

    @Test
    void editCanChangeTheReferenceButNotToOneAlreadyUsed() {
        String taken = reference();
        created("{\"board_key\":\"" + BOARD + "\",\"name\":\"A\",\"reference\":\"" + taken + "\"}");
        String old = reference();
        String key = created("{\"board_key\":\"" + BOARD + "\",\"name\":\"B\",\"reference\":\"" + old + "\"}")
                .get("key").asText();

        assertRefused(400, taken + " Already used!", "PUT",
                "{\"board_key\":\"" + BOARD + "\",\"key\":\"" + key + "\",\"name\":\"B\",\"reference\":\"" + taken
                                                            + "\"}");
        String renamed = reference();
        client.write("PUT", "/job/indexing",
                "{\"board_key\":\"" + BOARD + "\",\"key\":\"" + key + "\",\"name\":\"B\",\"reference\":\"" + renamed
                                             + "\"}");

        assertEquals(400, client.getJob(BOARD, "reference", old).statusCode());
        assertEquals(key, SandboxClient.json(client.getJob(BOARD, "reference", renamed)).at("/data/key").asText());
    }

    @Test
    void editAndArchiveOfAnUnknownJobAnswerHrFlowsNotFound() {
        JsonNode notFound = SandboxClient.resource("samples/error-400-job-not-found.json");
        assertEquals(notFound, SandboxClient.json(client.write("PUT", "/job/indexing",
                "{\"board_key\":\"" + BOARD + "\",\"key\":\"0000\",\"name\":\"x\"}")));
        assertEquals(notFound, SandboxClient.json(client.write("PUT", "/job/indexing",
                "{\"board_key\":\"" + BOARD + "\",\"reference\":\"no such reference\",\"name\":\"x\"}")));
        assertEquals(notFound, SandboxClient.json(client.write("PATCH", "/job/indexing/archive",
                "{\"board_key\":\"" + BOARD + "\",\"key\":\"0000\",\"is_archive\":1}")));
        assertEquals(SandboxClient.resource("samples/error-400-board-not-found.json"), SandboxClient.json(client.write(
                "PATCH", "/job/indexing/archive", "{\"board_key\":\"nope\",\"key\":\"0000\",\"is_archive\":1}")));
        assertRefused(400, "Missing parameter: key or reference", "PUT",
                "{\"board_key\":\"" + BOARD + "\",\"name\":\"x\"}");
        assertRefused(400, "Missing parameter: key or reference", "PATCH",
                "{\"board_key\":\"" + BOARD + "\",\"is_archive\":1}");
    }

    @Test
    void archiveSetsArchivedAtAndRestoreClearsItBothMovingUpdatedAt() {
        String reference = reference();
        String key = created("{\"board_key\":\"" + BOARD + "\",\"name\":\"Clerk\",\"reference\":\"" + reference + "\"}")
                .get("key").asText();
        sandbox.clock().advance(Duration.ofSeconds(5));

        HttpResponse<String> archived = client.write("PATCH", "/job/indexing/archive",
                "{\"board_key\":\"" + BOARD + "\",\"reference\":\"" + reference + "\",\"is_archive\":1}");

        ObjectNode expected = (ObjectNode) SandboxClient.resource("samples/archive-job.json");
        ((ObjectNode) expected.get("data")).put("key", key);
        assertEquals(200, archived.statusCode());
        assertEquals(expected, SandboxClient.json(archived));
        JsonNode job = SandboxClient.json(client.getJob(BOARD, "key", key)).get("data");
        assertEquals("2024-05-01T10:00:05+0000", job.get("archived_at").asText());
        assertEquals("2024-05-01T10:00:05+0000", job.get("updated_at").asText());

        sandbox.clock().advance(Duration.ofSeconds(5));
        client.write("PATCH", "/job/indexing/archive",
                "{\"board_key\":\"" + BOARD + "\",\"key\":\"" + key + "\",\"is_archive\":0}");

        job = SandboxClient.json(client.getJob(BOARD, "key", key)).get("data");
        assertTrue(job.get("archived_at").isNull());
        assertEquals("2024-05-01T10:00:10+0000", job.get("updated_at").asText());
        assertRefused(400, "is_archive must be 1 or 0", "PATCH",
                "{\"board_key\":\"" + BOARD + "\",\"key\":\"" + key + "\",\"is_archive\":\"yes\"}");
    }

    @Test
    void everyWriteNeedsCredentials() {
        String body = "{\"board_key\":\"" + BOARD + "\",\"name\":\"x\",\"key\":\"k\",\"is_archive\":1}";
        for (String[] call : new String[][] { { "POST", "/job/indexing" }, { "PUT", "/job/indexing" },
                { "PATCH", "/job/indexing/archive" } }) {
            HttpResponse<String> response =
                    client.send(client.request(call[1]).header("X-USER-EMAIL", sandbox.userEmail())
                            .method(call[0], HttpRequest.BodyPublishers.ofString(body)).build());
            assertEquals(401, response.statusCode(), call[0]);
        }
        assertTrue(sandbox.jobKeys(BOARD).stream().noneMatch(key -> SandboxClient.json(client.getJob(BOARD, "key", key))
                .at("/data/name").asText().equals("x")));
    }

    @Test
    void javaWritesBehaveLikeTheirHttpCalls() {
        String reference = reference();
        ObjectNode job = SandboxClient.MAPPER.createObjectNode().put("name", "Welder").put("reference", reference);

        ObjectNode created = sandbox.createJob(BOARD, job);
        sandbox.clock().advance(Duration.ofSeconds(1));
        ObjectNode edited = sandbox.editJob(BOARD, job.put("name", "Senior Welder"));
        sandbox.clock().advance(Duration.ofSeconds(1));
        ObjectNode archived = sandbox.archiveJob(BOARD, created.get("key").asText(), true);

        assertEquals(created.get("key"), edited.get("key"));
        assertEquals("Senior Welder", edited.get("name").asText());
        assertNotEquals(created.get("updated_at"), edited.get("updated_at"));
        assertEquals("2024-05-01T10:00:02+0000", archived.get("archived_at").asText());
        IllegalArgumentException duplicate = assertThrows(IllegalArgumentException.class,
                () -> sandbox.createJob(BOARD,
                        SandboxClient.MAPPER.createObjectNode().put("name", "x").put("reference", reference)));
        assertTrue(duplicate.getMessage().endsWith("Already used!"), duplicate.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> sandbox.archiveJob(BOARD, "no such key", true));
    }

    private void assertRefused(int status, String messagePart, String method, String body) {
        String path = method.equals("PATCH") ? "/job/indexing/archive" : "/job/indexing";
        HttpResponse<String> response = client.write(method, path, body);
        assertEquals(status, response.statusCode(), response.body());
        JsonNode error = SandboxClient.json(response);
        assertEquals(status, error.get("code").asInt());
        assertTrue(error.get("message").asText().contains(messagePart), response.body());
    }
}
