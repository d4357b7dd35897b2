package io.github.camelhrflow;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

import io.github.camelhrflow.model.Job;
import io.github.camelhrflow.sandbox.ScriptedAnswer;
import io.github.camelhrflow.support.SandboxTestSupport;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A plain {@code onException(...).maximumRedeliveries(n)} waits as long as HrFlow asked with Retry-After, then
 * succeeds once HrFlow recovers; the component itself never retries.
 */
class HrFlowRedeliveryTest extends SandboxTestSupport {

    private String jobKey;

    @BeforeEach
    void seedJob() {
        jobKey = seed("Data Engineer", null).get("key").asText();
    }

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                // the policy the README shows: redeliver what may pass later, not a rejected key or a missing job
                onException(HrFlowApiException.class)
                        .onWhen(simple("${exception.statusCode} == 429 || ${exception.statusCode} >= 500"))
                        .maximumRedeliveries(3).redeliveryDelay(0);
                // the board is the test's own, known only once the test runs
                from("direct:fetch").process(e -> e.getMessage().setHeader(HrFlowConstants.BOARD_KEY, board))
                        .to("hrflow:job-indexing");
            }
        };
    }

    @ParameterizedTest
    @CsvSource({ "2000, 2000", "0, 86400000" })
    void hostileRetryAfterIsCappedForTheErrorHandlerUnlessMaxRetryAfterIsZero(long maxRetryAfter, long delay) {
        sandbox.faults().answerNext(
                ScriptedAnswer.json(429, "{\"code\":429,\"message\":\"slow down\"}").withHeader("Retry-After",
                        "86400"));
        Exchange exchange =
                template.request("hrflow:job-indexing?boardKey=" + board + "&maxRetryAfter=" + maxRetryAfter,
                        e -> e.getMessage().setHeader(HrFlowConstants.JOB_KEY, jobKey));

        HrFlowRateLimitException e = assertInstanceOf(HrFlowRateLimitException.class, exchange.getException());
        assertEquals(Duration.ofDays(1), e.getRetryAfter(), "the exception tells what HrFlow asked");
        assertEquals(delay, exchange.getMessage().getHeader(Exchange.REDELIVERY_DELAY));
    }

    @Test
    void rateLimitedCallIsRedeliveredAfterRetryAfter() {
        sandbox.faults().answerNext(
                ScriptedAnswer.json(429, "{\"code\":429,\"message\":\"slow down\"}").withHeader("Retry-After", "1"));

        long start = System.nanoTime();
        Job job = template.requestBodyAndHeader("direct:fetch", null, HrFlowConstants.JOB_KEY, jobKey, Job.class);
        long waitedMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);

        assertEquals(jobKey, job.getKey());
        assertEquals(2, sandbox.requestCount(), "one refused call, one redelivery");
        assertTrue(waitedMillis >= 900, "redelivered after " + waitedMillis + " ms, HrFlow asked for 1 s");
    }

    @Test
    void unavailableThenRecoveredSucceedsWithinTheRedeliveryBudget() {
        ScriptedAnswer unavailable =
                ScriptedAnswer.json(503, "{\"code\":503,\"message\":\"maintenance\"}").withHeader("Retry-After", "0");
        sandbox.faults().answerNext(unavailable, unavailable);

        Job job = template.requestBodyAndHeader("direct:fetch", null, HrFlowConstants.JOB_KEY, jobKey, Job.class);

        assertEquals(jobKey, job.getKey());
        assertEquals(3, sandbox.requestCount());
    }

    @Test
    void failureWithoutRetryAfterLeavesNoDelayHeaderOfAnEarlierOne() {
        sandbox.faults().answerNext(ScriptedAnswer.json(500, "{\"code\":500,\"message\":\"oops\"}"));

        Exchange exchange = template.request("hrflow:job-indexing?boardKey=" + board + "&key=" + jobKey,
                e -> e.getMessage().setHeader(Exchange.REDELIVERY_DELAY, 2000L));

        assertEquals(500, ((HrFlowApiException) exchange.getException()).getStatusCode());
        assertNull(exchange.getMessage().getHeader(Exchange.REDELIVERY_DELAY));
    }

    @Test
    void rejectedCredentialsAreNotRedelivered() {
        sandbox.faults().answerWith(request -> ScriptedAnswer.json(401, "{\"code\":401,\"message\":\"Unauthorized\"}"));

        var exchange = template.request("direct:fetch", e -> e.getMessage().setHeader(HrFlowConstants.JOB_KEY, "k"));

        assertTrue(exchange.getException() instanceof HrFlowAuthenticationException);
        assertEquals(1, sandbox.requestCount());
    }

    @Test
    void exhaustedRedeliveriesFailWithTheLastHrFlowError() {
        sandbox.faults().answerWith(request -> ScriptedAnswer.json(503, "{\"code\":503,\"message\":\"down\"}"));

        var exchange = template.request("direct:fetch", e -> e.getMessage().setHeader(HrFlowConstants.JOB_KEY, "k"));

        assertEquals(503, ((HrFlowApiException) exchange.getException()).getStatusCode());
        assertEquals(4, sandbox.requestCount(), "the first call and 3 redeliveries, no retry inside the client");
    }
}
