package io.github.camelhrflow.faults;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import io.github.camelhrflow.HrFlowConstants;
import io.github.camelhrflow.model.Job;
import io.github.camelhrflow.support.HrFlowTestSupport;
import io.github.camelhrflow.support.ScriptedHttpServer;
import io.github.camelhrflow.support.ScriptedHttpServer.Reply;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Load from a 16-thread parallel split: the default pool lets all 16 calls be in flight at once (a small default
 * would queue them behind each other), and connectionsPerRoute does cap them when set.
 */
class HrFlowConnectionPoolFaultTest extends HrFlowTestSupport {

    private static final int THREADS = 16;
    private static final List<String> KEYS = IntStream.range(0, THREADS).mapToObj(i -> "job-" + i).toList();

    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicInteger maxInFlight = new AtomicInteger();

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                ExecutorService pool = getContext().getExecutorServiceManager().newFixedThreadPool(this, "split",
                        THREADS);
                from("direct:parallel").split(body()).parallelProcessing().executorService(pool)
                        .setHeader(HrFlowConstants.JOB_KEY, body())
                        .toD("hrflow:job-indexing?boardKey=" + BOARD + "${header.poolOptions}")
                        .to("mock:jobs");
            }
        };
    }

    @Test
    void defaultPoolLetsSixteenCallsBeInFlightTogether() throws Exception {
        // each call is held until 16 are in flight at the same time; a pool below 16 would never get there
        CountDownLatch allSixteen = new CountDownLatch(THREADS);
        server.respondWith(request -> held(request, () -> {
            allSixteen.countDown();
            await(allSixteen, 30);
        }));

        fetchAll("");

        assertTrue(maxInFlight.get() >= THREADS, "at most " + maxInFlight + " calls were in flight together");
    }

    @Test
    void connectionsPerRouteCapsTheCallsInFlight() throws Exception {
        server.respondWith(request -> held(request, () -> sleep(150)));

        fetchAll("&connectionsPerRoute=4");

        assertTrue(maxInFlight.get() <= 4, maxInFlight + " calls in flight through a pool of 4 per route");
    }

    private void fetchAll(String poolOptions) throws InterruptedException {
        MockEndpoint jobs = getMockEndpoint("mock:jobs");
        jobs.expectedMessageCount(THREADS);
        template.sendBodyAndHeader("direct:parallel", KEYS, "poolOptions", poolOptions);
        jobs.assertIsSatisfied(TimeUnit.SECONDS.toMillis(60));
        List<String> fetched = jobs.getExchanges().stream().map(e -> e.getMessage().getBody(Job.class).getKey())
                .sorted().toList();
        assertEquals(KEYS.stream().sorted().toList(), fetched);
    }

    /** Answers the job after {@code hold}, counting how many calls are being answered at once. */
    private Reply held(ScriptedHttpServer.Request request, Runnable hold) {
        int now = inFlight.incrementAndGet();
        maxInFlight.accumulateAndGet(now, Math::max);
        try {
            hold.run();
            return echoJob(request);
        } finally {
            inFlight.decrementAndGet();
        }
    }

    private static void await(CountDownLatch latch, int seconds) {
        try {
            latch.await(seconds, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
