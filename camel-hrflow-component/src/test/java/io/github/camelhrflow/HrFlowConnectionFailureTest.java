package io.github.camelhrflow;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.util.ArrayList;
import java.util.List;

import io.github.camelhrflow.model.Job;
import io.github.camelhrflow.support.HrFlowTestSupport;
import io.github.camelhrflow.support.Samples;
import io.github.camelhrflow.support.ScriptedHttpServer.Reply;
import org.apache.camel.Exchange;
import org.apache.hc.client5.http.ConnectTimeoutException;
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
class HrFlowConnectionFailureTest extends HrFlowTestSupport {

    private static final String URI = "hrflow:job-indexing?boardKey=" + BOARD + "&key=" + JOB_KEY + "&readTimeout=300";

    @Test
    void slowAnswerHitsTheReadTimeout() {
        server.thenReply(Reply.json(200, Samples.text(Samples.FULL_JOB)).delayedBy(3000));
        IOException e = ioFailure(URI);
        assertInstanceOf(SocketTimeoutException.class, e.getCause());
        assertTrue(e.getMessage().contains(server.baseUrl() + "/job/indexing?board_key=" + BOARD), e.getMessage());
    }

    @Test
    void answerThatStallsMidBodyHitsTheReadTimeout() {
        server.thenReply(Reply.json(200, Samples.text(Samples.FULL_JOB)).stallingMidBody());
        IOException e = ioFailure(URI);
        assertInstanceOf(SocketTimeoutException.class, e.getCause());
    }

    @Test
    void failureLeavesNoResponseCodeOfAnEarlierCall() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        Exchange exchange = template.request(URI + "&baseUrl=http://127.0.0.1:" + closedPort + "/v1",
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
        IOException e = ioFailure(URI + "&baseUrl=" + baseUrl);
        assertTrue(e.getMessage().contains(baseUrl + "/job/indexing"), e.getMessage());
        assertTrue(e.getMessage().contains("refused"), e.getMessage());
        assertFalse(e.getMessage().contains(API_KEY));
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
                IOException e = ioFailure("hrflow:job-indexing?boardKey=" + BOARD + "&key=" + JOB_KEY
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
        server.thenReply(Reply.json(200, Samples.text(Samples.FULL_JOB)).delayedBy(2000));
        ioFailure(URI);
        // the next exchange, without the short readTimeout, so a pause of this busy machine cannot fail it
        Job job = template.requestBody("hrflow:job-indexing?boardKey=" + BOARD + "&key=" + JOB_KEY, (Object) null,
                Job.class);
        assertNotNull(job);
        assertEquals(JOB_KEY, job.getKey());
    }

    private IOException ioFailure(String uri) {
        Exchange exchange = template.request(uri, e -> {
        });
        return assertInstanceOf(IOException.class, exchange.getException(),
                () -> String.valueOf(exchange.getException()));
    }
}
