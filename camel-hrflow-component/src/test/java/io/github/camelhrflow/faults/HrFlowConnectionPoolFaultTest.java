package io.github.camelhrflow.faults;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import io.github.camelhrflow.HrFlowConstants;
import io.github.camelhrflow.model.Job;
import io.github.camelhrflow.support.LoopbackWireMock;
import io.github.camelhrflow.support.Samples;
import io.github.camelhrflow.support.SandboxTestSupport;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Load from a 16-thread parallel split: the default pool lets all 16 calls be in flight at once (a small default
 * would queue them behind each other), and connectionsPerRoute does cap them when set.
 * <p>
 * WireMock, not the sandbox: the test holds each call on the server's side and counts the calls held together,
 * which is about connections, not about HrFlow's answers.
 */
class HrFlowConnectionPoolFaultTest extends SandboxTestSupport {

    private static final int THREADS = 16;
    private static final List<String> KEYS = IntStream.range(0, THREADS).mapToObj(i -> "job-" + i).toList();
    private static final HeldAnswers HELD = new HeldAnswers();

    /** Room for every held call plus Jetty's own acceptor and selector threads. */
    @RegisterExtension
    static final WireMockExtension WIREMOCK = LoopbackWireMock.server(THREADS * 3, HELD);

    @Override
    protected String baseUrl() {
        return LoopbackWireMock.baseUrl(WIREMOCK);
    }

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                ExecutorService pool = getContext().getExecutorServiceManager().newFixedThreadPool(this, "split",
                        THREADS);
                from("direct:parallel").split(body()).parallelProcessing().executorService(pool)
                        .setHeader(HrFlowConstants.JOB_KEY, body())
                        .toD("hrflow:job-indexing?boardKey=" + board + "${header.poolOptions}")
                        .to("mock:jobs");
            }
        };
    }

    @BeforeEach
    void answerJobs() {
        HELD.reset();
        WIREMOCK.stubFor(get(urlPathEqualTo("/v1/job/indexing")).willReturn(okJson("{}")));
    }

    @Test
    void defaultPoolLetsSixteenCallsBeInFlightTogether() throws Exception {
        // each call is held until 16 are in flight at the same time; a pool below 16 would never get there
        CountDownLatch allSixteen = new CountDownLatch(THREADS);
        HELD.hold = () -> {
            allSixteen.countDown();
            await(allSixteen, 30);
        };

        fetchAll("");

        assertTrue(HELD.maxInFlight.get() >= THREADS, "at most " + HELD.maxInFlight + " calls were in flight together");
    }

    @Test
    void connectionsPerRouteCapsTheCallsInFlight() throws Exception {
        HELD.hold = () -> sleep(150);

        fetchAll("&connectionsPerRoute=4");

        assertTrue(HELD.maxInFlight.get() <= 4, HELD.maxInFlight + " calls in flight through a pool of 4 per route");
    }

    private void fetchAll(String poolOptions) throws InterruptedException {
        MockEndpoint jobs = getMockEndpoint("mock:jobs");
        jobs.expectedMessageCount(THREADS);
        template.sendBodyAndHeader("direct:parallel", KEYS, "poolOptions", poolOptions);
        jobs.assertIsSatisfied(TimeUnit.SECONDS.toMillis(60));
        List<String> fetched = jobs.getExchanges().stream().map(e -> e.getMessage().getBody(Job.class).getKey())
                .sorted().toList();
        assertEquals(KEYS.stream().sorted().toList(), fetched);
        WIREMOCK.verify(THREADS, getRequestedFor(urlPathEqualTo("/v1/job/indexing")));
    }

    /** Answers the job asked for (the full sample with its key) after {@code hold}, counting the calls answered at once. */
    private static final class HeldAnswers implements ResponseDefinitionTransformerV2 {

        private final AtomicInteger inFlight = new AtomicInteger();
        private final AtomicInteger maxInFlight = new AtomicInteger();
        private volatile Runnable hold;

        void reset() {
            maxInFlight.set(0);
            hold = () -> {
            };
        }

        @Override
        public ResponseDefinition transform(ServeEvent event) {
            int now = inFlight.incrementAndGet();
            maxInFlight.accumulateAndGet(now, Math::max);
            try {
                hold.run();
                String key = event.getRequest().queryParameter("key").firstValue();
                return ResponseDefinitionBuilder.like(event.getResponseDefinition())
                        .withBody(Samples.jobAnswer(key, null)).build();
            } finally {
                inFlight.decrementAndGet();
            }
        }

        @Override
        public String getName() {
            return "held-answers";
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
