package io.github.camelhrflow;

import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;

import io.github.camelhrflow.support.SandboxTestSupport;
import org.apache.camel.Exchange;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * One pooled client per set of client settings, closed with the CamelContext: no thread outlives it.
 */
class HrFlowLifecycleTest extends SandboxTestSupport {

    private String uri;

    @BeforeEach
    void seedJob() {
        uri = "hrflow:job-indexing?boardKey=" + board + "&key=" + seed("Data Engineer", null).get("key").asText();
    }

    @Test
    void endpointsWithEqualClientSettingsShareOneClient() {
        HrFlowComponent component = context.getComponent("hrflow", HrFlowComponent.class);
        HrFlowEndpoint a = context.getEndpoint(uri + "&readTimeout=1000", HrFlowEndpoint.class);
        HrFlowEndpoint b = context.getEndpoint("hrflow:job-indexing?boardKey=other&reference=r", HrFlowEndpoint.class);
        HrFlowEndpoint c = context.getEndpoint(uri + "&connectTimeout=1234", HrFlowEndpoint.class);

        component.createClient(a.getConfiguration());
        component.createClient(b.getConfiguration());
        assertEquals(1, component.pooledClientCount(), "a and b differ only in request settings: one pool");
        component.createClient(c.getConfiguration());
        assertEquals(2, component.pooledClientCount(), "c connects with another timeout: a pool of its own");
    }

    @Test
    void noThreadTheComponentStartedSurvivesTheContext() {
        Set<Thread> before = liveThreads();
        template.requestBody(uri, (Object) null);
        // what the first call started, apart from the sandbox's workers: the pooled client's threads
        Set<Thread> started = liveThreads();
        started.removeAll(before);
        started.removeIf(thread -> thread.getName().startsWith("hrflow-sandbox-" + sandbox.port() + "-"));
        assertFalse(started.isEmpty(), "the pooled client's evictor thread should run while the context does");

        context.stop();

        Awaitility.await("no thread of the component left").atMost(Duration.ofSeconds(5))
                .untilAsserted(() -> assertEquals(Set.of(), alive(started)));
    }

    @Test
    void aStoppedComponentRefusesCallsClearlyAndBuildsNoPool() throws Exception {
        HrFlowComponent component = context.getComponent("hrflow", HrFlowComponent.class);
        HrFlowEndpoint endpoint = context.getEndpoint(uri, HrFlowEndpoint.class);
        template.requestBody(uri, (Object) null);

        component.stop();

        Exchange exchange = template.request(uri, e -> {
        });
        IllegalStateException e = assertInstanceOf(IllegalStateException.class, exchange.getException());
        assertTrue(e.getMessage().contains("cannot be sent: the HTTP client is closed"), e.getMessage());
        IllegalStateException refused = assertThrows(IllegalStateException.class,
                () -> component.createClient(endpoint.getConfiguration()));
        assertTrue(refused.getMessage().contains("hrflow component is stopped"), refused.getMessage());
        assertEquals(0, component.pooledClientCount());
        assertEquals(1, sandbox.requestCount());
    }

    private static Set<Thread> liveThreads() {
        return alive(Thread.getAllStackTraces().keySet());
    }

    private static Set<Thread> alive(Set<Thread> threads) {
        return threads.stream().filter(Thread::isAlive).collect(Collectors.toCollection(HashSet::new));
    }
}
