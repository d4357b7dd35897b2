package io.github.camelhrflow;

import java.time.Duration;

import io.github.camelhrflow.support.HrFlowTestSupport;
import org.apache.camel.component.http.HttpClientConfigurer;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * connectionTimeToLive, evictIdleConnectionsAfter and httpClientConfigurer reach the real pooled HttpClient: the server
 * tells one connection from another by the client's port.
 */
class HrFlowHttpClientSettingsTest extends HrFlowTestSupport {

    private static final String URI = "hrflow:job-indexing?boardKey=" + BOARD + "&key=" + JOB_KEY;

    @Test
    void withNeitherLimitAnIdleConnectionIsReused() {
        String uri = URI + "&connectionTimeToLive=0&evictIdleConnectionsAfter=0";
        int first = callAndGetClientPort(uri);

        // "0: no limit" must not become "close at once": calls spread over a while all use the first connection
        Awaitility.await().during(Duration.ofMillis(400)).atMost(Duration.ofSeconds(2))
                .pollInterval(Duration.ofMillis(100))
                .untilAsserted(() -> assertEquals(first, callAndGetClientPort(uri)));
    }

    @Test
    void connectionTimeToLiveReplacesAnOldConnection() {
        String uri = URI + "&connectionTimeToLive=200&evictIdleConnectionsAfter=0";
        int first = callAndGetClientPort(uri);

        Awaitility.await("a new connection once the first has lived 200 ms").atMost(Duration.ofSeconds(3))
                .pollInterval(Duration.ofMillis(50))
                .until(() -> callAndGetClientPort(uri) != first);
    }

    @Test
    void idleConnectionIsEvicted() {
        String uri = URI + "&connectionTimeToLive=0&evictIdleConnectionsAfter=100";
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

        template.requestBody(URI + "&httpClientConfigurer=#tracing", (Object) null);

        assertEquals("t-42", server.lastRequest().header("X-Trace-Id"));
        assertEquals(API_KEY, server.lastRequest().header("X-API-KEY"), "the component's own headers stay");
    }

    private int callAndGetClientPort(String uri) {
        template.requestBody(uri, (Object) null);
        return server.lastRequest().clientPort();
    }
}
