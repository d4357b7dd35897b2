package io.github.camelhrflow.operations;

import java.util.List;

import io.github.camelhrflow.HrFlowConstants;
import io.github.camelhrflow.model.Job;
import io.github.camelhrflow.sandbox.RecordedRequest;
import io.github.camelhrflow.support.SandboxTestSupport;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The headers one hrflow call sets ({@code CamelHrFlowJobKey}, {@code CamelHrFlowJobReference}) name the same job for
 * the next call, since headers win over options: a get by reference followed by an archive needs no header juggling.
 */
class JobChainTest extends SandboxTestSupport {

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:retire")
                        .to("hrflow:job-indexing")
                        .to("hrflow:job-indexing?operation=archive");
            }
        };
    }

    @Test
    void getByReferenceThenArchiveArchivesThatJobAndOnlyIt() {
        String before = seed("Neighbour before", "ref-a").get("key").asText();
        String target = seed("To retire", "ref-b").get("key").asText();
        String after = seed("Neighbour after", "ref-c").get("key").asText();

        Exchange exchange = template.request("direct:retire", e -> {
            e.getMessage().setHeader(HrFlowConstants.BOARD_KEY, board);
            e.getMessage().setHeader(HrFlowConstants.JOB_REFERENCE, "ref-b");
        });

        assertNull(exchange.getException());
        List<RecordedRequest> requests = requests();
        assertEquals(2, requests.size(), requests.toString());
        assertEquals("GET", requests.get(0).method());
        assertEquals("ref-b", requests.get(0).param("reference"));
        assertEquals("PATCH", requests.get(1).method());
        assertEquals(target, requests.get(1).json().get("key").asText(), "the key the get returned names the job");
        assertTrue(requests.get(1).json().path("reference").isMissingNode(), requests.get(1).body());

        assertTrue(archived(target));
        assertEquals(List.of(false, false), List.of(archived(before), archived(after)));
        // the body is still the job the get returned
        assertEquals(target, exchange.getMessage().getBody(Job.class).getKey());
        assertEquals(target, exchange.getMessage().getHeader(HrFlowConstants.JOB_KEY));
        assertEquals(200, exchange.getMessage().getHeader(HrFlowConstants.RESPONSE_CODE));
    }

    private boolean archived(String key) {
        return !sandbox.store().jobByKey(board, key).orElseThrow().path("archived_at").isNull();
    }
}
