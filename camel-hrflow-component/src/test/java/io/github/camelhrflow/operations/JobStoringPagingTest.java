package io.github.camelhrflow.operations;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

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
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Paging through a board: failures injected in the middle of a walk of the sandbox's real board, and, scripted as the
 * sandbox's answers, what it does not give on its own: a page past maxPage after jobs left, and a 100,000-job board
 * generated page by page to show the walk asks for each page only once the one before is consumed.
 */
class JobStoringPagingTest extends SandboxTestSupport {

    private static final String SCRIPTED_BOARD = "7fce016712fa373456ef279c297da5009a2020d9";

    private final List<String> exported = new ArrayList<>();

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:export")
                        // the board is the test's own, known only once the test runs
                        .process(e -> e.getMessage().setHeader(HrFlowConstants.BOARD_KEY, board))
                        .to("hrflow:job-storing?pageSize=2")
                        .to("mock:listed")
                        .split(body()).streaming()
                        .process(e -> exported.add(e.getMessage().getBody(Job.class).getKey()));
            }
        };
    }

    private static String key(int index) {
        return String.format("%040x", index);
    }

    /**
     * Jobs made in the test's board in one (frozen) second, so that the board lists them in the order they were made.
     *
     * @return their keys, in that order
     */
    private List<String> seedJobs(int count) {
        List<String> keys = new ArrayList<>();
        sandbox.clock().freeze();
        try {
            for (int i = 0; i < count; i++) {
                keys.add(seed("Job " + i, "ref-" + i).get("key").asText());
            }
        } finally {
            sandbox.clock().resume();
        }
        return keys;
    }

    /** Answers the listing's page {@code page} with this scripted answer; the other pages come from the board. */
    private void failPage(int page, ScriptedAnswer failure) {
        sandbox.faults().answerWith(request -> String.valueOf(page).equals(request.param("page")) ? failure : null);
    }

    private static List<String> pagesAsked() {
        return requests().stream().map(r -> r.param("page")).toList();
    }

    /**
     * One page of a scripted listing: jobs numbered from {@code first}, and the meta HrFlow would send. The jobs name a
     * board of their own: scripted pages need no board in the sandbox.
     */
    static String page(int page, int maxPage, int total, int first, int count) {
        StringBuilder json = new StringBuilder(128 + count * 160).append("{\"code\":200,\"message\":\"List of jobs\","
                                                                         + "\"meta\":{\"page\":")
                .append(page).append(",\"maxPage\":").append(maxPage).append(",\"count\":").append(count)
                .append(",\"total\":").append(total).append("},\"data\":[");
        for (int i = first; i < first + count; i++) {
            json.append(i == first ? "" : ",").append("{\"id\":").append(i).append(",\"key\":\"").append(key(i))
                    .append("\",\"reference\":\"ref-").append(i).append("\",\"board_key\":\"").append(SCRIPTED_BOARD)
                    .append("\",\"name\":\"Job ").append(i).append("\",\"created_at\":\"2024-01-01T00:00:00+0000\"}");
        }
        return json.append("]}").toString();
    }

    private static int pageOf(RecordedRequest request) {
        return Integer.parseInt(request.param("page"));
    }

    @Test
    void aPagePastMaxPageAnsweredWithEmptyDataEndsTheWalk() {
        // jobs were removed while the walk ran: page 2 is now past maxPage, and HrFlow answers it empty
        sandbox.faults().answerWith(request -> pageOf(request) == 1
                ? ScriptedAnswer.json(200, page(1, 3, 6, 0, 2))
                : ScriptedAnswer.json(200, page(pageOf(request), 1, 2, 0, 0)));

        Exchange exchange = template.request("direct:export", e -> {
        });

        assertNull(exchange.getException());
        assertEquals(List.of(key(0), key(1)), exported);
        assertEquals(List.of("1", "2"), pagesAsked());
    }

    @Test
    void anErrorOnPageThreeOfFiveFailsTheSplitNamingThePage() {
        List<String> keys = seedJobs(10);
        failPage(3, ScriptedAnswer.json(503, "{\"code\":503,\"message\":\"Service temporarily unavailable\"}"));

        Exchange exchange = template.request("direct:export", e -> {
        });

        assertEquals(1, getMockEndpoint("mock:listed").getReceivedExchanges().size(), "the producer succeeded");
        Throwable failure = exchange.getException();
        assertNotNull(failure);
        HrFlowApiException cause = null;
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof HrFlowApiException api) {
                cause = api;
                break;
            }
        }
        assertNotNull(cause, "an HrFlowApiException in the chain of " + failure);
        assertEquals(503, cause.getStatusCode());
        assertTrue(cause.getMessage().contains("page 3 of board " + board), cause.getMessage());
        assertTrue(cause.getMessage().contains("GET ") && cause.getMessage().contains("(list jobs)"),
                cause.getMessage());
        assertEquals(keys.subList(0, 4), exported);
        assertEquals(List.of("1", "2", "3"), pagesAsked());
    }

    @Test
    void readByHandTheIteratorHandsOutEveryJobReadThenThrowsForTheFailedPage() {
        List<String> keys = seedJobs(6);
        failPage(2, ScriptedAnswer.json(500, "{\"code\":500,\"message\":\"Internal server error\"}"));

        @SuppressWarnings("unchecked")
        java.util.Iterator<Job> jobs = template.requestBody("hrflow:job-storing?boardKey=" + board + "&pageSize=2",
                (Object) null, java.util.Iterator.class);

        assertEquals(keys.get(0), jobs.next().getKey());
        assertEquals(keys.get(1), jobs.next().getKey());
        assertTrue(jobs.hasNext(), "the failure is reported by next(), not by hasNext()");
        HrFlowApiException e = org.junit.jupiter.api.Assertions.assertThrows(HrFlowApiException.class, jobs::next);
        assertEquals(500, e.getStatusCode());
        assertTrue(e.getMessage().startsWith("Cannot read page 2 of board " + board), e.getMessage());
        assertEquals(2, sandbox.requestCount());
    }

    @Test
    void aFirstPageErrorFailsTheProducerNotTheSplit() {
        seedJobs(4);
        failPage(1, ScriptedAnswer.json(401, "{\"code\":401,\"message\":\"Unauthorized\"}"));

        Exchange exchange = template.request("direct:export", e -> {
        });

        assertInstanceOf(io.github.camelhrflow.HrFlowAuthenticationException.class, exchange.getException());
        assertTrue(getMockEndpoint("mock:listed").getReceivedExchanges().isEmpty());
        assertEquals(401, exchange.getMessage().getHeader(HrFlowConstants.RESPONSE_CODE));
    }

    @Test
    void aHundredThousandJobsStreamThroughAskingForEachPageOnlyWhenThePreviousIsConsumed() throws Exception {
        int pageSize = 500;
        int total = 100_000;
        int maxPage = total / pageSize;
        AtomicInteger pagesAsked = new AtomicInteger();
        AtomicInteger highestPageAsked = new AtomicInteger();
        sandbox.faults().answerWith(request -> {
            int page = pageOf(request);
            pagesAsked.incrementAndGet();
            highestPageAsked.accumulateAndGet(page, Math::max);
            int count = page <= maxPage ? pageSize : 0;
            return ScriptedAnswer.json(200, page(page, maxPage, total, (page - 1) * pageSize, count));
        });
        AtomicInteger seen = new AtomicInteger();
        AtomicReference<String> outOfOrder = new AtomicReference<>();
        AtomicReference<String> readAhead = new AtomicReference<>();
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:big")
                        .to("hrflow:job-storing?boardKey=" + board + "&pageSize=" + pageSize)
                        .split(body()).streaming()
                        .process(e -> {
                            Job job = e.getMessage().getBody(Job.class);
                            int index = seen.getAndIncrement();
                            if (!key(index).equals(job.getKey()) && outOfOrder.get() == null) {
                                outOfOrder.set("job " + index + " was " + job.getKey());
                            }
                            // the job's own page, and at most the next one (the splitter asks hasNext() before
                            // processing the last job of a page): a walk that read ahead, or read the board whole,
                            // would have asked for more by now
                            int ownPage = index / pageSize + 1;
                            if (highestPageAsked.get() > ownPage + 1 && readAhead.get() == null) {
                                readAhead.set("page " + highestPageAsked.get() + " was asked for while job " + index
                                              + " of page " + ownPage + " was processed");
                            }
                        });
            }
        });

        Exchange exchange = template.request("direct:big", e -> {
        });

        assertNull(exchange.getException());
        assertNull(outOfOrder.get());
        assertEquals(total, seen.get());
        assertNull(readAhead.get());
        assertEquals(maxPage, pagesAsked.get(), "each page asked for once, and none past maxPage");
    }

    @Test
    void theTotalHeaderIsHrFlowsMetaTotal() {
        List<String> keys = seedJobs(3);

        template.request("direct:export", e -> {
        });

        Exchange listed = getMockEndpoint("mock:listed").getReceivedExchanges().get(0);
        assertEquals(3, listed.getMessage().getHeader(HrFlowConstants.TOTAL));
        assertEquals(keys, exported);
    }
}
