package io.github.camelhrflow;

import java.util.Set;
import java.util.concurrent.TimeUnit;

import io.github.camelhrflow.support.HrFlowTestSupport;
import io.github.camelhrflow.model.Job;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * One pooled client per set of client settings, closed with the CamelContext: no thread outlives it.
 */
class HrFlowLifecycleTest extends HrFlowTestSupport {

    private static final String URI = "hrflow:job-indexing?boardKey=" + BOARD + "&key=" + JOB_KEY;

    @Test
    void endpointsWithEqualClientSettingsShareOneClient() {
        HrFlowComponent component = context.getComponent("hrflow", HrFlowComponent.class);
        HrFlowEndpoint a = context.getEndpoint(URI + "&readTimeout=1000", HrFlowEndpoint.class);
        HrFlowEndpoint b = context.getEndpoint("hrflow:job-indexing?boardKey=other&reference=r", HrFlowEndpoint.class);
        HrFlowEndpoint c = context.getEndpoint(URI + "&connectTimeout=1234", HrFlowEndpoint.class);

        assertSame(component.httpClient(a.getConfiguration()), component.httpClient(b.getConfiguration()));
        assertNotSame(component.httpClient(a.getConfiguration()), component.httpClient(c.getConfiguration()));
    }

    @Test
    void noHttpClientThreadSurvivesTheContext() throws Exception {
        template.requestBody(URI, (Object) null);
        assertTrue(httpClientThreads() > 0, "the pooled client's evictor thread should run while the context does");

        context.stop();

        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (httpClientThreads() > 0 && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertEquals(0, httpClientThreads(), "threads left: " + Thread.getAllStackTraces().keySet());
    }

    @Test
    void runningRoutesSurviveAComponentRestart() throws Exception {
        HrFlowComponent component = context.getComponent("hrflow", HrFlowComponent.class);
        HrFlowEndpoint endpoint = context.getEndpoint(URI, HrFlowEndpoint.class);
        template.requestBody(URI, (Object) null);
        CloseableHttpClient before = component.httpClient(endpoint.getConfiguration());

        component.stop();
        component.start();

        // the same producer, whose pool the stop closed, fetches through a fresh one
        Job job = template.requestBody(URI, (Object) null, Job.class);
        assertEquals(JOB_KEY, job.getKey());
        assertNotSame(before, component.httpClient(endpoint.getConfiguration()));
        assertEquals(2, server.requestCount());
    }

    private static long httpClientThreads() {
        Set<Thread> threads = Thread.getAllStackTraces().keySet();
        return threads.stream().filter(Thread::isAlive)
                .filter(t -> t.getName().contains("idle-connection-evictor") || t.getName().startsWith("httpclient")
                             || t.getName().contains("HrFlowRequestDeadline"))
                .count();
    }
}
