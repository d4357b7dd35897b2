package io.github.camelhrflow.faults;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.atomic.AtomicInteger;

import io.github.camelhrflow.HrFlowApiException;
import io.github.camelhrflow.HrFlowConstants;
import io.github.camelhrflow.model.Job;
import io.github.camelhrflow.sandbox.RecordedRequest;
import io.github.camelhrflow.sandbox.ScriptedAnswer;
import io.github.camelhrflow.support.SandboxTestSupport;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * HrFlow fails 5% of calls with 500 or 503 (503 with {@code Retry-After: 0}), and a few jobs fail every time. Through a
 * route with {@code onException(HrFlowApiException.class).maximumRedeliveries(2)} and a dead letter channel, 2,000 jobs
 * fetched in parallel each end exactly once: in the output or in the dead letter endpoint, never lost, never twice.
 * <p>
 * Whether a call fails depends only on the job and the attempt number (seeded), not on thread timing, so the outcome
 * of every job is known in advance and checked one by one.
 */
class HrFlowErrorRateFaultTest extends SandboxTestSupport {

    private static final long SEED = 20240604L;
    private static final int EXCHANGES = 2000;
    private static final int MAX_REDELIVERIES = 2;
    private static final double FAILURE_RATE = 0.05;
    /** Every 250th job is broken for good, so the dead letter path is taken for sure. */
    private static final int ALWAYS_FAILING_EVERY = 250;

    private final Map<String, AtomicInteger> attempts = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> delivered = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> deadLettered = new ConcurrentHashMap<>();
    private final AtomicInteger failedAnswers = new AtomicInteger();
    /** Each job's place on the board. */
    private final Map<String, Integer> numbers = new HashMap<>();

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                errorHandler(deadLetterChannel("direct:dead"));
                onException(HrFlowApiException.class).maximumRedeliveries(MAX_REDELIVERIES).redeliveryDelay(0);

                ExecutorService pool = getContext().getExecutorServiceManager().newFixedThreadPool(this, "split", 8);
                from("direct:batch").split(body()).parallelProcessing().executorService(pool).to("direct:one");
                from("direct:one")
                        .setHeader(HrFlowConstants.JOB_KEY, body())
                        // the board is the test's own, known only once the test runs
                        .process(e -> e.getMessage().setHeader(HrFlowConstants.BOARD_KEY, board))
                        .to("hrflow:job-indexing")
                        .process(e -> delivered(e));
                from("direct:dead").process(e -> deadLettered(e));
            }
        };
    }

    @Test
    void everyJobEndsExactlyOnceInTheOutputOrTheDeadLetters() {
        List<String> keys = sandbox.seedJobs(board, EXCHANGES, SEED);
        for (int i = 0; i < keys.size(); i++) {
            numbers.put(keys.get(i), i);
        }
        sandbox.faults().answerWith(this::flakyHrFlow);

        template.sendBody("direct:batch", keys);

        int lost = 0;
        int doubled = 0;
        int expectedDead = 0;
        for (String key : keys) {
            int out = delivered.getOrDefault(key, new AtomicInteger()).get();
            int dead = deadLettered.getOrDefault(key, new AtomicInteger()).get();
            lost += out + dead == 0 ? 1 : 0;
            doubled += out + dead > 1 ? 1 : 0;
            int firstSuccess = firstSuccessfulAttempt(key);
            boolean shouldDie = firstSuccess > MAX_REDELIVERIES;
            expectedDead += shouldDie ? 1 : 0;
            assertEquals(shouldDie ? 0 : 1, out, key + " in the output");
            assertEquals(shouldDie ? 1 : 0, dead, key + " in the dead letters");
            assertEquals(Math.min(firstSuccess, MAX_REDELIVERIES) + 1, attempts.get(key).get(), key + " calls");
        }
        int calls = attempts.values().stream().mapToInt(AtomicInteger::get).sum();
        long redelivered = attempts.values().stream().filter(n -> n.get() > 1).count();
        System.out.printf("[fault-suite] exchanges=%d calls=%d failedAnswers=%d redeliveredExchanges=%d"
                          + " redeliveries=%d deadLettered=%d lost=%d doubled=%d"
                          + " (seed=%d, rate=%.0f%%, maximumRedeliveries=%d)%n",
                EXCHANGES, calls, failedAnswers.get(), redelivered, calls - EXCHANGES, deadLettered.size(), lost,
                doubled, SEED, FAILURE_RATE * 100, MAX_REDELIVERIES);
        assertEquals(0, lost);
        assertEquals(0, doubled);
        assertEquals(expectedDead, deadLettered.size());
        assertTrue(redelivered > 0, "the failure rate must have caused redeliveries");
        assertEquals(failedAnswers.get(), calls - EXCHANGES + deadLettered.size(), "each failed call led to one"
                                                                                   + " redelivery or one dead letter");
    }

    /** Null (the sandbox's own answer, the job) unless this attempt of this job fails. */
    private ScriptedAnswer flakyHrFlow(RecordedRequest request) {
        String key = request.param("key");
        int attempt = attempts.computeIfAbsent(key, k -> new AtomicInteger()).getAndIncrement();
        if (!fails(key, attempt)) {
            return null;
        }
        failedAnswers.incrementAndGet();
        return attempt % 2 == 0
                ? ScriptedAnswer.json(500, "{\"code\":500,\"message\":\"Internal Server Error\"}")
                : ScriptedAnswer.json(503, "{\"code\":503,\"message\":\"Service Unavailable\"}")
                        .withHeader("Retry-After", "0");
    }

    private boolean fails(String key, int attempt) {
        if (numbers.get(key) % ALWAYS_FAILING_EVERY == 7) {
            return true;
        }
        // SplittableRandom mixes its seed well, so attempts of one job fail independently of each other
        long seed = SEED ^ key.hashCode() * 0x9E3779B97F4A7C15L ^ (attempt + 1) * 0xC2B2AE3D27D4EB4FL;
        return new SplittableRandom(seed).nextDouble() < FAILURE_RATE;
    }

    /** The attempt (0 = first call) HrFlow first answers with the job, as scripted by {@link #fails}. */
    private int firstSuccessfulAttempt(String key) {
        int attempt = 0;
        while (attempt <= MAX_REDELIVERIES && fails(key, attempt)) {
            attempt++;
        }
        return attempt;
    }

    private void delivered(Exchange exchange) {
        Job job = exchange.getMessage().getBody(Job.class);
        String key = exchange.getMessage().getHeader(HrFlowConstants.JOB_KEY, String.class);
        assertEquals(key, job.getKey(), "an exchange got another job's answer");
        count(delivered, key);
    }

    private void deadLettered(Exchange exchange) {
        // a failed assertion here loses the count, and so fails the test as a lost job
        HrFlowApiException e = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, HrFlowApiException.class);
        assertTrue(e.getStatusCode() == 500 || e.getStatusCode() == 503, e::getMessage);
        count(deadLettered, exchange.getMessage().getHeader(HrFlowConstants.JOB_KEY, String.class));
    }

    private void count(Map<String, AtomicInteger> outcomes, String key) {
        assertInstanceOf(String.class, key);
        outcomes.computeIfAbsent(key, k -> new AtomicInteger()).incrementAndGet();
    }
}
