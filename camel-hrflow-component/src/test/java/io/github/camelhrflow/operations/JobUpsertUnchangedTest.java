package io.github.camelhrflow.operations;

import java.util.List;

import io.github.camelhrflow.HrFlowConstants;
import io.github.camelhrflow.model.Job;
import io.github.camelhrflow.sandbox.RecordedRequest;
import io.github.camelhrflow.support.SandboxTestSupport;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * {@code upsert} of a job whose content HrFlow already stores sends no write: the lookup by reference is the only
 * request, {@code updated_at} stays, the board's history gains no version, and the answer is the stored job with
 * {@code CamelHrFlowUpsertResult=unchanged}. Against the sandbox, over real HTTP.
 */
class JobUpsertUnchangedTest extends SandboxTestSupport {

    /** A job as an ATS export makes it: only the fields it knows, a number in a range. */
    private static final String CSV_JOB = """
            {"reference":"ats-7","name":"Data Engineer","summary":"Pipelines.",
             "location":{"text":"Paris"},
             "skills":[{"name":"SQL","type":"hard","value":null}],
             "ranges_float":[{"name":"salary","value_min":45000,"value_max":60000,"unit":"EUR"}]}""";

    private String uri() {
        return "hrflow:job-indexing?operation=upsert&boardKey=" + board;
    }

    @Test
    void theSameJobTwiceIsWrittenOnce() {
        Exchange first = template.request(uri(), e -> e.getMessage().setBody(CSV_JOB));
        assertNull(first.getException());
        assertEquals("created", first.getMessage().getHeader(HrFlowConstants.UPSERT_RESULT));
        String key = first.getMessage().getHeader(HrFlowConstants.JOB_KEY, String.class);
        String updatedAt = sandbox.store().jobByKey(board, key).orElseThrow().get("updated_at").asText();
        int versions = sandbox.history(board).size();
        sandbox.clearRequests();

        Exchange second = template.request(uri(), e -> e.getMessage().setBody(CSV_JOB));

        assertNull(second.getException());
        List<RecordedRequest> requests = requests();
        assertEquals(List.of("GET"), requests.stream().map(RecordedRequest::method).toList(),
                "only the lookup by reference: " + requests);
        assertEquals("unchanged", second.getMessage().getHeader(HrFlowConstants.UPSERT_RESULT));
        assertEquals(key, second.getMessage().getHeader(HrFlowConstants.JOB_KEY));
        assertEquals("ats-7", second.getMessage().getHeader(HrFlowConstants.JOB_REFERENCE));
        assertEquals(200, second.getMessage().getHeader(HrFlowConstants.RESPONSE_CODE));
        Job answer = second.getMessage().getBody(Job.class);
        assertEquals(key, answer.getKey(), "the body is the stored job");
        assertEquals(updatedAt, answer.getUpdatedAt());
        assertEquals(updatedAt, sandbox.store().jobByKey(board, key).orElseThrow().get("updated_at").asText());
        assertEquals(versions, sandbox.history(board).size(), "no new version for a board consumer to see");
    }

    @Test
    void aChangedFieldIsStillWritten() {
        template.request(uri(), e -> e.getMessage().setBody(CSV_JOB));
        sandbox.clearRequests();

        Exchange changed = template.request(uri(),
                e -> e.getMessage().setBody(CSV_JOB.replace("\"Pipelines.\"", "\"Pipelines and dashboards.\"")));

        assertNull(changed.getException());
        assertEquals(List.of("GET", "PUT"), requests().stream().map(RecordedRequest::method).toList());
        assertEquals("updated", changed.getMessage().getHeader(HrFlowConstants.UPSERT_RESULT));
        assertEquals("Pipelines and dashboards.",
                sandbox.store().jobByReference(board, "ats-7").orElseThrow().get("summary").asText());
    }

    @Test
    void aChangedNumberADroppedFieldAndAReorderedListAreChanges() {
        template.request(uri(), e -> e.getMessage().setBody(CSV_JOB));
        for (String body : List.of(CSV_JOB.replace("45000", "46000"),
                CSV_JOB.replace("\"summary\":\"Pipelines.\",", ""),
                CSV_JOB.replace("[{\"name\":\"SQL\",\"type\":\"hard\",\"value\":null}]",
                        "[{\"name\":\"SQL\",\"type\":\"hard\",\"value\":null},{\"name\":\"Go\",\"type\":\"hard\"}]"))) {
            sandbox.clearRequests();
            Exchange exchange = template.request(uri(), e -> e.getMessage().setBody(body));
            assertNull(exchange.getException());
            assertEquals("updated", exchange.getMessage().getHeader(HrFlowConstants.UPSERT_RESULT), body);
            assertEquals(List.of("GET", "PUT"), requests().stream().map(RecordedRequest::method).toList(), body);
        }
    }

    @Test
    void numbersCompareByValueAndNullEqualsMissing() {
        template.request(uri(), e -> e.getMessage().setBody(CSV_JOB));
        sandbox.clearRequests();
        // 45000.0 is 45000; an explicit null summary-less field, and a skill value left out, are no change
        String same = CSV_JOB.replace("45000", "45000.0").replace("60000", "6e4")
                .replace(",\"value\":null", "").replace("\"name\":\"Data Engineer\"",
                        "\"name\":\"Data Engineer\",\"url\":null,\"tags\":[]");

        Exchange exchange = template.request(uri(), e -> e.getMessage().setBody(same));

        assertNull(exchange.getException());
        assertEquals("unchanged", exchange.getMessage().getHeader(HrFlowConstants.UPSERT_RESULT));
        assertEquals(List.of("GET"), requests().stream().map(RecordedRequest::method).toList());
    }

    @Test
    void aJobReadFromHrFlowAndSentBackAsIsIsUnchanged() {
        String key = template.request(uri(), e -> e.getMessage().setBody(CSV_JOB)).getMessage()
                .getHeader(HrFlowConstants.JOB_KEY, String.class);
        Job read = template.requestBody("hrflow:job-indexing?boardKey=" + board + "&key=" + key, null, Job.class);
        sandbox.clearRequests();

        // key, id, board, board_key and the times come from HrFlow: they are not the job's content
        read.setKey("some-other-key");
        Exchange exchange = template.request(uri(), e -> e.getMessage().setBody(read));

        assertNull(exchange.getException());
        assertEquals("unchanged", exchange.getMessage().getHeader(HrFlowConstants.UPSERT_RESULT));
        assertEquals(key, exchange.getMessage().getHeader(HrFlowConstants.JOB_KEY));
        assertNotEquals("PUT", requests().get(requests().size() - 1).method());
    }
}
