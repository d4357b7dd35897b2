package io.github.camelhrflow.support;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import io.github.camelhrflow.HrFlowConstants;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;

/**
 * Sends one exchange per job key from several threads at once and hands back every finished exchange, so a test can
 * check each one's own outcome.
 */
public final class ConcurrentSender {

    private ConcurrentSender() {
    }

    /** @return the finished exchange of every key, in the keys' order; fails if any is not done within the bound */
    public static Map<String, Exchange> send(ProducerTemplate template, String uri, List<String> keys, int threads,
                                             long boundSeconds)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            Map<String, Future<Exchange>> pending = new LinkedHashMap<>();
            for (String key : keys) {
                pending.put(key, pool.submit(() -> template.request(uri,
                        e -> e.getMessage().setHeader(HrFlowConstants.JOB_KEY, key))));
            }
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(boundSeconds);
            Map<String, Exchange> done = new LinkedHashMap<>();
            for (Map.Entry<String, Future<Exchange>> entry : pending.entrySet()) {
                long left = Math.max(1, deadline - System.nanoTime());
                done.put(entry.getKey(), entry.getValue().get(left, TimeUnit.NANOSECONDS));
            }
            return done;
        } finally {
            pool.shutdownNow();
        }
    }
}
