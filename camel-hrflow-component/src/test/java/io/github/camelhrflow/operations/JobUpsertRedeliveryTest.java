package io.github.camelhrflow.operations;

import java.util.List;

import io.github.camelhrflow.HrFlowApiException;
import io.github.camelhrflow.HrFlowConstants;
import io.github.camelhrflow.model.Job;
import io.github.camelhrflow.support.SandboxTestSupport;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * A write that HrFlow applied but whose answer the client never saw is redelivered by a plain
 * {@code onException(...).maximumRedeliveries(n)}: upsert finds what the first attempt created and leaves one job;
 * index, for contrast, creates a second one.
 */
class JobUpsertRedeliveryTest extends SandboxTestSupport {

    private static AnswerLosingRelay relay;

    @BeforeAll
    static void startRelay() {
        relay = new AnswerLosingRelay(sandbox.baseUrl());
    }

    @AfterAll
    static void stopRelay() {
        relay.close();
    }

    @Override
    protected String baseUrl() {
        return relay.baseUrl();
    }

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                onException(HrFlowApiException.class)
                        .onWhen(simple("${exception.statusCode} >= 500"))
                        .maximumRedeliveries(2).redeliveryDelay(0);
                from("direct:upsert").to("hrflow:job-indexing?operation=upsert");
                from("direct:index").to("hrflow:job-indexing?operation=index");
            }
        };
    }

    @Test
    void redeliveredUpsertAfterTheServerAppliedItLeavesExactlyOneJob() {
        relay.loseAnswersOfNextWrites(1);

        Exchange exchange = template.request("direct:upsert", e -> {
            e.getMessage().setHeader(HrFlowConstants.BOARD_KEY, board);
            e.getMessage().setBody("{\"name\":\"Retried\",\"reference\":\"ats-77\"}");
        });

        assertNull(exchange.getException());
        assertEquals(1, relay.lostAnswers(), "the first POST's answer was lost after HrFlow stored the job");
        assertEquals(List.of("ats-77"), sandbox.jobReferences(board));
        List<String> calls = requests().stream().map(r -> r.method() + " " + r.status()).toList();
        // lookup (not found), POST (applied, answer lost), lookup (found, with the body's content): no second write
        assertEquals(List.of("GET 400", "POST 201", "GET 200"), calls);
        assertEquals("unchanged", exchange.getMessage().getHeader(HrFlowConstants.UPSERT_RESULT));
        assertEquals(sandbox.jobKeys(board).get(0), exchange.getMessage().getBody(Job.class).getKey());
    }

    @Test
    void redeliveredIndexOfAJobWithoutReferenceCreatesASecondJob() {
        relay.loseAnswersOfNextWrites(1);

        Exchange exchange = template.request("direct:index", e -> {
            e.getMessage().setHeader(HrFlowConstants.BOARD_KEY, board);
            e.getMessage().setBody("{\"name\":\"Retried\"}");
        });

        assertNull(exchange.getException());
        assertEquals(2, sandbox.jobKeys(board).size(), "why the README advises upsert for retried writes");
    }

    @Test
    void aRedeliveredUpsertWhoseFirstAnswerWasLostFindsTheJobWrittenAndWritesNothingMore() {
        relay.loseAnswersOfNextWrites(3);

        Exchange exchange = template.request("direct:upsert", e -> {
            e.getMessage().setHeader(HrFlowConstants.BOARD_KEY, board);
            e.getMessage().setBody("{\"name\":\"Doomed\",\"reference\":\"ats-78\"}");
        });

        // the first attempt POSTed (its answer lost); the redelivery found its job, already with the body's content
        assertNull(exchange.getException());
        assertEquals(1, relay.lostAnswers());
        assertEquals(List.of("ats-78"), sandbox.jobReferences(board));
        assertEquals("unchanged", exchange.getMessage().getHeader(HrFlowConstants.UPSERT_RESULT));
        assertEquals(200, exchange.getMessage().getHeader(HrFlowConstants.RESPONSE_CODE));
    }

    @Test
    void aRedeliveredUpsertWhosePutWasAppliedIsNotWrittenAgain() {
        String key = sandbox.createJob(board, JSON.createObjectNode().put("name", "Old").put("reference", "ats-79"))
                .get("key").asText();
        relay.loseAnswersOfNextWrites(3);

        Exchange exchange = template.request("direct:upsert", e -> {
            e.getMessage().setHeader(HrFlowConstants.BOARD_KEY, board);
            e.getMessage().setBody("{\"name\":\"New\",\"reference\":\"ats-79\"}");
        });

        // the first PUT applied (answer lost); the redeliveries then find the job unchanged
        assertNull(exchange.getException());
        assertEquals("unchanged", exchange.getMessage().getHeader(HrFlowConstants.UPSERT_RESULT));
        assertEquals(List.of(key), sandbox.jobKeys(board));
        assertEquals("New", sandbox.store().jobByKey(board, key).orElseThrow().get("name").asText());
    }
}
