package io.github.camelhrflow.sandbox;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The fault rates as a client measures them over HTTP, with admin requests in between (they are neither faulted nor
 * logged, and take no draw: the HTTP counts equal those of the injector alone drawn once per API request). Settings as the consumer's failure test uses them: 3% server errors and 2%
 * throttling, 5% of answers in all.
 * <p>
 * Each API request is faulted independently with chance p, so over n requests the count of faults is binomial: mean
 * np, standard deviation sqrt(np(1-p)). The bounds are 4.5 standard deviations: a correct injector fails them for
 * about 1 seed in 150,000 (normal approximation), while a rate of 2-2.6% (once read off the consumer test's request
 * log) lands 7 to 9 deviations below. The seed is fixed, so the run is repeatable; it is printed on failure.
 */
class FaultRateTest extends SandboxTestSupport {

    private static final long SEED = 20261130L;
    private static final int REQUESTS = 4_000;
    private static final int ADMIN_EVERY = 10;
    private static final int SENDERS = 8;
    private static final double DEVIATIONS = 4.5;

    @Override
    protected HrFlowSandbox.Builder configure(HrFlowSandbox.Builder builder) {
        return builder.requestLogCapacity(REQUESTS);
    }

    /**
     * Requests go on several connections at once: the k-th API request served takes the k-th draw whichever thread
     * sends it, so the counts depend on the seed alone, and an admin request that took a draw would show.
     */
    @Test
    void everyApiRequestIsFaultedAtTheConfiguredRateAndAdminRequestsAreNot() throws Exception {
        sandbox.faults().seed(SEED).serverErrorRate(0.03).throttleRate(0.02).retryAfterSeconds(0);
        String key = sandbox.jobKeys(HrFlowSandbox.DEMO_BOARD_KEY).get(0);

        Map<Integer, Integer> answered = new ConcurrentSkipListMap<>();
        ExecutorService senders = Executors.newFixedThreadPool(SENDERS);
        try {
            List<Future<?>> sent = new ArrayList<>();
            for (int i = 0; i < REQUESTS; i++) {
                boolean alsoAdmin = i % ADMIN_EVERY == 0;
                sent.add(senders.submit(() -> {
                    answered.merge(client.getJob(HrFlowSandbox.DEMO_BOARD_KEY, "key", key).statusCode(), 1,
                            Integer::sum);
                    if (alsoAdmin) {
                        assertEquals(200, client.admin("GET", "/_sandbox/faults", null).statusCode(), "seed " + SEED);
                    }
                }));
            }
            for (Future<?> request : sent) {
                request.get(30, TimeUnit.SECONDS);
            }
        } finally {
            senders.shutdownNow();
        }

        String context = "seed " + SEED + ", answers " + answered;
        System.out.println("FaultRateTest: " + context);
        assertEquals(REQUESTS, answered.values().stream().mapToInt(Integer::intValue).sum(), context);
        assertEquals(List.of(200, 429, 500, 503), List.copyOf(answered.keySet()), context);
        assertWithinBinomialBounds(answered.get(429) + answered.get(500) + answered.get(503), 0.05, context);
        assertWithinBinomialBounds(answered.get(429), 0.02, context);
        assertWithinBinomialBounds(answered.get(500) + answered.get(503), 0.03, context);

        // one draw per API request and none per admin request: the same counts as the injector alone, drawn as often
        FaultInjector alone = new FaultInjector(SEED).serverErrorRate(0.03).throttleRate(0.02).retryAfterSeconds(0);
        Map<Integer, Integer> drawn = new TreeMap<>();
        for (int i = 0; i < REQUESTS; i++) {
            FaultInjector.Fault fault = alone.next();
            drawn.merge(fault.response() == null ? 200 : fault.response().status(), 1, Integer::sum);
        }
        assertEquals(drawn, new TreeMap<>(answered), context);

        // the request log, which tests count faults in, holds the API requests and nothing else
        List<RecordedRequest> logged = sandbox.requests();
        assertEquals(REQUESTS, logged.size(), context);
        assertEquals(REQUESTS - answered.get(200), logged.stream().filter(r -> r.status() != 200).count(), context);
    }

    private static void assertWithinBinomialBounds(int faults, double p, String context) {
        double mean = REQUESTS * p;
        double bound = DEVIATIONS * Math.sqrt(REQUESTS * p * (1 - p));
        assertTrue(Math.abs(faults - mean) <= bound,
                String.format("%d faults where %.0f ± %.0f were expected (p=%.2f): %s", faults, mean, bound, p,
                        context));
    }
}
