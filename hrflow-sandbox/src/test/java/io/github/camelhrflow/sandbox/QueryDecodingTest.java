package io.github.camelhrflow.sandbox;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Values are decoded one by one from the raw query, so encoded separators stay inside values. */
class QueryDecodingTest extends SandboxTestSupport {

    private static final String BOARD = HrFlowSandbox.DEMO_BOARD_KEY;
    private static final String HOSTILE_REFERENCE = "R&D 1/2?x=y#z é+%";
    private static final String HOSTILE_KEY = "key with spaces&board_key=other";

    @BeforeAll
    void addHostileJobs() {
        sandbox.store().putJob(BOARD, job("1111111111111111111111111111111111111111", HOSTILE_REFERENCE));
        sandbox.store().putJob(BOARD, job(HOSTILE_KEY, "Senior dev"));
    }

    private static ObjectNode job(String key, String reference) {
        return SandboxClient.MAPPER.createObjectNode().put("key", key).put("reference", reference).put("name",
                "Hostile");
    }

    @Test
    void urlEncodedHostileReferenceIsFound() {
        HttpResponse<String> response = client.getJob(BOARD, "reference", HOSTILE_REFERENCE);

        assertEquals(200, response.statusCode(), response.body());
        assertEquals(HOSTILE_REFERENCE, SandboxClient.json(response).at("/data/reference").asText());
    }

    @Test
    void urlEncodedHostileKeyIsFound() {
        HttpResponse<String> response = client.getJob(BOARD, "key", HOSTILE_KEY);

        assertEquals(200, response.statusCode(), response.body());
        assertEquals(HOSTILE_KEY, SandboxClient.json(response).at("/data/key").asText());
    }

    @Test
    void percentTwentyAndPlusBothDecodeToSpace() {
        for (String encoded : new String[] { "Senior%20dev", "Senior+dev" }) {
            HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(sandbox.baseUrl()
                                                                                          + "/job/indexing?board_key="
                                                                                          + BOARD + "&reference="
                                                                                          + encoded))
                    .header("X-API-KEY", sandbox.apiKey()).header("X-USER-EMAIL", sandbox.userEmail()).build());

            assertEquals(200, response.statusCode(), encoded);
        }
    }

    @Test
    void unencodedPlusIsASpaceNotAPlus() {
        // the hostile reference ends with "+%": sent without %2B the "+" means a space, so no match
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(sandbox.baseUrl()
                                                                                      + "/job/indexing?board_key="
                                                                                      + BOARD
                                                                                      + "&reference=R%26D%201%2F2%3Fx%3Dy%23z%20%C3%A9+%25"))
                .header("X-API-KEY", sandbox.apiKey()).header("X-USER-EMAIL", sandbox.userEmail()).build());

        assertEquals(400, response.statusCode());
    }
}
