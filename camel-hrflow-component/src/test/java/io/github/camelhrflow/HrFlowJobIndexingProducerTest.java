package io.github.camelhrflow;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import io.github.camelhrflow.model.Job;
import io.github.camelhrflow.support.HrFlowTestSupport;
import io.github.camelhrflow.support.LogCapture;
import io.github.camelhrflow.support.Samples;
import io.github.camelhrflow.support.ScriptedHttpServer.Reply;
import io.github.camelhrflow.support.ScriptedHttpServer.Request;
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

class HrFlowJobIndexingProducerTest extends HrFlowTestSupport {

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:byHeader").to("hrflow:job-indexing?boardKey=" + BOARD);
                from("direct:dynamic").toD("hrflow:job-indexing?boardKey=${header.board}&key=${header.wanted}");
                from("direct:parallel").split(body()).parallelProcessing().executorService(
                        context.getExecutorServiceManager().newFixedThreadPool(this, "parallel", 32))
                        .setHeader(HrFlowConstants.JOB_KEY, body())
                        .to("hrflow:job-indexing?boardKey=" + BOARD)
                        .to("mock:jobs");
            }
        };
    }

    @Test
    void getsJobByReference() {
        Exchange exchange = template.request("hrflow:job-indexing?boardKey=" + BOARD + "&reference=REF-42", e -> {
        });

        Job job = exchange.getMessage().getBody(Job.class);
        assertEquals("REF-42", job.getReference());
        assertEquals("REF-42", exchange.getMessage().getHeader(HrFlowConstants.JOB_REFERENCE));
        assertEquals(Map.of("board_key", List.of(BOARD), "reference", List.of("REF-42")),
                server.lastRequest().params());
    }

    @Test
    void sendsCredentialsAndAcceptHeaders() {
        template.requestBody("hrflow:job-indexing?boardKey=" + BOARD + "&key=" + JOB_KEY, (Object) null);

        Request request = server.lastRequest();
        assertEquals(API_KEY, request.header("X-API-KEY"));
        assertEquals(USER_EMAIL, request.header("X-USER-EMAIL"));
        assertEquals("application/json", request.header("Accept"));
    }

    @Test
    void endpointOptionsOverrideComponentOnes() {
        template.requestBody("hrflow:job-indexing?boardKey=" + BOARD + "&key=" + JOB_KEY
                             + "&apiKey=RAW(askr_endpoint+key&1)&userEmail=other@example.com",
                (Object) null);
        assertEquals("askr_endpoint+key&1", server.lastRequest().header("X-API-KEY"));
        assertEquals("other@example.com", server.lastRequest().header("X-USER-EMAIL"));

        // the component's defaults are untouched by the endpoint above
        template.requestBody("hrflow:job-indexing?boardKey=" + BOARD + "&key=" + JOB_KEY, (Object) null);
        assertEquals(API_KEY, server.lastRequest().header("X-API-KEY"));
        assertEquals(USER_EMAIL, server.lastRequest().header("X-USER-EMAIL"));
    }

    @Test
    void headersOverrideEndpointOptions() {
        Exchange exchange = template.request("hrflow:job-indexing?boardKey=board-from-uri&key=key-from-uri", e -> {
            e.getMessage().setHeader(HrFlowConstants.BOARD_KEY, "board-from-header");
            e.getMessage().setHeader(HrFlowConstants.JOB_REFERENCE, "ref-from-header");
        });

        assertEquals(Map.of("board_key", List.of("board-from-header"), "reference", List.of("ref-from-header")),
                server.lastRequest().params());
        assertEquals("ref-from-header", exchange.getMessage().getBody(Job.class).getReference());
    }

    @Test
    void keyHeaderAloneIdentifiesTheJob() {
        template.sendBodyAndHeader("direct:byHeader", null, HrFlowConstants.JOB_KEY, "key-from-header");
        assertEquals(Map.of("board_key", List.of(BOARD), "key", List.of("key-from-header")),
                server.lastRequest().params());
    }

    @Test
    void toDBuildsTheEndpointPerMessage() {
        Job job = template.requestBodyAndHeaders("direct:dynamic", null,
                Map.of("board", "board-a", "wanted", "job-a"), Job.class);
        assertEquals("job-a", job.getKey());
        assertEquals(Map.of("board_key", List.of("board-a"), "key", List.of("job-a")), server.lastRequest().params());

        template.requestBodyAndHeaders("direct:dynamic", null, Map.of("board", "board-b", "wanted", "job-b"));
        assertEquals(Map.of("board_key", List.of("board-b"), "key", List.of("job-b")), server.lastRequest().params());
    }

    @Test
    void hostileReferenceArrivesIntactWithoutExtraParameters() {
        String hostile = "R&D 1/2?x=y#z é+%";
        Job job = template.requestBodyAndHeader("direct:byHeader", null, HrFlowConstants.JOB_REFERENCE, hostile,
                Job.class);

        Request request = server.lastRequest();
        assertEquals(Map.of("board_key", List.of(BOARD), "reference", List.of(hostile)), request.params());
        assertFalse(request.rawQuery().contains("#"), request.rawQuery());
        assertEquals(hostile, job.getReference());
    }

    @Test
    void laterExchangeSucceedsAfterAFailure() {
        server.thenReply(Reply.json(500, "{\"code\":500,\"message\":\"Internal error\"}"));

        CamelExecutionException failure = assertThrows(CamelExecutionException.class,
                () -> template.requestBody("hrflow:job-indexing?boardKey=" + BOARD + "&key=" + JOB_KEY, (Object) null));
        assertInstanceOf(HrFlowApiException.class, failure.getCause());

        Job job = template.requestBody("hrflow:job-indexing?boardKey=" + BOARD + "&key=" + JOB_KEY, (Object) null,
                Job.class);
        assertEquals(JOB_KEY, job.getKey());
        assertEquals(2, server.requestCount());
    }

    @Test
    void parallelExchangesGetTheirOwnJobs() throws Exception {
        int count = 200;
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            keys.add(String.format("%040x", i));
        }
        // the server answers slowly so that many requests are in flight at once
        server.respondWith(request -> echoJob(request).delayedBy(5));
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
        assertEquals(count, server.requestCount());
    }

    @Test
    void concurrentCallersThroughOneEndpointDoNotMixAnswers() {
        List<CompletableFuture<Object>> calls = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            calls.add(template.asyncRequestBodyAndHeader("direct:byHeader", null, HrFlowConstants.JOB_KEY, "k" + i));
        }
        for (int i = 0; i < calls.size(); i++) {
            assertEquals("k" + i, ((Job) calls.get(i).join()).getKey());
        }
    }

    @Test
    void bothJobHeadersMeanTheKey() {
        Exchange exchange = template.request("hrflow:job-indexing?boardKey=" + BOARD, e -> {
            e.getMessage().setHeader(HrFlowConstants.JOB_KEY, "k1");
            e.getMessage().setHeader(HrFlowConstants.JOB_REFERENCE, "r1");
        });
        assertNull(exchange.getException());
        assertEquals(Map.of("board_key", List.of(BOARD), "key", List.of("k1")), server.lastRequest().params());
    }

    @ParameterizedTest
    @CsvSource({ "key=mine, CamelHrFlowJobReference, 1", "reference=mine, CamelHrFlowJobKey, 1",
            "throwExceptionOnNotFound=true, CamelHrFlowJobKey, 0" })
    void aJobHeaderWarnsOnlyWhenItReplacesTheEndpointsOwnJob(String option, String header, int warnings) {
        try (LogCapture logs = new LogCapture(Map.of("io.github.camelhrflow", Level.WARN))) {
            template.requestBodyAndHeader("hrflow:job-indexing?boardKey=" + BOARD + "&" + option, null, header,
                    "from-header");
            assertEquals(warnings, logs.lines().stream().filter(line -> line.text().contains("overrides the")).count(),
                    logs.lines().toString());
        }
    }

    @Test
    void aJobHeaderOverridesTheEndpointsOwnJobAndWarnsOnce() {
        try (LogCapture logs = new LogCapture(Map.of("io.github.camelhrflow", Level.WARN))) {
            for (int i = 0; i < 3; i++) {
                template.requestBodyAndHeader("hrflow:job-indexing?boardKey=" + BOARD + "&reference=mine", null,
                        HrFlowConstants.JOB_KEY, "from-header");
                assertEquals(Map.of("board_key", List.of(BOARD), "key", List.of("from-header")),
                        server.lastRequest().params());
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
        String uri = "hrflow:job-indexing?boardKey=" + BOARD;
        Exchange first = template.request(uri, e -> e.getMessage().setHeader(HrFlowConstants.JOB_REFERENCE, "REF-1"));
        assertEquals(JOB_KEY, first.getMessage().getHeader(HrFlowConstants.JOB_KEY));

        // the answer set both headers; headers win over the key option, and of the two headers the key names the job
        Exchange again = template.send(uri + "&key=other-job", first.copy());
        assertNull(again.getException());
        assertEquals(JOB_KEY, again.getMessage().getBody(Job.class).getKey());

        // with the headers gone, the endpoint's own key names the job, as the README says
        Exchange next = first.copy();
        next.getMessage().removeHeaders("CamelHrFlowJob*");
        next = template.send(uri + "&key=other-job", next);
        assertNull(next.getException());
        assertEquals("other-job", next.getMessage().getBody(Job.class).getKey());
        assertEquals(Map.of("board_key", List.of(BOARD), "key", List.of("other-job")), server.lastRequest().params());
    }

    @Test
    void nullReferenceInAnswerRemovesAStaleReferenceHeader() {
        server.respondWith(request -> Reply.json(200, Samples.text(Samples.NULL_REFERENCE_JOB)));
        Exchange exchange = template.request("hrflow:job-indexing?boardKey=" + BOARD + "&key=" + JOB_KEY, e -> {
        });
        Job job = exchange.getMessage().getBody(Job.class);
        assertNull(job.getReference());
        assertFalse(exchange.getMessage().getHeaders().containsKey(HrFlowConstants.JOB_REFERENCE));
        assertTrue(exchange.getMessage().getHeaders().containsKey(HrFlowConstants.JOB_KEY));
    }
}
