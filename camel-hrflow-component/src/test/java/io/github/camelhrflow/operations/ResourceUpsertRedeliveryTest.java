package io.github.camelhrflow.operations;

import java.util.List;

import io.github.camelhrflow.HrFlowApiException;
import io.github.camelhrflow.HrFlowConstants;
import io.github.camelhrflow.client.HrFlowResource;
import io.github.camelhrflow.support.SandboxTestSupport;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * The redelivery proof for both resources: a write HrFlow applied but whose answer was lost is redelivered by a plain
 * {@code onException(...).maximumRedeliveries(n)}; upsert finds what the first attempt created and leaves one job or
 * one profile.
 */
class ResourceUpsertRedeliveryTest extends SandboxTestSupport {

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
                from("direct:job").to("hrflow:job-indexing?operation=upsert");
                from("direct:profile").to("hrflow:profile-indexing?operation=upsert");
            }
        };
    }

    @ParameterizedTest
    @EnumSource(HrFlowResource.class)
    void redeliveredUpsertAfterTheServerAppliedItLeavesExactlyOneObject(HrFlowResource resource) {
        String storage = board;
        if (resource == HrFlowResource.PROFILE) {
            storage = "50" + board.substring(2);
            sandbox.addSource(storage, "redelivery");
        }
        String target = storage;
        String body = resource == HrFlowResource.JOB ? "{\"name\":\"Retried\",\"reference\":\"ats-77\"}"
                : "{\"info\":{\"full_name\":\"Retried\",\"email\":\"r@example.com\"},\"text\":\"cv\","
                  + "\"reference\":\"ats-77\"}";
        relay.loseAnswersOfNextWrites(1);

        Exchange exchange = template.request("direct:" + resource.noun(), e -> {
            e.getMessage().setHeader(resource.storageHeader(), target);
            e.getMessage().setBody(body);
        });

        assertNull(exchange.getException());
        assertEquals(1, relay.lostAnswers(), "the first POST's answer was lost after HrFlow stored it");
        List<String> references = resource == HrFlowResource.JOB ? sandbox.jobReferences(target)
                : sandbox.profileReferences(target);
        assertEquals(List.of("ats-77"), references);
        List<String> calls = requests().stream().map(r -> r.method() + " " + r.status()).toList();
        assertEquals(List.of("GET 400", "POST 201", "GET 200"), calls);
        assertEquals("unchanged", exchange.getMessage().getHeader(HrFlowConstants.UPSERT_RESULT));
        assertInstanceOf(resource.modelClass(), exchange.getMessage().getBody());
    }
}
