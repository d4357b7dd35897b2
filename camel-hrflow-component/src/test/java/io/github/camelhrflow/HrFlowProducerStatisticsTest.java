package io.github.camelhrflow;

import java.net.ServerSocket;
import java.util.Map;

import io.github.camelhrflow.sandbox.ScriptedAnswer;
import io.github.camelhrflow.support.Samples;
import io.github.camelhrflow.support.SandboxTestSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * What an endpoint's producers count, as the dev console shows it: a call HrFlow answered, one it refused, one whose
 * answer was no job, one it never answered, and one that was never sent tell different stories.
 */
class HrFlowProducerStatisticsTest extends SandboxTestSupport {

    private String uri;
    private String jobKey;

    @BeforeEach
    void seedJob() {
        uri = "hrflow:job-indexing?boardKey=" + board;
        jobKey = seed("Data Engineer", null).get("key").asText();
    }

    @Test
    void eachOutcomeIsCountedUnderItsOwnName() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        String unreachable = uri + "&baseUrl=http://127.0.0.1:" + closedPort + "/v1";

        call(uri, jobKey);
        // the sandbox's own answer to a job it does not hold
        call(uri, "no-such-job");
        sandbox.faults().answerNext(ScriptedAnswer.json(401, Samples.text(Samples.INVALID_KEY)));
        call(uri, jobKey);
        sandbox.faults().answerNext(ScriptedAnswer.of(200, "text/html", "<html>Login</html>"));
        call(uri, jobKey);
        call(uri, null);
        call(unreachable, jobKey);

        HrFlowProducerStatistics reached = statistics(uri);
        assertEquals(5, reached.getCalls());
        assertEquals(4, reached.getErrors(), "the found job is no error");
        assertEquals(Map.of("400", 1L, "401", 1L, "200", 1L, HrFlowProducerStatistics.NOT_SENT, 1L),
                reached.getErrorsByStatus(),
                "a 200 that is not a job failed the exchange; the call without a key never left the component");
        assertEquals(4, sandbox.requestCount());

        HrFlowProducerStatistics unanswered = statistics(unreachable);
        assertEquals(1, unanswered.getCalls());
        assertEquals(Map.of(HrFlowProducerStatistics.NO_ANSWER, 1L), unanswered.getErrorsByStatus());
    }

    @Test
    void aToleratedMissingJobIsStillCountedUnderHrFlowsStatus() {
        String tolerant = uri + "&throwExceptionOnNotFound=false";
        call(tolerant, "no-such-job");
        call(tolerant, jobKey);

        assertEquals(2, statistics(tolerant).getCalls());
        assertEquals(Map.of("400", 1L), statistics(tolerant).getErrorsByStatus());
    }

    @Test
    void errorsByStatusIsACopy() {
        call(uri, null);
        Map<String, Long> before = statistics(uri).getErrorsByStatus();

        call(uri, null);

        assertEquals(Map.of(HrFlowProducerStatistics.NOT_SENT, 1L), before);
        assertEquals(Map.of(HrFlowProducerStatistics.NOT_SENT, 2L), statistics(uri).getErrorsByStatus());
    }

    private void call(String uri, String key) {
        template.request(uri, e -> e.getMessage().setHeader(HrFlowConstants.JOB_KEY, key));
    }

    private HrFlowProducerStatistics statistics(String uri) {
        return context.getEndpoint(uri, HrFlowEndpoint.class).getProducerStatistics();
    }
}
