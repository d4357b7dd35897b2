package io.github.camelhrflow.operations;

import java.util.List;

import io.github.camelhrflow.HrFlowApiException;
import io.github.camelhrflow.HrFlowConstants;
import io.github.camelhrflow.model.Job;
import io.github.camelhrflow.sandbox.RecordedRequest;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
        // lookup (not found), POST (applied, answer lost), lookup (found), PUT with the found key
        assertEquals(List.of("GET 400", "POST 201", "GET 200", "PUT 200"), calls);
        RecordedRequest put = requests().get(3);
        assertEquals(sandbox.jobKeys(board).get(0), put.json().get("key").asText());
        assertEquals("updated", exchange.getMessage().getHeader(HrFlowConstants.UPSERT_RESULT));
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
    void anUpsertWhoseWritesAllFailNamesThePostThatFailed() {
        relay.loseAnswersOfNextWrites(3);

        Exchange exchange = template.request("direct:upsert", e -> {
            e.getMessage().setHeader(HrFlowConstants.BOARD_KEY, board);
            e.getMessage().setBody("{\"name\":\"Doomed\",\"reference\":\"ats-78\"}");
        });

        HrFlowApiException failure = assertInstanceOf(HrFlowApiException.class, exchange.getException());
        assertEquals(500, failure.getStatusCode());
        // the first attempt POSTed; the redeliveries found its job and PUT
        assertTrue(failure.getMessage().contains("PUT " + relay.baseUrl() + "/job/indexing (edit job)"),
                failure.getMessage());
        assertEquals(List.of("ats-78"), sandbox.jobReferences(board));
        assertEquals(500, exchange.getMessage().getHeader(HrFlowConstants.RESPONSE_CODE));
    }
}
