package io.github.camelhrflow;

import java.net.ServerSocket;
import java.util.Map;

import io.github.camelhrflow.support.HrFlowTestSupport;
import io.github.camelhrflow.support.Samples;
import io.github.camelhrflow.support.ScriptedHttpServer.Reply;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * What an endpoint's producers count, as the dev console shows it: a call HrFlow answered, one it refused, one whose
 * answer was no job, one it never answered, and one that was never sent tell different stories.
 */
class HrFlowProducerStatisticsTest extends HrFlowTestSupport {

    private static final String URI = "hrflow:job-indexing?boardKey=" + BOARD;

    @Test
    void eachOutcomeIsCountedUnderItsOwnName() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        String unreachable = URI + "&baseUrl=http://127.0.0.1:" + closedPort + "/v1";

        call(URI, JOB_KEY);
        server.thenReply(Reply.json(400, Samples.text(Samples.JOB_NOT_FOUND)));
        call(URI, "no-such-job");
        server.thenReply(Reply.json(401, Samples.text(Samples.INVALID_KEY)));
        call(URI, JOB_KEY);
        server.thenReply(Reply.of(200, "text/html", "<html>Login</html>"));
        call(URI, JOB_KEY);
        call(URI, null);
        call(unreachable, JOB_KEY);

        HrFlowProducerStatistics reached = statistics(URI);
        assertEquals(5, reached.getCalls());
        assertEquals(4, reached.getErrors(), "the found job is no error");
        assertEquals(Map.of("400", 1L, "401", 1L, "200", 1L, HrFlowProducerStatistics.NOT_SENT, 1L),
                reached.getErrorsByStatus(),
                "a 200 that is not a job failed the exchange; the call without a key never left the component");
        assertEquals(4, server.requestCount());

        HrFlowProducerStatistics unanswered = statistics(unreachable);
        assertEquals(1, unanswered.getCalls());
        assertEquals(Map.of(HrFlowProducerStatistics.NO_ANSWER, 1L), unanswered.getErrorsByStatus());
    }

    @Test
    void aToleratedMissingJobIsStillCountedUnderHrFlowsStatus() {
        String tolerant = URI + "&throwExceptionOnNotFound=false";
        server.thenReply(Reply.json(400, Samples.text(Samples.JOB_NOT_FOUND)));
        call(tolerant, "no-such-job");
        call(tolerant, JOB_KEY);

        assertEquals(2, statistics(tolerant).getCalls());
        assertEquals(Map.of("400", 1L), statistics(tolerant).getErrorsByStatus());
    }

    @Test
    void errorsByStatusIsACopy() {
        call(URI, null);
        Map<String, Long> before = statistics(URI).getErrorsByStatus();

        call(URI, null);

        assertEquals(Map.of(HrFlowProducerStatistics.NOT_SENT, 1L), before);
        assertEquals(Map.of(HrFlowProducerStatistics.NOT_SENT, 2L), statistics(URI).getErrorsByStatus());
    }

    private void call(String uri, String key) {
        template.request(uri, e -> e.getMessage().setHeader(HrFlowConstants.JOB_KEY, key));
    }

    private HrFlowProducerStatistics statistics(String uri) {
        return context.getEndpoint(uri, HrFlowEndpoint.class).getProducerStatistics();
    }
}
