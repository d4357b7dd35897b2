package io.github.camelhrflow.sandbox;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ConcurrencyTest extends SandboxTestSupport {

    private static final int CLIENTS = 64;

    @Test
    void sixtyFourConcurrentClientsAreAllServedInParallel() throws Exception {
        // with latency, serial handling would take CLIENTS x 200 ms = 12.8 s
        sandbox.faults().latency(Duration.ofMillis(200));
        List<String> keys = sandbox.jobKeys(HrFlowSandbox.DEMO_BOARD_KEY);
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        try {
            List<Future<HttpResponse<String>>> futures = new ArrayList<>();
            for (int i = 0; i < CLIENTS; i++) {
                String key = keys.get(i % keys.size());
                futures.add(pool.submit(() -> {
                    go.await();
                    return client.getJob(HrFlowSandbox.DEMO_BOARD_KEY, "key", key);
                }));
            }
            long start = System.nanoTime();
            go.countDown();
            for (int i = 0; i < CLIENTS; i++) {
                HttpResponse<String> response = futures.get(i).get();
                assertEquals(200, response.statusCode());
                JsonNode job = SandboxClient.json(response).get("data");
                assertEquals(keys.get(i % keys.size()), job.get("key").asText());
            }
            long elapsedMillis = (System.nanoTime() - start) / 1_000_000;
            assertTrue(elapsedMillis < 4_000, "took " + elapsedMillis + " ms");
            assertEquals(CLIENTS, sandbox.requestCount());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void largeBenchmarkJobIsServedWhole() {
        HttpResponse<String> response =
                client.getJob(HrFlowSandbox.BENCHMARK_BOARD_KEY, "key", HrFlowSandbox.BENCHMARK_JOB_KEY);

        assertEquals(200, response.statusCode());
        assertTrue(response.body().length() > 200_000, "length " + response.body().length());
    }
}
