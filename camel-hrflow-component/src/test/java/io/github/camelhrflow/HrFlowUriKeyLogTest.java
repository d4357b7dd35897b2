package io.github.camelhrflow;

import java.util.List;
import java.util.Map;

import io.github.camelhrflow.support.HrFlowTestSupport;
import io.github.camelhrflow.support.LogCapture;
import io.github.camelhrflow.support.LogCapture.Line;
import org.apache.logging.log4j.Level;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A key given on the endpoint URI ({@code apiKey=RAW(...)}) is masked wherever Camel logs the URI at DEBUG and above,
 * because the option is marked secret. (At TRACE, Camel core logs raw endpoint URIs and parameters while it creates
 * endpoints, which is why the README says to set the key on the component.)
 */
class HrFlowUriKeyLogTest extends HrFlowTestSupport {

    private static final String URI_KEY = "askr_on_the_uri_0123456789abcdef";

    @Test
    void keyOnTheEndpointUriIsMaskedInLogsAtDebug() throws Exception {
        List<Line> lines;
        try (LogCapture logs = new LogCapture(Map.of("", Level.DEBUG, "org.apache.camel", Level.DEBUG,
                "io.github.camelhrflow", Level.DEBUG))) {
            String uri = "hrflow:job-indexing?boardKey=" + BOARD + "&key=" + JOB_KEY + "&apiKey=RAW(" + URI_KEY + ")";
            template.request(uri, e -> {
            });
            template.request(uri + "&readTimeout=1", e -> {
            });
            context.stop();
            lines = logs.lines();
        }

        assertTrue(lines.stream().anyMatch(l -> l.text().contains("apiKey=xxxxxx")),
                "Camel logs the endpoint URI at DEBUG, masked");
        assertEquals(List.of(), lines.stream().filter(l -> l.text().contains(URI_KEY))
                .filter(l -> !l.logger().startsWith("org.apache.hc.client5.http.")).toList());
        assertEquals(URI_KEY, server.lastRequest().header("X-API-KEY"));
    }
}
