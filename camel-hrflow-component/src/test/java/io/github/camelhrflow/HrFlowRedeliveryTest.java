package io.github.camelhrflow;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

import io.github.camelhrflow.model.Job;
import io.github.camelhrflow.support.HrFlowTestSupport;
import io.github.camelhrflow.support.ScriptedHttpServer.Reply;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
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
class HrFlowRedeliveryTest extends HrFlowTestSupport {

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                // the policy the README shows: redeliver what may pass later, not a rejected key or a missing job
                onException(HrFlowApiException.class)
                        .onWhen(simple("${exception.statusCode} == 429 || ${exception.statusCode} >= 500"))
                        .maximumRedeliveries(3).redeliveryDelay(0);
                from("direct:fetch").to("hrflow:job-indexing?boardKey=" + BOARD);
            }
        };
    }

    @ParameterizedTest
    @CsvSource({ "2000, 2000", "0, 86400000" })
    void hostileRetryAfterIsCappedForTheErrorHandlerUnlessMaxRetryAfterIsZero(long maxRetryAfter, long delay) {
        server.thenReply(Reply.json(429, "{\"code\":429,\"message\":\"slow down\"}").withHeader("Retry-After",
                "86400"));
        Exchange exchange =
                template.request("hrflow:job-indexing?boardKey=" + BOARD + "&maxRetryAfter=" + maxRetryAfter,
                        e -> e.getMessage().setHeader(HrFlowConstants.JOB_KEY, JOB_KEY));

        HrFlowRateLimitException e = assertInstanceOf(HrFlowRateLimitException.class, exchange.getException());
        assertEquals(Duration.ofDays(1), e.getRetryAfter(), "the exception tells what HrFlow asked");
        assertEquals(delay, exchange.getMessage().getHeader(Exchange.REDELIVERY_DELAY));
    }

    @Test
    void rateLimitedCallIsRedeliveredAfterRetryAfter() {
        server.thenReply(Reply.json(429, "{\"code\":429,\"message\":\"slow down\"}").withHeader("Retry-After", "1"));

        long start = System.nanoTime();
        Job job = template.requestBodyAndHeader("direct:fetch", null, HrFlowConstants.JOB_KEY, JOB_KEY, Job.class);
        long waitedMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);

        assertEquals(JOB_KEY, job.getKey());
        assertEquals(2, server.requestCount(), "one refused call, one redelivery");
        assertTrue(waitedMillis >= 900, "redelivered after " + waitedMillis + " ms, HrFlow asked for 1 s");
    }

    @Test
    void unavailableThenRecoveredSucceedsWithinTheRedeliveryBudget() {
        Reply unavailable =
                Reply.json(503, "{\"code\":503,\"message\":\"maintenance\"}").withHeader("Retry-After", "0");
        server.thenReply(unavailable, unavailable);

        Job job = template.requestBodyAndHeader("direct:fetch", null, HrFlowConstants.JOB_KEY, JOB_KEY, Job.class);

        assertEquals(JOB_KEY, job.getKey());
        assertEquals(3, server.requestCount());
    }

    @Test
    void failureWithoutRetryAfterLeavesNoDelayHeaderOfAnEarlierOne() {
        server.thenReply(Reply.json(500, "{\"code\":500,\"message\":\"oops\"}"));

        Exchange exchange = template.request("hrflow:job-indexing?boardKey=" + BOARD + "&key=" + JOB_KEY,
                e -> e.getMessage().setHeader(Exchange.REDELIVERY_DELAY, 2000L));

        assertEquals(500, ((HrFlowApiException) exchange.getException()).getStatusCode());
        assertNull(exchange.getMessage().getHeader(Exchange.REDELIVERY_DELAY));
    }

    @Test
    void rejectedCredentialsAreNotRedelivered() {
        server.respondWith(request -> Reply.json(401, "{\"code\":401,\"message\":\"Unauthorized\"}"));

        var exchange = template.request("direct:fetch", e -> e.getMessage().setHeader(HrFlowConstants.JOB_KEY, "k"));

        assertTrue(exchange.getException() instanceof HrFlowAuthenticationException);
        assertEquals(1, server.requestCount());
    }

    @Test
    void exhaustedRedeliveriesFailWithTheLastHrFlowError() {
        server.respondWith(request -> Reply.json(503, "{\"code\":503,\"message\":\"down\"}"));

        var exchange = template.request("direct:fetch", e -> e.getMessage().setHeader(HrFlowConstants.JOB_KEY, "k"));

        assertEquals(503, ((HrFlowApiException) exchange.getException()).getStatusCode());
        assertEquals(4, server.requestCount(), "the first call and 3 redeliveries, no retry inside the client");
    }
}
