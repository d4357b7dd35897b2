package io.github.camelhrflow.benchmarks.load;

import java.io.IOException;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import io.github.camelhrflow.benchmarks.server.JobServer;
import io.github.camelhrflow.benchmarks.server.RecordedAnswers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LoadDriverTest {

    private static JobServer server;
    private static RawHttpClient client;

    @BeforeAll
    static void start() {
        server = JobServer.start(RecordedAnswers.recordDefaultSeed(), 0);
        client = new RawHttpClient(server.baseUrl().replace("/v1", ""), "");
    }

    @AfterAll
    static void stop() throws IOException {
        client.close();
        server.close();
    }

    @Test
    void makesEveryCallWithTheGivenConcurrencyAndMeasuresThem() throws Exception {
        byte[] health = client.request("/_sandbox/health");
        AtomicInteger made = new AtomicInteger();
        Set<String> threads = ConcurrentHashMap.newKeySet();
        Set<String> keys = ConcurrentHashMap.newKeySet();

        Measurement m;
        try (LoadDriver driver = new LoadDriver()) {
            m = driver.run(key -> {
                assertEquals(200, client.send(health));
                made.incrementAndGet();
                threads.add(Thread.currentThread().getName());
                keys.add(key);
            }, List.of("a", "b", "c"), 500, 4, () -> 1000);
        }

        assertEquals(500, made.get());
        assertEquals(500, m.calls());
        assertEquals(4, threads.size());
        assertEquals(Set.of("a", "b", "c"), keys);
        assertTrue(m.elapsedNanos() > 0 && m.cpuNanos() >= 0 && m.allocatedBytes() > 0, m.toString());
        assertTrue(0 < m.p50Nanos() && m.p50Nanos() <= m.p99Nanos(), m.toString());
        assertEquals(0, m.serverCpuNanos());
    }

    @Test
    void aFailingCallFailsTheRun() {
        try (LoadDriver driver = new LoadDriver()) {
            IllegalStateException e = assertThrows(IllegalStateException.class, () -> driver.run(key -> {
                throw new IOException("boom " + key);
            }, List.of("k"), 10, 2, () -> -1));
            assertTrue(e.getMessage().contains("boom k"), e.getMessage());
        }
    }
}
