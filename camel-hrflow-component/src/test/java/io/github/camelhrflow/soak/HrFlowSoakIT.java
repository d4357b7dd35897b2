package io.github.camelhrflow.soak;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import io.github.camelhrflow.model.Job;
import io.github.camelhrflow.support.SandboxTestSupport;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Soak: one million exchanges through one component against the sandbox on loopback, printing the heap used after a full GC
 * and the live thread count every 100,000. Both must stay flat once warmed up (from 200,000 on): a leak of a few
 * hundred bytes per exchange, or one thread per connection, shows here long before production does.
 * <p>
 * Not part of the default build: {@code mvn -B -pl camel-hrflow-component -Psoak verify} (override the count with
 * {@code -Dsoak.exchanges=...}).
 */
class HrFlowSoakIT extends SandboxTestSupport {

    private static final int TOTAL = Integer.getInteger("soak.exchanges", 1_000_000);
    private static final int CHECKPOINTS = 10;
    private static final int THREADS = 4;
    private static final long MAX_HEAP_GROWTH = 64L * 1024 * 1024;
    private static final int THREAD_SLACK = 2;

    private final AtomicLong failures = new AtomicLong();

    @Test
    void millionExchangesKeepHeapAndThreadsFlat() throws Exception {
        // the sandbox keeps only its last 1,000 requests: it is not what grows
        String jobKey = seed("Soak job", "soak").get("key").asText();
        String uri = "hrflow:job-indexing?boardKey=" + board + "&key=" + jobKey;
        int perCheckpoint = TOTAL / CHECKPOINTS;
        List<long[]> figures = new ArrayList<>();
        ExecutorService producers = Executors.newFixedThreadPool(THREADS);
        long start = System.nanoTime();
        try {
            for (int checkpoint = 1; checkpoint <= CHECKPOINTS; checkpoint++) {
                runExchanges(producers, uri, jobKey, perCheckpoint);
                long heap = heapUsedAfterGc();
                long threads = ManagementFactory.getThreadMXBean().getThreadCount();
                long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start);
                figures.add(new long[] { (long) checkpoint * perCheckpoint, heap, threads });
                System.out.printf("[soak] exchanges=%,d heapUsedAfterGc=%.2f MB liveThreads=%d failures=%d"
                                  + " elapsed=%d s%n",
                        (long) checkpoint * perCheckpoint, heap / 1048576.0, threads,
                        failures.get(), seconds);
            }
        } finally {
            producers.shutdownNow();
        }

        assertEquals(0, failures.get(), "exchanges that did not get their job");
        long[] warm = figures.get(1);
        long[] last = figures.get(figures.size() - 1);
        assertTrue(last[1] - warm[1] < MAX_HEAP_GROWTH, String.format("heap grew %.1f MB from %,d to %,d exchanges",
                (last[1] - warm[1]) / 1048576.0, warm[0], last[0]));
        for (long[] figure : figures.subList(1, figures.size())) {
            assertTrue(Math.abs(figure[2] - warm[2]) <= THREAD_SLACK, figure[2] + " live threads at " + figure[0]
                                                                      + " exchanges, " + warm[2] + " at " + warm[0]);
        }
    }

    private void runExchanges(ExecutorService producers, String uri, String jobKey, int count) throws Exception {
        List<Future<?>> running = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            int share = count / THREADS + (t < count % THREADS ? 1 : 0);
            running.add(producers.submit(() -> {
                for (int i = 0; i < share; i++) {
                    Job job = template.requestBody(uri, null, Job.class);
                    if (job == null || !jobKey.equals(job.getKey())) {
                        failures.incrementAndGet();
                    }
                }
                return null;
            }));
        }
        for (Future<?> producer : running) {
            producer.get();
        }
    }

    private static long heapUsedAfterGc() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(100);
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
