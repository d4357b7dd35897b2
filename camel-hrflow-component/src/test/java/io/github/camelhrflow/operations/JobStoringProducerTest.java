package io.github.camelhrflow.operations;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import io.github.camelhrflow.HrFlowAuthenticationException;
import io.github.camelhrflow.HrFlowBoardNotFoundException;
import io.github.camelhrflow.HrFlowConstants;
import io.github.camelhrflow.model.Job;
import io.github.camelhrflow.sandbox.RecordedRequest;
import io.github.camelhrflow.support.SandboxTestSupport;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code to("hrflow:job-storing")} against the sandbox: the lazy iterator over a board's pages, exported with
 * {@code .split(body()).streaming()}.
 */
class JobStoringProducerTest extends SandboxTestSupport {

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:export")
                        .to("hrflow:job-storing?pageSize=5&sortBy=created_at&orderBy=asc")
                        .to("mock:listed")
                        .split(body()).streaming()
                        .to("mock:jobs");
            }
        };
    }

    /** Creates jobs one second apart, so that created_at ascending is creation order. */
    private List<String> createJobs(int count) {
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            keys.add(seed("Job " + i, "ref-" + i).get("key").asText());
            sandbox.clock().advance(Duration.ofSeconds(1));
        }
        return keys;
    }

    private Exchange export(String boardKey) {
        return template.request("direct:export", e -> e.getMessage().setHeader(HrFlowConstants.BOARD_KEY, boardKey));
    }

    private List<String> exportedKeys() {
        return getMockEndpoint("mock:jobs").getReceivedExchanges().stream()
                .map(e -> e.getMessage().getBody(Job.class).getKey()).toList();
    }

    private List<String> listedPages() {
        return requests().stream().map(r -> r.param("page")).toList();
    }

    @Test
    void anEmptyBoard() {
        Exchange exchange = export(board);

        assertNull(exchange.getException());
        assertEquals(List.of(), exportedKeys());
        assertEquals(0, getMockEndpoint("mock:listed").getReceivedExchanges().get(0).getMessage()
                .getHeader(HrFlowConstants.TOTAL));
        assertEquals(List.of("1"), listedPages());
    }

    @Test
    void exactlyOnePage() {
        List<String> keys = createJobs(5);

        export(board);

        assertEquals(keys, exportedKeys());
        assertEquals(List.of("1"), listedPages(), "a full last page is not followed by an empty one");
    }

    @Test
    void manyPagesEveryJobOnceInOrderAndEachPageOnlyWhenNeeded() {
        List<String> keys = createJobs(23);

        Exchange exchange = export(board);

        assertNull(exchange.getException());
        assertEquals(keys, exportedKeys());
        assertEquals(List.of("1", "2", "3", "4", "5"), listedPages());
        Exchange listed = getMockEndpoint("mock:listed").getReceivedExchanges().get(0);
        assertEquals(23, listed.getMessage().getHeader(HrFlowConstants.TOTAL));
        assertEquals(200, listed.getMessage().getHeader(HrFlowConstants.RESPONSE_CODE));
    }

    @Test
    void theProducerAsksForTheFirstPageOnlyTheRestComeAsTheIteratorIsRead() {
        List<String> keys = createJobs(12);

        @SuppressWarnings("unchecked")
        Iterator<Job> jobs = template.requestBodyAndHeader("hrflow:job-storing?pageSize=5&sortBy=created_at"
                                                           + "&orderBy=asc",
                null, HrFlowConstants.BOARD_KEY, board,
                Iterator.class);

        assertEquals(1, sandbox.requestCount());
        for (int i = 0; i < 5; i++) {
            assertEquals(keys.get(i), jobs.next().getKey());
        }
        assertEquals(1, sandbox.requestCount(), "page 2 is asked for only when page 1 is used up");
        assertTrue(jobs.hasNext());
        assertEquals(2, sandbox.requestCount());
        List<String> rest = new ArrayList<>();
        jobs.forEachRemaining(job -> rest.add(job.getKey()));
        assertEquals(keys.subList(5, 12), rest);
        assertFalse(jobs.hasNext());
        assertEquals(3, sandbox.requestCount());
    }

    @Test
    void theListingRequestCarriesTheBoardPagingAndFilters() {
        seed("Senior Engineer", "r1");

        template.requestBody("hrflow:job-storing?boardKey=" + board + "&pageSize=7&sortBy=updated_at&orderBy=desc"
                             + "&createdAtMin=2020-01-01&createdAtMax=2100-12-31&name=engineer",
                (Object) null);

        RecordedRequest request = onlyRequest();
        assertEquals("GET", request.method());
        assertEquals("/v1/storing/jobs", request.path());
        assertCallHeaders(request, false);
        assertEquals("[\"" + board + "\"]", request.param("board_keys"));
        assertEquals("true", request.param("return_job"));
        assertEquals("1", request.param("page"));
        assertEquals("7", request.param("limit"));
        assertEquals("updated_at", request.param("sort_by"));
        assertEquals("desc", request.param("order_by"));
        assertEquals("2020-01-01", request.param("created_at_min"));
        assertEquals("2100-12-31", request.param("created_at_max"));
        assertEquals("engineer", request.param("name"));
    }

    @Test
    void theNameFilterReachesHrFlow() {
        seed("Senior Engineer", "r1");
        seed("Accountant", "r2");

        @SuppressWarnings("unchecked")
        Iterator<Job> found = template.requestBody("hrflow:job-storing?boardKey=" + board + "&name=engineer", null,
                Iterator.class);

        List<String> names = new ArrayList<>();
        found.forEachRemaining(job -> names.add(job.getName()));
        assertEquals(List.of("Senior Engineer"), names);
    }

    @Test
    void anUnknownBoardFailsTheProducersExchangeNotTheSplit() {
        Exchange exchange = export("0000000000000000000000000000000000000bad");

        assertInstanceOf(HrFlowBoardNotFoundException.class, exchange.getException());
        assertTrue(getMockEndpoint("mock:listed").getReceivedExchanges().isEmpty());
        assertEquals(400, exchange.getMessage().getHeader(HrFlowConstants.RESPONSE_CODE));
    }

    @Test
    void aRejectedKeyFailsTheProducersExchangeNotTheSplit() {
        Exchange exchange = template.request("hrflow:job-storing?boardKey=" + board + "&apiKey=askr_wrong",
                e -> {
                });

        HrFlowAuthenticationException e = assertInstanceOf(HrFlowAuthenticationException.class,
                exchange.getException());
        assertTrue(e.getMessage().contains("GET ") && e.getMessage().contains("(list jobs)"), e.getMessage());
        assertFalse(e.getMessage().contains("page 1"), "the first page is the producer's own call: " + e.getMessage());
        assertEquals(401, exchange.getMessage().getHeader(HrFlowConstants.RESPONSE_CODE));
    }
}
