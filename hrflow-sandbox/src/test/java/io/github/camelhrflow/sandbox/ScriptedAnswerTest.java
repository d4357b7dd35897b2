package io.github.camelhrflow.sandbox;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Scripted answers, queued and from a responder, as a client observes them. */
class ScriptedAnswerTest extends SandboxTestSupport {

    private String demoKey() {
        return sandbox.jobKeys(HrFlowSandbox.DEMO_BOARD_KEY).get(0);
    }

    private HttpResponse<String> getJob() {
        return client.getJob(HrFlowSandbox.DEMO_BOARD_KEY, "key", demoKey());
    }

    @Test
    void queuedAnswersAreGivenOnceEachInOrderThenTheSandboxAnswersAgain() {
        sandbox.faults().answerNext(ScriptedAnswer.json(503, "{\"code\":503}").withHeader("Retry-After", "7"),
                ScriptedAnswer.of(200, "text/html; charset=utf-8", "<html>Sign in</html>"));

        HttpResponse<String> first = getJob();
        HttpResponse<String> second = getJob();
        HttpResponse<String> third = getJob();

        assertEquals(503, first.statusCode());
        assertEquals("{\"code\":503}", first.body());
        assertEquals("application/json", first.headers().firstValue("Content-Type").orElseThrow());
        assertEquals("7", first.headers().firstValue("Retry-After").orElseThrow());
        assertEquals(200, second.statusCode());
        assertEquals("<html>Sign in</html>", second.body());
        assertEquals("text/html; charset=utf-8", second.headers().firstValue("Content-Type").orElseThrow());
        assertEquals(200, third.statusCode());
        assertEquals(demoKey(), SandboxClient.json(third).at("/data/key").asText());
        assertEquals(0, sandbox.faults().queuedAnswers());
        assertEquals(List.of(503, 200, 200), sandbox.requests().stream().map(RecordedRequest::status).toList());
    }

    @Test
    void bodyBytesGoAsGivenAndANullContentTypeSendsNone() {
        byte[] notUtf8 = { '{', (byte) 0xC3, (byte) 0x28, '}' };
        sandbox.faults().answerNext(ScriptedAnswer.of(200, null, notUtf8));

        HttpResponse<byte[]> answer = client.sendForBytes(client.authorized("/job/indexing").GET().build());

        assertArrayEquals(notUtf8, answer.body());
        assertFalse(answer.headers().firstValue("Content-Type").isPresent(), answer.headers().toString());
    }

    @Test
    void anAnswerForAPathWaitsForARequestToThatPath() {
        sandbox.faults().answerNext(ScriptedAnswer.json(500, "{}").forPath("/v1/storing/jobs"));

        assertEquals(200, getJob().statusCode());
        assertEquals(1, sandbox.faults().queuedAnswers());
        assertEquals(500, client.listJobs(HrFlowSandbox.DEMO_BOARD_KEY).statusCode());
        assertEquals(200, client.listJobs(HrFlowSandbox.DEMO_BOARD_KEY).statusCode());
    }

    @Test
    void aScriptedAnswerIsLateByItsDelayAndLoggedOnArrival() {
        sandbox.faults().answerNext(ScriptedAnswer.json(429, "{}").delayedBy(300));

        long start = System.nanoTime();
        assertEquals(429, getJob().statusCode());
        long elapsed = (System.nanoTime() - start) / 1_000_000;

        assertTrue(elapsed >= 300, "took " + elapsed + " ms");
        assertEquals(429, sandbox.requests().get(0).status());
    }

    @Test
    void theUsualAnswerCanBeDelayed() {
        sandbox.faults().answerNext(ScriptedAnswer.asUsual().delayedBy(300));

        long start = System.nanoTime();
        HttpResponse<String> answer = getJob();
        long elapsed = (System.nanoTime() - start) / 1_000_000;

        assertTrue(elapsed >= 300, "took " + elapsed + " ms");
        assertEquals(200, answer.statusCode());
        assertEquals(demoKey(), SandboxClient.json(answer).at("/data/key").asText());
    }

    @Test
    void aStallingAnswerSendsItsHeadersAndHalfItsBodyThenNothing() throws IOException {
        String body = "{\"code\":200,\"message\":\"" + "x".repeat(998) + "\"}";
        sandbox.faults().answerNext(ScriptedAnswer.json(200, body).stallingMidBody());

        try (Socket socket = new Socket(sandbox.host(), sandbox.port())) {
            OutputStream out = socket.getOutputStream();
            out.write(("GET /v1/job/indexing HTTP/1.1\r\nHost: sandbox\r\nX-API-KEY: " + sandbox.apiKey()
                       + "\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            socket.setSoTimeout(1000);
            ByteArrayOutputStream received = new ByteArrayOutputStream();
            InputStream in = socket.getInputStream();
            // the read timeout is what ends the wait: the sandbox neither finishes nor closes
            assertThrows(SocketTimeoutException.class, () -> {
                byte[] buffer = new byte[4096];
                for (int n; (n = in.read(buffer)) >= 0;) {
                    received.write(buffer, 0, n);
                }
            });
            String text = received.toString(StandardCharsets.ISO_8859_1);
            int headersEnd = text.indexOf("\r\n\r\n");
            assertTrue(text.startsWith("HTTP/1.1 200"), text);
            assertTrue(text.toLowerCase().contains("content-length: " + body.length()), text);
            assertEquals(body.substring(0, body.length() / 2), text.substring(headersEnd + 4));
        }
        assertEquals(200, getJob().statusCode(), "other requests are served meanwhile");
    }

    @Test
    void aResponderAnswersEachRequestOrLeavesItToTheSandbox() {
        List<RecordedRequest> seen = new ArrayList<>();
        sandbox.faults().answerWith(request -> {
            seen.add(request);
            return "bad".equals(request.param("key")) ? ScriptedAnswer.of(502, "text/plain", "upstream reset") : null;
        });

        HttpResponse<String> bad = client.getJob(HrFlowSandbox.DEMO_BOARD_KEY, "key", "bad");
        HttpResponse<String> good = getJob();

        assertEquals(502, bad.statusCode());
        assertEquals("upstream reset", bad.body());
        assertEquals(200, good.statusCode());
        assertEquals(2, seen.size());
        RecordedRequest first = seen.get(0);
        assertEquals("/v1/job/indexing", first.path());
        assertEquals(Map.of("board_key", List.of(HrFlowSandbox.DEMO_BOARD_KEY), "key", List.of("bad")),
                first.params());
        assertEquals(RecordedRequest.MASK, first.header("X-API-KEY"), "a responder never sees the key either");
        assertEquals(0, first.status(), "not answered yet");
        assertEquals(List.of(502, 200), sandbox.requests().stream().map(RecordedRequest::status).toList());
    }

    @Test
    void queuedAnswersComeBeforeTheResponderAndBeforeOtherFaults() {
        sandbox.faults().throttleNext(1)
                .answerWith(request -> ScriptedAnswer.json(500, "{}"))
                .answerNext(ScriptedAnswer.json(418, "{}"));

        assertEquals(418, getJob().statusCode());
        assertEquals(500, getJob().statusCode());
        sandbox.faults().answerWith(null);
        assertEquals(429, getJob().statusCode(), "the counted fault waited for an unscripted request");
        assertEquals(200, getJob().statusCode());
    }

    @Test
    void clearRemovesScriptedAnswers() {
        sandbox.faults().answerNext(ScriptedAnswer.json(500, "{}")).answerWith(request -> ScriptedAnswer.json(500,
                "{}"));

        sandbox.faults().clear();

        assertEquals(200, getJob().statusCode());
        assertEquals(0, sandbox.faults().queuedAnswers());
    }

    @Test
    void theClientPortTellsConnectionsApart() {
        getJob();
        getJob();

        List<RecordedRequest> requests = sandbox.requests();
        assertTrue(requests.get(0).clientPort() > 0, requests.toString());
        assertEquals(requests.get(0).clientPort(), requests.get(1).clientPort(), "one kept-alive connection");
    }

    @Test
    void invalidAnswersAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> ScriptedAnswer.json(99, "{}"));
        assertThrows(IllegalArgumentException.class, () -> ScriptedAnswer.json(200, "{}").delayedBy(-1));
        assertNull(ScriptedAnswer.asUsual().response());
    }
}
