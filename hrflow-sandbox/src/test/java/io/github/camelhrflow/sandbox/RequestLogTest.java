package io.github.camelhrflow.sandbox;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RequestLogTest extends SandboxTestSupport {

    @Override
    protected HrFlowSandbox.Builder configure(HrFlowSandbox.Builder builder) {
        return builder.requestLogCapacity(5);
    }

    @Test
    void recordsMethodPathQueryHeadersAndStatusWithoutTheApiKey() {
        client.getJob(HrFlowSandbox.DEMO_BOARD_KEY, "reference", "R&D é");

        List<RecordedRequest> requests = sandbox.requests();
        assertEquals(1, requests.size());
        RecordedRequest recorded = requests.get(0);
        assertNotNull(recorded.time());
        assertEquals("GET", recorded.method());
        assertEquals("/v1/job/indexing", recorded.path());
        assertEquals("board_key=" + HrFlowSandbox.DEMO_BOARD_KEY + "&reference=R%26D+%C3%A9", recorded.rawQuery());
        assertEquals("R&D é", recorded.param("reference"));
        assertEquals(400, recorded.status());
        assertEquals(HrFlowSandbox.DEMO_USER_EMAIL, recorded.header("X-User-Email"));
        assertEquals(RecordedRequest.MASK, recorded.header("x-api-key"));
        assertFalse(recorded.headers().toString().contains(HrFlowSandbox.DEMO_API_KEY));
    }

    @Test
    void keepsTheLatestRequestsUpToItsCapacityAndCountsAll() {
        for (int i = 0; i < 8; i++) {
            client.get("/job/indexing", "board_key", HrFlowSandbox.DEMO_BOARD_KEY, "key", "k" + i);
        }

        List<RecordedRequest> requests = sandbox.requests();
        assertEquals(5, requests.size());
        assertEquals(8, sandbox.requestCount());
        assertEquals("k3", requests.get(0).param("key"));
        assertEquals("k7", requests.get(4).param("key"));
    }

    @Test
    void countsPerMethodAndPathBeyondItsCapacity() {
        for (int i = 0; i < 7; i++) {
            client.get("/job/indexing", "board_key", HrFlowSandbox.DEMO_BOARD_KEY, "key", "k" + i);
        }
        client.get("/storing/jobs", "board_keys", "[\"" + HrFlowSandbox.DEMO_BOARD_KEY + "\"]");

        assertEquals(5, sandbox.requests().size());
        assertEquals(7, sandbox.requestCount("GET", "/v1/job/indexing"));
        assertEquals(7, sandbox.requestCount("get", "/v1/job/indexing"), "the method in any case");
        assertEquals(1, sandbox.requestCount("GET", "/v1/storing/jobs"));
        assertEquals(0, sandbox.requestCount("POST", "/v1/job/indexing"));
    }

    @Test
    void clearEmptiesTheLogAndTheCount() {
        client.get("/job/indexing");

        sandbox.clearRequests();

        assertEquals(0, sandbox.requestCount());
        assertEquals(0, sandbox.requestCount("GET", "/v1/job/indexing"));
        assertEquals(List.of(), sandbox.requests());
    }

    @Test
    void recordsUnknownPathsToo() {
        client.get("/no/such/path");

        assertEquals(404, sandbox.requests().get(0).status());
    }

    @Test
    void recordsTheExactBodyAndASequenceNumberThatGrows() {
        String body =
                "{\"board_key\":\"" + HrFlowSandbox.DEMO_BOARD_KEY + "\",\"name\":\"Logged\",\"x\":45000,\"y\":null}";
        client.get("/job/indexing", "board_key", HrFlowSandbox.DEMO_BOARD_KEY, "key", "none");
        client.write("POST", "/job/indexing", body);

        List<RecordedRequest> requests = sandbox.requests();

        assertNull(requests.get(0).body());
        assertNull(requests.get(0).json());
        assertEquals(body, requests.get(1).body());
        assertEquals(SandboxClient.json(body), requests.get(1).json());
        assertTrue(requests.get(0).seq() < requests.get(1).seq());
        assertEquals(requests.get(1).seq(), sandbox.history(HrFlowSandbox.DEMO_BOARD_KEY).stream()
                .mapToLong(JobVersion::fromSeq).max().orElseThrow(), "the create's version starts at its request");
        JsonNode adminView = SandboxClient.json(client.admin("GET", HrFlowSandbox.ADMIN_PATH + "/requests", null));
        assertEquals(body, adminView.at("/requests/1/body").asText());
        assertEquals(requests.get(1).seq(), adminView.at("/requests/1/seq").asLong());
    }
}
