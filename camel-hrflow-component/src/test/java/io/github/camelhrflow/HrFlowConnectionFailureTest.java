package io.github.camelhrflow;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.util.ArrayList;
import java.util.List;

import io.github.camelhrflow.model.Job;
import io.github.camelhrflow.sandbox.ScriptedAnswer;
import io.github.camelhrflow.support.SandboxTestSupport;
import org.apache.camel.Exchange;
import org.apache.hc.client5.http.ConnectTimeoutException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Timeouts and refused connections fail the exchange with the I/O exception, wrapped with the URL that was called.
 */
class HrFlowConnectionFailureTest extends SandboxTestSupport {

    private String jobKey;
    private String uri;

    @BeforeEach
    void seedJob() {
        jobKey = seed("Data Engineer", null).get("key").asText();
        uri = "hrflow:job-indexing?boardKey=" + board + "&key=" + jobKey + "&readTimeout=300";
    }

    @Test
    void slowAnswerHitsTheReadTimeout() {
        sandbox.faults().answerNext(ScriptedAnswer.asUsual().delayedBy(3000));
        IOException e = ioFailure(uri);
        assertInstanceOf(SocketTimeoutException.class, e.getCause());
        assertTrue(e.getMessage().contains(sandbox.baseUrl() + "/job/indexing?board_key=" + board), e.getMessage());
    }

    @Test
    void answerThatStallsMidBodyHitsTheReadTimeout() {
        sandbox.faults().answerNext(ScriptedAnswer.asUsual().stallingMidBody());
        IOException e = ioFailure(uri);
        assertInstanceOf(SocketTimeoutException.class, e.getCause());
    }

    @Test
    void failureLeavesNoResponseCodeOfAnEarlierCall() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        Exchange exchange = template.request(uri + "&baseUrl=http://127.0.0.1:" + closedPort + "/v1",
                e -> e.getMessage().setHeader(HrFlowConstants.RESPONSE_CODE, 200));
        assertInstanceOf(IOException.class, exchange.getException());
        assertNull(exchange.getMessage().getHeader(HrFlowConstants.RESPONSE_CODE));
    }

    @Test
    void refusedConnectionNamesTheUrl() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        String baseUrl = "http://127.0.0.1:" + closedPort + "/v1";
        IOException e = ioFailure(uri + "&baseUrl=" + baseUrl);
        assertTrue(e.getMessage().contains(baseUrl + "/job/indexing"), e.getMessage());
        assertTrue(e.getMessage().contains("refused"), e.getMessage());
        assertFalse(e.getMessage().contains(sandbox.apiKey()));
    }

    @Test
    void serverThatNeverAcceptsHitsTheConnectTimeout() throws IOException {
        // a listening socket whose accept queue is full: the kernel drops further SYNs, so connecting hangs
        try (ServerSocket backlogOfOne = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            List<Socket> fillers = new ArrayList<>();
            try {
                for (int i = 0; i < 4; i++) {
                    Socket filler = new Socket();
                    try {
                        filler.connect(backlogOfOne.getLocalSocketAddress(), 200);
                        fillers.add(filler);
                    } catch (SocketTimeoutException queueAlreadyFull) {
                        filler.close();
                        break;
                    }
                }
                String baseUrl = "http://127.0.0.1:" + backlogOfOne.getLocalPort() + "/v1";
                // readTimeout stays long: only the connect timeout can end this exchange
                IOException e = ioFailure("hrflow:job-indexing?boardKey=" + board + "&key=" + jobKey
                                          + "&connectTimeout=300&baseUrl=" + baseUrl);
                assertInstanceOf(ConnectTimeoutException.class, e.getCause(), e::toString);
                assertTrue(e.getMessage().contains(baseUrl), e.getMessage());
            } finally {
                for (Socket filler : fillers) {
                    filler.close();
                }
            }
        }
    }

    @Test
    void timeoutDoesNotPoisonTheNextExchange() {
        sandbox.faults().answerNext(ScriptedAnswer.asUsual().delayedBy(2000));
        ioFailure(uri);
        // the next exchange, without the short readTimeout, so a pause of this busy machine cannot fail it
        Job job = template.requestBody("hrflow:job-indexing?boardKey=" + board + "&key=" + jobKey, (Object) null,
                Job.class);
        assertNotNull(job);
        assertEquals(jobKey, job.getKey());
    }

    private IOException ioFailure(String uri) {
        Exchange exchange = template.request(uri, e -> {
        });
        return assertInstanceOf(IOException.class, exchange.getException(),
                () -> String.valueOf(exchange.getException()));
    }
}
