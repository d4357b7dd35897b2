package io.github.camelhrflow.sandbox;

import java.net.http.HttpResponse;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Faults and the request log over {@code /_sandbox/*}, for tools outside the JVM. */
class AdminEndpointTest extends SandboxTestSupport {

    private HttpResponse<String> getJob() {
        return client.getJob(HrFlowSandbox.DEMO_BOARD_KEY, "key", sandbox.jobKeys(HrFlowSandbox.DEMO_BOARD_KEY).get(0));
    }

    @Test
    void postedFaultsApplyToTheNextRequests() {
        HttpResponse<String> posted = client.admin("POST", "/_sandbox/faults",
                "{\"throttle_next\": 1, \"retry_after_seconds\": 4, \"html_error_next\": 1}");

        assertEquals(200, posted.statusCode(), posted.body());
        JsonNode settings = SandboxClient.json(posted);
        assertEquals(1, settings.get("throttle_next").asInt());
        assertEquals(4, settings.get("retry_after_seconds").asInt());

        HttpResponse<String> throttled = getJob();
        assertEquals(429, throttled.statusCode());
        assertEquals("4", throttled.headers().firstValue("Retry-After").orElseThrow());
        assertEquals(502, getJob().statusCode());
        assertEquals(200, getJob().statusCode());
    }

    @Test
    void postedLatencyAndRatesShowInTheSettings() {
        client.admin("POST", "/_sandbox/faults",
                "{\"latency_ms\": 120, \"server_error_rate\": 0.1, \"throttle_rate\": 0.2, \"html_error_rate\": 0.05, \"seed\": 5}");

        JsonNode settings = SandboxClient.json(client.admin("GET", "/_sandbox/faults", null));

        assertEquals(120, settings.get("latency_min_ms").asInt());
        assertEquals(120, settings.get("latency_max_ms").asInt());
        assertEquals(0.1, settings.get("server_error_rate").asDouble());
        assertEquals(0.2, settings.get("throttle_rate").asDouble());
        assertEquals(0.05, settings.get("html_error_rate").asDouble());
        assertEquals(5, settings.get("seed").asInt());
    }

    @Test
    void deleteClearsTheFaults() {
        client.admin("POST", "/_sandbox/faults", "{\"html_error_rate\": 1}");
        assertEquals(502, getJob().statusCode());

        HttpResponse<String> cleared = client.admin("DELETE", "/_sandbox/faults", null);

        assertEquals(200, cleared.statusCode());
        assertEquals(0.0, SandboxClient.json(cleared).get("html_error_rate").asDouble());
        assertEquals(200, getJob().statusCode());
    }

    @Test
    void invalidSettingsAreRejectedAndChangeNothing() {
        for (String body : new String[] {
                "{\"throttle_next\": 1, \"html_error_rate\": 2}",
                "{\"throttle_next\": 1, \"no_such_fault\": true}",
                "{\"throttle_next\": \"1\"}",
                "{\"throttle_rate\": 0.6, \"server_error_rate\": 0.6}",
                "not json",
                "[]",
        }) {
            HttpResponse<String> response = client.admin("POST", "/_sandbox/faults", body);
            assertEquals(400, response.statusCode(), body);
            assertEquals(400, SandboxClient.json(response).get("code").asInt(), body);
        }
        assertEquals(0, SandboxClient.json(client.admin("GET", "/_sandbox/faults", null)).get("throttle_next").asInt());
        assertEquals(200, getJob().statusCode());
    }

    @Test
    void adminEndpointsAreNeverFaultedNorRecorded() {
        sandbox.faults().htmlErrorRate(1).throttleNext(3);

        assertEquals(200, client.admin("GET", "/_sandbox/health", null).statusCode());
        assertEquals(200, client.admin("GET", "/_sandbox/faults", null).statusCode());
        assertEquals(0, sandbox.requestCount());
    }

    @Test
    void requestLogIsReadableAndClearable() {
        getJob();
        getJob();

        JsonNode log = SandboxClient.json(client.admin("GET", "/_sandbox/requests", null));
        assertEquals(2, log.get("count").asInt());
        JsonNode first = log.get("requests").get(0);
        assertEquals("GET", first.get("method").asText());
        assertEquals("/v1/job/indexing", first.get("path").asText());
        assertEquals(200, first.get("status").asInt());
        assertEquals(RecordedRequest.MASK, first.at("/headers/x-api-key/0").asText());
        assertTrue(first.get("query").asText().contains("board_key=" + HrFlowSandbox.DEMO_BOARD_KEY));

        JsonNode cleared = SandboxClient.json(client.admin("DELETE", "/_sandbox/requests", null));
        assertEquals(0, cleared.get("count").asInt());
        assertEquals(0, sandbox.requestCount());
    }

    @Test
    void unknownAdminPathAnswers404() {
        assertEquals(404, client.admin("GET", "/_sandbox/nothing", null).statusCode());
    }
}
