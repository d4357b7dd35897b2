package io.github.camelhrflow;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.camelhrflow.model.Job;
import io.github.camelhrflow.sandbox.HrFlowSandbox;
import io.github.camelhrflow.sandbox.RecordedRequest;
import io.github.camelhrflow.sandbox.ScriptedAnswer;
import io.github.camelhrflow.support.LogCapture;
import io.github.camelhrflow.support.SandboxTestSupport;
import org.apache.camel.CamelExecutionException;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.logging.log4j.Level;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HrFlowJobIndexingProducerTest extends SandboxTestSupport {

    /** A new job in the test's board. */
    private String seedKey() {
        return seed("Data Engineer", null).get("key").asText();
    }

    private static RecordedRequest lastRequest() {
        List<RecordedRequest> requests = requests();
        return requests.get(requests.size() - 1);
    }

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                // the board is the test's own, known only once the test runs
                from("direct:byHeader").process(e -> e.getMessage().setHeader(HrFlowConstants.BOARD_KEY, board))
                        .to("hrflow:job-indexing");
                from("direct:dynamic").toD("hrflow:job-indexing?boardKey=${header.board}&key=${header.wanted}");
                from("direct:parallel").split(body()).parallelProcessing().executorService(
                        context.getExecutorServiceManager().newFixedThreadPool(this, "parallel", 32))
                        .setHeader(HrFlowConstants.JOB_KEY, body())
                        .process(e -> e.getMessage().setHeader(HrFlowConstants.BOARD_KEY, board))
                        .to("hrflow:job-indexing")
                        .to("mock:jobs");
            }
        };
    }

    @Test
    void getsJobByReference() {
        seed("Data Engineer", "REF-42");
        Exchange exchange = template.request("hrflow:job-indexing?boardKey=" + board + "&reference=REF-42", e -> {
        });

        Job job = exchange.getMessage().getBody(Job.class);
        assertEquals("REF-42", job.getReference());
        assertEquals("REF-42", exchange.getMessage().getHeader(HrFlowConstants.JOB_REFERENCE));
        assertEquals(Map.of("board_key", List.of(board), "reference", List.of("REF-42")), lastRequest().params());
    }

    @Test
    void sendsCredentialsAndAcceptHeaders() {
        template.requestBody("hrflow:job-indexing?boardKey=" + board + "&key=" + seedKey(), (Object) null);

        RecordedRequest request = onlyRequest();
        assertCallHeaders(request, false);
        assertEquals(200, request.status(), "the sandbox accepted the key and e-mail");
    }

    @Test
    void endpointOptionsOverrideComponentOnes() {
        // a second HrFlow that accepts only the endpoint's credentials: its 200 proves they arrived intact
        try (HrFlowSandbox other = HrFlowSandbox.builder().apiKey("askr_endpoint+key&1").userEmail("other@example.com")
                .build().start()) {
            String otherKey = other.jobKeys(HrFlowSandbox.DEMO_BOARD_KEY).get(0);
            Job job = template.requestBody("hrflow:job-indexing?boardKey=" + HrFlowSandbox.DEMO_BOARD_KEY + "&key="
                                           + otherKey + "&baseUrl=" + other.baseUrl()
                                           + "&apiKey=RAW(askr_endpoint+key&1)&userEmail=other@example.com",
                    (Object) null, Job.class);
            assertEquals(otherKey, job.getKey());
            assertEquals(200, other.requests().get(0).status());
            assertEquals("other@example.com", other.requests().get(0).header("X-USER-EMAIL"));
        }

        // the component's defaults are untouched by the endpoint above
        template.requestBody("hrflow:job-indexing?boardKey=" + board + "&key=" + seedKey(), (Object) null);
        assertCallHeaders(onlyRequest(), false);
        assertEquals(200, onlyRequest().status());
    }

    @Test
    void headersOverrideEndpointOptions() {
        seed("Data Engineer", "ref-from-header");
        Exchange exchange = template.request("hrflow:job-indexing?boardKey=board-from-uri&key=key-from-uri", e -> {
            e.getMessage().setHeader(HrFlowConstants.BOARD_KEY, board);
            e.getMessage().setHeader(HrFlowConstants.JOB_REFERENCE, "ref-from-header");
        });

        assertEquals(Map.of("board_key", List.of(board), "reference", List.of("ref-from-header")),
                onlyRequest().params());
        assertEquals("ref-from-header", exchange.getMessage().getBody(Job.class).getReference());
    }

    @Test
    void keyHeaderAloneIdentifiesTheJob() {
        String key = seedKey();
        template.sendBodyAndHeader("direct:byHeader", null, HrFlowConstants.JOB_KEY, key);
        assertEquals(Map.of("board_key", List.of(board), "key", List.of(key)), onlyRequest().params());
        assertEquals(200, onlyRequest().status());
    }

    @Test
    void toDBuildsTheEndpointPerMessage() {
        // the test boards are numbered upwards from zeros: a leading e is no other test's
        String otherBoard = "e" + board.substring(1);
        sandbox.addBoard(otherBoard, "the other board of " + board);
        String jobA = seedKey();
        String jobB = sandbox.createJob(otherBoard, JSON.createObjectNode().put("name", "Job B")).get("key").asText();

        Job job = template.requestBodyAndHeaders("direct:dynamic", null, Map.of("board", board, "wanted", jobA),
                Job.class);
        assertEquals(jobA, job.getKey());
        assertEquals(Map.of("board_key", List.of(board), "key", List.of(jobA)), lastRequest().params());

        job = template.requestBodyAndHeaders("direct:dynamic", null, Map.of("board", otherBoard, "wanted", jobB),
                Job.class);
        assertEquals(jobB, job.getKey());
        assertEquals(Map.of("board_key", List.of(otherBoard), "key", List.of(jobB)), lastRequest().params());
    }

    @Test
    void hostileReferenceArrivesIntactWithoutExtraParameters() {
        String hostile = "R&D 1/2?x=y#z é+%";
        seed("Data Engineer", hostile);
        Job job = template.requestBodyAndHeader("direct:byHeader", null, HrFlowConstants.JOB_REFERENCE, hostile,
                Job.class);

        RecordedRequest request = onlyRequest();
        assertEquals(Map.of("board_key", List.of(board), "reference", List.of(hostile)), request.params());
        assertFalse(request.rawQuery().contains("#"), request.rawQuery());
        assertEquals(hostile, job.getReference());
    }

    @Test
    void laterExchangeSucceedsAfterAFailure() {
        String key = seedKey();
        sandbox.faults().answerNext(ScriptedAnswer.json(500, "{\"code\":500,\"message\":\"Internal error\"}"));

        CamelExecutionException failure = assertThrows(CamelExecutionException.class,
                () -> template.requestBody("hrflow:job-indexing?boardKey=" + board + "&key=" + key, (Object) null));
        assertInstanceOf(HrFlowApiException.class, failure.getCause());

        Job job = template.requestBody("hrflow:job-indexing?boardKey=" + board + "&key=" + key, (Object) null,
                Job.class);
        assertEquals(key, job.getKey());
        assertEquals(2, sandbox.requestCount());
    }

    @Test
    void parallelExchangesGetTheirOwnJobs() throws Exception {
        int count = 200;
        List<String> keys = new ArrayList<>(sandbox.seedJobs(board, count, 7));
        keys.sort(null);
        // the sandbox answers slowly so that many requests are in flight at once
        sandbox.faults().latency(Duration.ofMillis(5));
        MockEndpoint jobs = getMockEndpoint("mock:jobs");
        jobs.expectedMessageCount(count);

        template.sendBody("direct:parallel", keys);

        jobs.assertIsSatisfied(TimeUnit.SECONDS.toMillis(30));
        List<String> received = new ArrayList<>();
        for (Exchange exchange : jobs.getReceivedExchanges()) {
            Job job = exchange.getMessage().getBody(Job.class);
            // the key that went out with this exchange is the key of the job that came back
            assertEquals(exchange.getMessage().getHeader(HrFlowConstants.JOB_KEY), job.getKey());
            received.add(job.getKey());
        }
        received.sort(null);
        assertEquals(keys, received);
        assertEquals(count, sandbox.requestCount());
    }

    @Test
    void concurrentCallersThroughOneEndpointDoNotMixAnswers() {
        List<String> keys = sandbox.seedJobs(board, 50, 11);
        List<CompletableFuture<Object>> calls = new ArrayList<>();
        for (String key : keys) {
            calls.add(template.asyncRequestBodyAndHeader("direct:byHeader", null, HrFlowConstants.JOB_KEY, key));
        }
        for (int i = 0; i < calls.size(); i++) {
            assertEquals(keys.get(i), ((Job) calls.get(i).join()).getKey());
        }
    }

    @Test
    void bothJobHeadersMeanTheKey() {
        String key = seedKey();
        seed("Another job", "r1");
        Exchange exchange = template.request("hrflow:job-indexing?boardKey=" + board, e -> {
            e.getMessage().setHeader(HrFlowConstants.JOB_KEY, key);
            e.getMessage().setHeader(HrFlowConstants.JOB_REFERENCE, "r1");
        });
        assertNull(exchange.getException());
        assertEquals(key, exchange.getMessage().getBody(Job.class).getKey());
        assertEquals(Map.of("board_key", List.of(board), "key", List.of(key)), onlyRequest().params());
    }

    @ParameterizedTest
    @CsvSource({ "key=mine, CamelHrFlowJobReference, 1", "reference=mine, CamelHrFlowJobKey, 1",
            "throwExceptionOnNotFound=true, CamelHrFlowJobKey, 0" })
    void aJobHeaderWarnsOnlyWhenItReplacesTheEndpointsOwnJob(String option, String header, int warnings) {
        ObjectNode job = seed("Data Engineer", "from-header");
        String value = HrFlowConstants.JOB_KEY.equals(header) ? job.get("key").asText() : "from-header";
        try (LogCapture logs = new LogCapture(Map.of("io.github.camelhrflow", Level.WARN))) {
            template.requestBodyAndHeader("hrflow:job-indexing?boardKey=" + board + "&" + option, null, header,
                    value);
            assertEquals(warnings, logs.lines().stream().filter(line -> line.text().contains("overrides the")).count(),
                    logs.lines().toString());
        }
    }

    @Test
    void aJobHeaderOverridesTheEndpointsOwnJobAndWarnsOnce() {
        String key = seedKey();
        try (LogCapture logs = new LogCapture(Map.of("io.github.camelhrflow", Level.WARN))) {
            for (int i = 0; i < 3; i++) {
                template.requestBodyAndHeader("hrflow:job-indexing?boardKey=" + board + "&reference=mine", null,
                        HrFlowConstants.JOB_KEY, key);
                assertEquals(Map.of("board_key", List.of(board), "key", List.of(key)), lastRequest().params());
            }
            List<LogCapture.Line> warnings = logs.lines().stream()
                    .filter(line -> line.text().contains("overrides the reference option")).toList();
            assertEquals(1, warnings.size(), "warned once per endpoint: " + logs.lines());
            assertTrue(warnings.get(0).text().contains(HrFlowConstants.JOB_KEY), warnings.get(0).text());
            assertTrue(warnings.get(0).text().contains("CamelHrFlowJob*"), warnings.get(0).text());
        }
    }

    @Test
    void secondCallForAnotherJobTakesTheFirstCallsHeadersUnlessRemoved() {
        String firstKey = seed("First job", "REF-1").get("key").asText();
        String otherJob = seedKey();
        String uri = "hrflow:job-indexing?boardKey=" + board;
        Exchange first = template.request(uri, e -> e.getMessage().setHeader(HrFlowConstants.JOB_REFERENCE, "REF-1"));
        assertEquals(firstKey, first.getMessage().getHeader(HrFlowConstants.JOB_KEY));

        // the answer set both headers; headers win over the key option, and of the two headers the key names the job
        Exchange again = template.send(uri + "&key=" + otherJob, first.copy());
        assertNull(again.getException());
        assertEquals(firstKey, again.getMessage().getBody(Job.class).getKey());

        // with the headers gone, the endpoint's own key names the job, as the README says
        Exchange next = first.copy();
        next.getMessage().removeHeaders("CamelHrFlowJob*");
        next = template.send(uri + "&key=" + otherJob, next);
        assertNull(next.getException());
        assertEquals(otherJob, next.getMessage().getBody(Job.class).getKey());
        assertEquals(Map.of("board_key", List.of(board), "key", List.of(otherJob)), lastRequest().params());
    }

    @Test
    void nullReferenceInAnswerRemovesAStaleReferenceHeader() {
        // the seed's board of HrFlow's real 2022 job, whose reference is null
        String board2022 = HrFlowSandbox.SAMPLE_2022_BOARD_KEY;
        Exchange exchange = template.request("hrflow:job-indexing?boardKey=" + board2022 + "&key="
                                             + sandbox.jobKeys(board2022).get(0),
                e -> {
                });
        Job job = exchange.getMessage().getBody(Job.class);
        assertNull(job.getReference());
        assertFalse(exchange.getMessage().getHeaders().containsKey(HrFlowConstants.JOB_REFERENCE));
        assertTrue(exchange.getMessage().getHeaders().containsKey(HrFlowConstants.JOB_KEY));
    }
}
