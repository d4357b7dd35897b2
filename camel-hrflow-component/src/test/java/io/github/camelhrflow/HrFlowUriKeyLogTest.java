package io.github.camelhrflow;

import java.util.List;
import java.util.Map;

import io.github.camelhrflow.support.LogCapture;
import io.github.camelhrflow.support.LogCapture.Line;
import io.github.camelhrflow.support.SandboxTestSupport;
import org.apache.camel.CamelContext;
import org.apache.logging.log4j.Level;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A key given on the endpoint URI ({@code apiKey=RAW(...)}) is masked wherever Camel logs the URI at DEBUG and above,
 * because the option is marked secret. (At TRACE, Camel core logs raw endpoint URIs and parameters while it creates
 * endpoints, which is why the README says to set the key on the component.)
 */
class HrFlowUriKeyLogTest extends SandboxTestSupport {

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        // a key the sandbox refuses: only the URI's key can get an answer
        context.getComponent("hrflow", HrFlowComponent.class).getConfiguration()
                .setApiKey("askr_component_key_the_sandbox_refuses");
        return context;
    }

    @Test
    void keyOnTheEndpointUriIsMaskedInLogsAtDebug() throws Exception {
        String uriKey = sandbox.apiKey();
        String jobKey = seed("Data Engineer", null).get("key").asText();
        List<Line> lines;
        try (LogCapture logs = new LogCapture(Map.of("", Level.DEBUG, "org.apache.camel", Level.DEBUG,
                "io.github.camelhrflow", Level.DEBUG))) {
            String uri = "hrflow:job-indexing?boardKey=" + board + "&key=" + jobKey + "&apiKey=RAW(" + uriKey + ")";
            template.request(uri, e -> {
            });
            template.request(uri + "&readTimeout=1", e -> {
            });
            context.stop();
            lines = logs.lines();
        }

        assertTrue(lines.stream().anyMatch(l -> l.text().contains("apiKey=xxxxxx")),
                "Camel logs the endpoint URI at DEBUG, masked");
        assertEquals(List.of(), lines.stream().filter(l -> l.text().contains(uriKey))
                .filter(l -> !l.logger().startsWith("org.apache.hc.client5.http.")).toList());
        assertEquals(200, requests().get(0).status(), "the URI's key reached HrFlow: the component's is refused");
    }
}
