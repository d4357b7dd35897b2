package io.github.camelhrflow.faults;

import java.io.IOException;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.camelhrflow.HrFlowApiException;
import io.github.camelhrflow.model.Job;
import io.github.camelhrflow.support.LoopbackWireMock;
import io.github.camelhrflow.support.RawHttpServer;
import io.github.camelhrflow.support.Samples;
import io.github.camelhrflow.support.SandboxTestSupport;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static io.github.camelhrflow.support.RawHttpServer.jsonHead;
import static io.github.camelhrflow.support.RawHttpServer.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The connection breaks while HrFlow answers. Every break is an I/O failure naming the URL (never taken for a bad
 * answer, never a hang), and the next exchange through the same pool succeeds.
 * <p>
 * WireMock makes the breaks it has a fault for, and a body shorter than its Content-Length; a {@link RawHttpServer}
 * makes the three it cannot: a reset after a complete head or mid-body (its only reset comes before the status line),
 * a chunk cut short (its chunk fault sends garbage instead), and silence after the head (its dribble sleeps before
 * its first write, which is also the one that sends the head).
 */
class HrFlowBrokenConnectionFaultTest extends SandboxTestSupport {

    @RegisterExtension
    static final WireMockExtension WIREMOCK = LoopbackWireMock.server(16);

    private static final String JOB = Samples.text(Samples.FULL_JOB);
    private static final String JOB_KEY = Samples.tree(JOB).at("/data/key").asText();
    private static final byte[] JOB_BYTES = JOB.getBytes(StandardCharsets.UTF_8);
    private static final byte[] HALF_JOB = Arrays.copyOf(JOB_BYTES, JOB_BYTES.length / 2);

    /** Ways a connection breaks after the request was sent, as WireMock breaks it. */
    enum Break {
        RESET_BEFORE_STATUS_LINE(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)),
        CLOSED_BEFORE_STATUS_LINE(aResponse().withFault(Fault.EMPTY_RESPONSE)),
        // a Content-Length the body does not reach: Jetty sends the head and the half, then closes
        CLOSED_MID_BODY(aResponse().withHeader("Content-Type", "application/json")
                .withHeader("Content-Length", String.valueOf(JOB_BYTES.length)).withBody(HALF_JOB)),
        GARBLED_CHUNK(aResponse().withFault(Fault.MALFORMED_RESPONSE_CHUNK)),
        NOT_HTTP_AT_ALL(aResponse().withFault(Fault.RANDOM_DATA_THEN_CLOSE));

        private final ResponseDefinitionBuilder answer;

        Break(ResponseDefinitionBuilder answer) {
            this.answer = answer;
        }
    }

    /** Ways a connection breaks after a complete head, which only a raw socket gives. */
    enum RawBreak {
        RESET_AFTER_HEADERS,
        RESET_MID_BODY,
        CLOSED_MID_CHUNK;

        void apply(Socket socket) throws IOException {
            switch (this) {
                case RESET_AFTER_HEADERS -> {
                    write(socket, jsonHead(JOB_BYTES.length));
                    RawHttpServer.reset(socket);
                }
                case RESET_MID_BODY -> {
                    write(socket, jsonHead(JOB_BYTES.length), HALF_JOB);
                    RawHttpServer.reset(socket);
                }
                case CLOSED_MID_CHUNK -> write(socket,
                        ("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n"
                         + Integer.toHexString(JOB_BYTES.length) + "\r\n").getBytes(StandardCharsets.ISO_8859_1),
                        HALF_JOB);
                default -> throw new IllegalStateException(name());
            }
        }
    }

    /** Where a server goes silent after the head, keeping the connection open. */
    enum RawStall {
        AFTER_HEADERS,
        MID_BODY
    }

    @Override
    protected String baseUrl() {
        return LoopbackWireMock.baseUrl(WIREMOCK);
    }

    @ParameterizedTest
    @EnumSource(Break.class)
    void brokenAnswerIsAnIoFailureAndThePoolRecovers(Break fault) {
        // the first call breaks, later ones get the job
        WIREMOCK.stubFor(get(urlPathEqualTo("/v1/job/indexing")).inScenario("break").whenScenarioStateIs(STARTED)
                .willReturn(fault.answer).willSetStateTo("broken"));
        WIREMOCK.stubFor(get(urlPathEqualTo("/v1/job/indexing")).inScenario("break").whenScenarioStateIs("broken")
                .willReturn(okJson(JOB)));

        assertBreakThenRecovery(fault, baseUrl());
        WIREMOCK.verify(2, getRequestedFor(urlPathEqualTo("/v1/job/indexing")).withQueryParam("key", equalTo(JOB_KEY))
                .withHeader("X-API-KEY", equalTo(sandbox.apiKey())));
    }

    @ParameterizedTest
    @EnumSource(RawBreak.class)
    void brokenAnswerAfterTheHeadIsAnIoFailureAndThePoolRecovers(RawBreak fault) throws Exception {
        try (RawHttpServer raw = new RawHttpServer((socket, connection) -> {
            if (connection == 0) {
                fault.apply(socket);
            } else {
                write(socket, jsonHead(JOB_BYTES.length), JOB_BYTES);
            }
        })) {
            assertBreakThenRecovery(fault, raw.baseUrl());
            assertEquals(2, raw.connections(), "the broken connection was not reused");
        }
    }

    @Test
    void silenceBeforeTheStatusLineIsBoundedByTheReadTimeout() {
        WIREMOCK.stubFor(get(urlPathEqualTo("/v1/job/indexing")).willReturn(okJson(JOB).withFixedDelay(60_000)));

        assertReadTimeout(baseUrl());
    }

    @ParameterizedTest
    @EnumSource(RawStall.class)
    void silenceAfterTheHeadIsBoundedByTheReadTimeout(RawStall stall) throws Exception {
        try (RawHttpServer raw = new RawHttpServer((socket, connection) -> {
            if (stall == RawStall.AFTER_HEADERS) {
                write(socket, jsonHead(JOB_BYTES.length));
            } else {
                write(socket, jsonHead(JOB_BYTES.length), HALF_JOB);
            }
            RawHttpServer.stall(socket);
        })) {
            assertReadTimeout(raw.baseUrl());
        }
    }

    private String uri(String baseUrl) {
        return "hrflow:job-indexing?boardKey=" + board + "&key=" + JOB_KEY + "&baseUrl=" + baseUrl;
    }

    private void assertBreakThenRecovery(Object fault, String baseUrl) {
        Exchange broken = template.request(uri(baseUrl), e -> {
        });
        IOException e = assertInstanceOf(IOException.class, broken.getException(),
                () -> fault + " gave " + broken.getException());
        assertFalse(broken.getException() instanceof HrFlowApiException);
        assertTrue(e.getMessage().contains(baseUrl + "/job/indexing"), e.getMessage());
        assertFalse(e.getMessage().contains(sandbox.apiKey()), e.getMessage());

        Exchange next = template.request(uri(baseUrl), x -> {
        });
        assertNull(next.getException(), () -> "after " + fault + ": " + next.getException());
        assertEquals(JOB_KEY, next.getMessage().getBody(Job.class).getKey());
    }

    private void assertReadTimeout(String baseUrl) {
        // 1 s of silence ends the exchange; 30 s only says "it did end", whatever the machine's load
        Exchange stalled = assertTimeoutPreemptively(Duration.ofSeconds(30),
                () -> template.request(uri(baseUrl) + "&readTimeout=1000", e -> {
                }));

        IOException e = assertInstanceOf(IOException.class, stalled.getException(),
                () -> String.valueOf(stalled.getException()));
        assertInstanceOf(SocketTimeoutException.class, e.getCause(), e::toString);
    }
}
