package io.github.camelhrflow;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.List;
import java.util.Map;

import io.github.camelhrflow.sandbox.ScriptedAnswer;
import io.github.camelhrflow.support.LogCapture;
import io.github.camelhrflow.support.LogCapture.Line;
import io.github.camelhrflow.support.Samples;
import io.github.camelhrflow.support.SandboxTestSupport;
import org.apache.camel.CamelContext;
import org.apache.camel.LoggingLevel;
import org.apache.camel.builder.RouteBuilder;
import org.apache.logging.log4j.Level;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * With every logger at TRACE, Camel's tracer on and a route that logs whole exchanges, a run of successes and
 * failures (a 401 and a 500 that echo the key, a timeout, a job not found, a rate limit redelivered, a refused
 * connection) writes the API key in no log line, from the context's start to its stop.
 * <p>
 * The one exception is Apache HttpClient's wire logging ({@code org.apache.hc.client5.http.headers} and
 * {@code .wire}), which prints raw request headers by design; the README tells users to keep it off in production,
 * and the last test shows why.
 */
class HrFlowLogSecretsTest extends SandboxTestSupport {

    private static final List<String> HTTP_CLIENT_WIRE_LOGGERS = List.of("org.apache.hc.client5.http.headers",
            "org.apache.hc.client5.http.wire");

    private LogCapture logs;
    private String jobKey;

    @Override
    protected void setupResources() throws Exception {
        super.setupResources();
        // before the context exists, so its start, its endpoints and its stop are all seen
        logs = new LogCapture(Map.of("", Level.TRACE, "org.apache.camel", Level.TRACE, "io.github.camelhrflow",
                Level.TRACE, "org.apache.hc", Level.TRACE));
    }

    @Override
    protected void cleanupResources() throws Exception {
        logs.close();
        super.cleanupResources();
    }

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        context.setTracing(true);
        context.setMessageHistory(true);
        return context;
    }

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                errorHandler(defaultErrorHandler().logExhaustedMessageBody(true).logExhaustedMessageHistory(true)
                        .logRetryAttempted(true).retryAttemptedLogLevel(LoggingLevel.WARN));
                onException(HrFlowRateLimitException.class).maximumRedeliveries(1).redeliveryDelay(0);
                from("direct:fetch")
                        .to("log:io.github.camelhrflow.audit?level=INFO&showAll=true")
                        .toD("hrflow:job-indexing?boardKey=${header.board}&key=${header.job}${header.options}")
                        .to("log:io.github.camelhrflow.audit?level=INFO&showAll=true")
                        .log(LoggingLevel.INFO, "got ${body} with ${headers}");
            }
        };
    }

    @Test
    void keyIsInNoLogLineThroughSuccessesAndFailures() throws Exception {
        String apiKey = sandbox.apiKey();
        jobKey = seed("Data Engineer", "ref-1").get("key").asText();
        sandbox.faults().answerNext(
                ScriptedAnswer.asUsual(),
                ScriptedAnswer.json(401,
                        "{\"code\":401,\"message\":\"Unauthorized. Invalid secret key: " + apiKey + "\"}"),
                ScriptedAnswer.of(500, "text/plain", "Internal error while checking key " + apiKey),
                ScriptedAnswer.json(200, Samples.text(Samples.FULL_JOB)).delayedBy(2000),
                ScriptedAnswer.json(400, Samples.text(Samples.JOB_NOT_FOUND)),
                ScriptedAnswer.json(400, Samples.text(Samples.JOB_NOT_FOUND)),
                ScriptedAnswer.json(429, "{\"code\":429,\"message\":\"slow down " + apiKey + "\"}").withHeader(
                        "Retry-After",
                        "0"));

        fetch("");
        fetch("");
        fetch("");
        fetch("&readTimeout=300");
        fetch("");
        fetch("&throwExceptionOnNotFound=false");
        fetch("");
        fetch("&baseUrl=http://127.0.0.1:" + closedPort() + "/v1");
        context.stop();

        List<Line> lines = logs.lines();
        assertTrue(lines.size() > 100, "TRACE logging must be on for this test to mean anything: " + lines.size());
        assertTrue(lines.stream().anyMatch(l -> l.logger().startsWith("io.github.camelhrflow")),
                "the component's own log lines are captured");
        List<Line> leaks = lines.stream().filter(l -> l.text().contains(apiKey))
                .filter(l -> HTTP_CLIENT_WIRE_LOGGERS.stream().noneMatch(l.logger()::startsWith)).toList();
        assertEquals(List.of(), leaks);
        assertEquals(7 + 1, sandbox.requestCount(), "seven exchanges reached the server, one rate limit twice");
    }

    @Test
    void httpClientHeaderLoggingShowsTheKeyWhichIsWhyTheReadmeWarnsAgainstIt() {
        jobKey = seed("Data Engineer", null).get("key").asText();
        fetch("");

        assertTrue(logs.lines().stream().anyMatch(l -> l.logger().startsWith("org.apache.hc.client5.http.headers")
                                                       && l.text().contains("X-API-KEY: " + sandbox.apiKey())),
                "org.apache.hc.client5.http.headers at DEBUG prints the request headers");
    }

    private void fetch(String options) {
        assertNotNull(template.request("direct:fetch", e -> {
            e.getMessage().setHeader("board", board);
            e.getMessage().setHeader("job", jobKey);
            e.getMessage().setHeader("options", options);
        }));
    }

    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
