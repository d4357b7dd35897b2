package io.github.camelhrflow.support;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.camelhrflow.HrFlowComponent;
import io.github.camelhrflow.sandbox.HrFlowSandbox;
import io.github.camelhrflow.sandbox.RecordedRequest;
import org.apache.camel.CamelContext;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A CamelContext whose {@code hrflow} component talks to an embedded {@link HrFlowSandbox} (one per test class, on a
 * free loopback port). Each test gets a board of its own, so what one test writes never shows in another.
 */
public abstract class SandboxTestSupport extends CamelTestSupport {

    protected static final ObjectMapper JSON = new ObjectMapper();
    private static final AtomicInteger BOARDS = new AtomicInteger();

    protected static HrFlowSandbox sandbox;

    /** This test's own, empty board. */
    protected String board;

    @BeforeAll
    static void startSandbox() {
        sandbox = HrFlowSandbox.builder().build().start();
    }

    @AfterAll
    static void stopSandbox() {
        if (sandbox != null) {
            sandbox.close();
        }
    }

    @BeforeEach
    void freshBoard() {
        board = String.format("%040x", 0xb0a4d000L + BOARDS.incrementAndGet());
        sandbox.addBoard(board, "test board " + board);
        sandbox.faults().clear();
        sandbox.clearRequests();
    }

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        HrFlowComponent hrflow = new HrFlowComponent();
        hrflow.getConfiguration().setApiKey(sandbox.apiKey());
        hrflow.getConfiguration().setUserEmail(sandbox.userEmail());
        hrflow.getConfiguration().setBaseUrl(baseUrl());
        hrflow.getConfiguration().setReadTimeout(5000);
        context.addComponent("hrflow", hrflow);
        return context;
    }

    /** Where the component sends its calls; tests that put a relay in front of the sandbox override it. */
    protected String baseUrl() {
        return sandbox.baseUrl();
    }

    protected static ObjectNode json(String text) {
        try {
            return (ObjectNode) JSON.readTree(text);
        } catch (Exception e) {
            throw new IllegalArgumentException(text, e);
        }
    }

    /** A job created in the board without HTTP; the request log does not show it. */
    protected ObjectNode seed(String name, String reference) {
        ObjectNode job = JSON.createObjectNode().put("name", name);
        if (reference != null) {
            job.put("reference", reference);
        }
        return sandbox.createJob(board, job);
    }

    protected static List<RecordedRequest> requests() {
        return sandbox.requests();
    }

    protected static RecordedRequest onlyRequest() {
        List<RecordedRequest> requests = sandbox.requests();
        assertEquals(1, requests.size(), "requests: " + requests);
        return requests.get(0);
    }

    protected static void assertNoRequest() {
        assertEquals(0, sandbox.requestCount(), "no request may reach HrFlow: " + sandbox.requests());
    }

    /** The credential and content headers every call carries; the sandbox masks the key it records. */
    protected static void assertCallHeaders(RecordedRequest request, boolean withBody) {
        assertEquals(RecordedRequest.MASK, request.header("X-API-KEY"), "the key is sent (and masked in the log)");
        assertEquals(sandbox.userEmail(), request.header("X-USER-EMAIL"));
        assertEquals("application/json", request.header("Accept"));
        if (withBody) {
            String contentType = request.header("Content-Type");
            assertEquals("application/json", contentType == null ? null : contentType.split(";")[0].trim(),
                    "Content-Type: " + contentType);
        }
    }
}
