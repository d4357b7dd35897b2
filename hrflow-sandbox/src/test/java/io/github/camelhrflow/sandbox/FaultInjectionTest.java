package io.github.camelhrflow.sandbox;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Each fault, set programmatically, as a client observes it. */
class FaultInjectionTest extends SandboxTestSupport {

    private HttpResponse<String> getJob() {
        return client.getJob(HrFlowSandbox.DEMO_BOARD_KEY, "key", sandbox.jobKeys(HrFlowSandbox.DEMO_BOARD_KEY).get(0));
    }

    private long timedMillis(Runnable call) {
        long start = System.nanoTime();
        call.run();
        return (System.nanoTime() - start) / 1_000_000;
    }

    @Test
    void fixedLatencyDelaysEachAnswer() {
        sandbox.faults().latency(Duration.ofMillis(150));

        long elapsed = timedMillis(() -> assertEquals(200, getJob().statusCode()));

        assertTrue(elapsed >= 150, "took " + elapsed + " ms");
    }

    @Test
    void randomLatencyStaysWithinItsRange() {
        sandbox.faults().latency(Duration.ofMillis(40), Duration.ofMillis(90));

        for (int i = 0; i < 4; i++) {
            long elapsed = timedMillis(() -> assertEquals(200, getJob().statusCode()));
            assertTrue(elapsed >= 40 && elapsed < 2_000, "took " + elapsed + " ms");
        }
    }

    @Test
    void throttleNextAnswers429WithRetryAfterThenRecovers() {
        sandbox.faults().throttleNext(2).retryAfterSeconds(3);

        for (int i = 0; i < 2; i++) {
            HttpResponse<String> throttled = getJob();
            assertEquals(429, throttled.statusCode());
            assertEquals("3", throttled.headers().firstValue("Retry-After").orElseThrow());
            assertEquals(429, SandboxClient.json(throttled).get("code").asInt());
        }
        assertEquals(200, getJob().statusCode());
    }

    @Test
    void throttleRateThrottlesAboutThatShare() {
        sandbox.faults().throttleRate(0.5);

        long throttled = statuses(100).stream().filter(status -> status == 429).count();

        assertTrue(throttled >= 30 && throttled <= 70, throttled + " of 100 throttled");
    }

    @Test
    void serverErrorRateGivesBoth500And503WithinBounds() {
        sandbox.faults().seed(7).serverErrorRate(0.25);

        List<HttpResponse<String>> responses = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            responses.add(getJob());
        }

        Map<Integer, Integer> counts = new TreeMap<>();
        responses.forEach(r -> counts.merge(r.statusCode(), 1, Integer::sum));
        int errors = counts.getOrDefault(500, 0) + counts.getOrDefault(503, 0);
        assertTrue(errors >= 25 && errors <= 75, "errors: " + counts);
        assertTrue(counts.getOrDefault(500, 0) > 0 && counts.getOrDefault(503, 0) > 0, "both kinds: " + counts);
        assertEquals(200 - errors, counts.get(200), counts.toString());
        responses.stream().filter(r -> r.statusCode() == 503)
                .forEach(r -> assertEquals("1", r.headers().firstValue("Retry-After").orElseThrow()));
    }

    @Test
    void sameSeedGivesTheSameFaults() {
        sandbox.faults().seed(99).serverErrorRate(0.3).htmlErrorRate(0.2);
        List<Integer> first = statuses(60);

        sandbox.faults().seed(99);
        List<Integer> second = statuses(60);

        assertEquals(first, second);
    }

    @Test
    void htmlErrorNextAnswersNginxBadGatewayPage() {
        sandbox.faults().htmlErrorNext(1);

        HttpResponse<String> page = getJob();

        assertEquals(502, page.statusCode());
        assertTrue(page.headers().firstValue("Content-Type").orElseThrow().startsWith("text/html"));
        assertTrue(page.body().contains("<title>502 Bad Gateway</title>"), page.body());
        assertTrue(page.body().contains("nginx"));
        assertEquals(200, getJob().statusCode());
    }

    @Test
    void htmlErrorRateMixesPagesAndAnswers() {
        sandbox.faults().htmlErrorRate(0.5);

        List<Integer> statuses = statuses(40);

        assertTrue(statuses.contains(502) && statuses.contains(200), statuses.toString());
        assertTrue(statuses.stream().allMatch(s -> s == 502 || s == 200), statuses.toString());
    }

    @Test
    void clearRemovesEveryFault() {
        // a latency no test client waits for: were it left, the call below would time out instead of answering
        sandbox.faults().throttleNext(5).htmlErrorRate(1).latency(Duration.ofMinutes(10));

        sandbox.faults().clear();

        assertEquals(200, getJob().statusCode());
    }

    @Test
    void faultedRequestsAreRecorded() {
        sandbox.faults().throttleNext(1);

        getJob();

        assertEquals(1, sandbox.requestCount());
        assertEquals(429, sandbox.requests().get(0).status());
    }

    private List<Integer> statuses(int requests) {
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < requests; i++) {
            statuses.add(getJob().statusCode());
        }
        return statuses;
    }
}
