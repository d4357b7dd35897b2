package io.github.camelhrflow;

import java.time.Duration;
import java.util.List;

import io.github.camelhrflow.sandbox.RecordedRequest;
import io.github.camelhrflow.support.SandboxTestSupport;
import org.apache.camel.component.http.HttpClientConfigurer;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * connectionTimeToLive, evictIdleConnectionsAfter and httpClientConfigurer reach the real pooled HttpClient: the server
 * tells one connection from another by the client's port (the sandbox's request log keeps it).
 */
class HrFlowHttpClientSettingsTest extends SandboxTestSupport {

    private String jobUri;

    @BeforeEach
    void seedJob() {
        jobUri = "hrflow:job-indexing?boardKey=" + board + "&key=" + seed("Data Engineer", null).get("key").asText();
    }

    @Test
    void withNeitherLimitAnIdleConnectionIsReused() {
        String uri = jobUri + "&connectionTimeToLive=0&evictIdleConnectionsAfter=0";
        int first = callAndGetClientPort(uri);

        // "0: no limit" must not become "close at once": calls spread over a while all use the first connection
        Awaitility.await().during(Duration.ofMillis(400)).atMost(Duration.ofSeconds(2))
                .pollInterval(Duration.ofMillis(100))
                .untilAsserted(() -> assertEquals(first, callAndGetClientPort(uri)));
    }

    @Test
    void connectionTimeToLiveReplacesAnOldConnection() {
        String uri = jobUri + "&connectionTimeToLive=200&evictIdleConnectionsAfter=0";
        int first = callAndGetClientPort(uri);

        Awaitility.await("a new connection once the first has lived 200 ms").atMost(Duration.ofSeconds(3))
                .pollInterval(Duration.ofMillis(50))
                .until(() -> callAndGetClientPort(uri) != first);
    }

    @Test
    void idleConnectionIsEvicted() {
        String uri = jobUri + "&connectionTimeToLive=0&evictIdleConnectionsAfter=100";
        int first = callAndGetClientPort(uri);

        // each poll leaves the connection idle for 400 ms, long enough for the evictor (every 100 ms) to close it
        Awaitility.await("a new connection after the idle one was evicted").atMost(Duration.ofSeconds(3))
                .pollDelay(Duration.ofMillis(400)).pollInterval(Duration.ofMillis(400))
                .until(() -> callAndGetClientPort(uri) != first);
    }

    @Test
    void httpClientConfigurerShapesTheClientThatSends() {
        HttpClientConfigurer tracing = builder -> builder
                .addRequestInterceptorFirst((request, entity, context) -> request.addHeader("X-Trace-Id", "t-42"));
        context.getRegistry().bind("tracing", tracing);

        template.requestBody(jobUri + "&httpClientConfigurer=#tracing", (Object) null);

        RecordedRequest request = onlyRequest();
        assertEquals("t-42", request.header("X-Trace-Id"));
        assertCallHeaders(request, false);
        assertEquals(200, request.status(), "the component's own headers stay, the key included");
    }

    private int callAndGetClientPort(String uri) {
        template.requestBody(uri, (Object) null);
        List<RecordedRequest> requests = requests();
        RecordedRequest last = requests.get(requests.size() - 1);
        assertEquals(200, last.status(), last::toString);
        return last.clientPort();
    }
}
