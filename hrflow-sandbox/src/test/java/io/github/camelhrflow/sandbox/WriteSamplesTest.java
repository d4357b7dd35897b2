package io.github.camelhrflow.sandbox;

import java.net.http.HttpResponse;
import java.time.Instant;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * HrFlow's live answers to its write calls ({@code samples/post-job-*}, {@code put-job-200-edited.json}):
 * the sandbox gives the same JSON for the same request, but for the key and id it assigns.
 */
class WriteSamplesTest {

    @Test
    void createThenEditAnswerExactlyAsHrFlowDid() {
        try (HrFlowSandbox sandbox = HrFlowSandbox.builder().defaultSeed(false).build().start()) {
            SandboxClient client = new SandboxClient(sandbox);
            sandbox.addBoard(HrFlowSandbox.SAMPLE_2023_BOARD_KEY, "vulcain_test");
            sandbox.clock().freeze().set(Instant.parse("2023-06-20T15:50:32Z"));

            HttpResponse<String> created = client.write("POST", "/job/indexing",
                    SandboxClient.resource("samples/post-job-request.json").toString());

            assertEquals(201, created.statusCode(), created.body());
            JsonNode job = SandboxClient.json(created).get("data");
            assertEquals(withIdentity(SandboxClient.resource("samples/post-job-201-created.json"), job),
                    SandboxClient.json(created));

            // HrFlow's edit sample: the same job sent back whole, its culture changed, within the second it was made
            sandbox.clock().set(Instant.parse("2023-06-21T15:54:45Z"));
            JsonNode editedSample = SandboxClient.resource("samples/put-job-200-edited.json");
            ObjectNode edit = ((ObjectNode) editedSample.get("data").deepCopy()).put("key", job.get("key").asText());
            HttpResponse<String> edited = client.write("PUT", "/job/indexing", edit.toString());

            assertEquals(200, edited.statusCode(), edited.body());
            JsonNode expected = withIdentity(editedSample, job);
            // the sample's job was created in the same second as its edit; this one a day before
            ((ObjectNode) expected.get("data")).put("created_at", "2023-06-20T15:50:32+0000");
            assertEquals(expected, SandboxClient.json(edited));
        }
    }

    /** The sample with the key and id the sandbox gave the job. */
    private static JsonNode withIdentity(JsonNode sample, JsonNode job) {
        ObjectNode copy = sample.deepCopy();
        ((ObjectNode) copy.get("data")).set("key", job.get("key"));
        ((ObjectNode) copy.get("data")).set("id", job.get("id"));
        return copy;
    }
}
