package io.github.camelhrflow.benchmarks.load;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.LongSupplier;

/**
 * Runs a fixed number of calls with a fixed number in flight (closed loop: each of N threads starts its next call as
 * soon as its last one ends) and measures time, latency, CPU and allocation.
 * <p>
 * The threads of each concurrency level are created once and reused by every variant, and they are already waiting
 * when the meters are read, so creating threads costs no variant anything.
 */
public final class LoadDriver implements AutoCloseable {

    private final ProcessMeters meters = new ProcessMeters();
    private final Map<Integer, ExecutorService> pools = new HashMap<>();
    private long[] latencies = new long[0];

    /**
     * Makes {@code calls} calls, cycling through {@code keys}, {@code concurrency} at a time.
     *
     * @param serverCpu reads the server's CPU time in nanoseconds, or returns -1
     * @throws IllegalStateException when a call fails: a benchmark of failing calls measures nothing
     */
    public Measurement run(Call call, List<String> keys, int calls, int concurrency, LongSupplier serverCpu)
            throws InterruptedException {
        if (latencies.length < calls) {
            latencies = new long[calls];
        }
        long[] latency = latencies;
        String[] keyArray = keys.toArray(String[]::new);
        AtomicInteger next = new AtomicInteger();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        CountDownLatch start = new CountDownLatch(1);
        CountDownLatch done = new CountDownLatch(concurrency);
        Runnable worker = () -> {
            try {
                start.await();
                int i;
                while (failure.get() == null && (i = next.getAndIncrement()) < calls) {
                    long begin = System.nanoTime();
                    call.run(keyArray[i % keyArray.length]);
                    latency[i] = System.nanoTime() - begin;
                }
            } catch (Throwable e) {
                failure.compareAndSet(null, e);
            } finally {
                done.countDown();
            }
        };
        ExecutorService pool = pool(concurrency);
        for (int t = 0; t < concurrency; t++) {
            pool.execute(worker);
        }
        // every run starts from an empty young generation, so no run pays for the garbage of the one before
        System.gc();
        long serverBefore = serverCpu.getAsLong();
        ProcessMeters.Snapshot before = meters.snapshot();
        start.countDown();
        done.await();
        ProcessMeters.Snapshot after = meters.snapshot();
        long serverAfter = serverCpu.getAsLong();
        if (failure.get() != null) {
            throw new IllegalStateException("A call failed: " + failure.get(), failure.get());
        }
        Arrays.sort(latency, 0, calls);
        return new Measurement(calls, after.nanoTime() - before.nanoTime(), after.cpuNanos() - before.cpuNanos(),
                after.allocatedBytes() - before.allocatedBytes(), latency[(calls - 1) / 2],
                latency[(int) Math.ceil(calls * 0.99) - 1],
                serverBefore < 0 ? -1 : serverAfter - serverBefore);
    }

    private ExecutorService pool(int threads) {
        return pools.computeIfAbsent(threads, n -> {
            AtomicInteger count = new AtomicInteger();
            ThreadPoolExecutor pool = (ThreadPoolExecutor) Executors.newFixedThreadPool(n, task -> {
                Thread thread = new Thread(task, "load-" + n + "-" + count.incrementAndGet());
                thread.setDaemon(true);
                return thread;
            });
            pool.prestartAllCoreThreads();
            return pool;
        });
    }

    @Override
    public void close() {
        pools.values().forEach(ExecutorService::shutdownNow);
        pools.clear();
    }
}
