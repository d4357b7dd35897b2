package io.github.camelhrflow.faults;

import java.io.IOException;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;

import io.github.camelhrflow.HrFlowApiException;
import io.github.camelhrflow.model.Job;
import io.github.camelhrflow.support.HrFlowTestSupport;
import io.github.camelhrflow.support.RawHttpServer;
import io.github.camelhrflow.support.Samples;
import org.apache.camel.Exchange;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

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
 */
class HrFlowBrokenConnectionFaultTest extends HrFlowTestSupport {

    private static final byte[] JOB = Samples.jobAnswer(JOB_KEY, null).getBytes(StandardCharsets.UTF_8);
    private static final byte[] HALF_JOB = Arrays.copyOf(JOB, JOB.length / 2);

    /** Ways a connection breaks after the request was sent. */
    enum Break {
        RESET_BEFORE_STATUS_LINE,
        RESET_AFTER_HEADERS,
        RESET_MID_BODY,
        CLOSED_MID_BODY,
        CLOSED_MID_CHUNK,
        NOT_HTTP_AT_ALL;

        void apply(Socket socket) throws IOException {
            switch (this) {
                case RESET_BEFORE_STATUS_LINE -> RawHttpServer.reset(socket);
                case RESET_AFTER_HEADERS -> {
                    write(socket, jsonHead(JOB.length));
                    RawHttpServer.reset(socket);
                }
                case RESET_MID_BODY -> {
                    write(socket, jsonHead(JOB.length), HALF_JOB);
                    RawHttpServer.reset(socket);
                }
                case CLOSED_MID_BODY -> write(socket, jsonHead(JOB.length), HALF_JOB);
                case CLOSED_MID_CHUNK -> write(socket, ascii("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                                                             + "Transfer-Encoding: chunked\r\n\r\n"
                                                             + Integer.toHexString(JOB.length) + "\r\n"),
                        HALF_JOB);
                case NOT_HTTP_AT_ALL -> write(socket, ascii("SSH-2.0-OpenSSH_9.2\r\n"));
                default -> throw new IllegalStateException(name());
            }
        }
    }

    /** Where a server goes silent, keeping the connection open. */
    enum Stall {
        BEFORE_STATUS_LINE,
        AFTER_HEADERS,
        MID_BODY
    }

    @ParameterizedTest
    @EnumSource(Break.class)
    void brokenAnswerIsAnIoFailureAndThePoolRecovers(Break fault) throws Exception {
        // the first connection breaks, later ones get the job
        try (RawHttpServer raw = new RawHttpServer((socket, head, connection) -> {
            if (connection == 0) {
                fault.apply(socket);
            } else {
                write(socket, jsonHead(JOB.length), JOB);
            }
        })) {
            String uri = "hrflow:job-indexing?boardKey=" + BOARD + "&key=" + JOB_KEY + "&baseUrl=" + raw.baseUrl();

            Exchange broken = template.request(uri, e -> {
            });
            IOException e = assertInstanceOf(IOException.class, broken.getException(),
                    () -> fault + " gave " + broken.getException());
            assertFalse(broken.getException() instanceof HrFlowApiException);
            assertTrue(e.getMessage().contains(raw.baseUrl() + "/job/indexing"), e.getMessage());
            assertFalse(e.getMessage().contains(API_KEY), e.getMessage());

            Exchange next = template.request(uri, x -> {
            });
            assertNull(next.getException(), () -> "after " + fault + ": " + next.getException());
            assertEquals(JOB_KEY, next.getMessage().getBody(Job.class).getKey());
        }
    }

    @ParameterizedTest
    @EnumSource(Stall.class)
    void silentServerIsBoundedByTheReadTimeout(Stall stall) throws Exception {
        try (RawHttpServer raw = new RawHttpServer((socket, head, connection) -> {
            switch (stall) {
                case AFTER_HEADERS -> write(socket, jsonHead(JOB.length));
                case MID_BODY -> write(socket, jsonHead(JOB.length), HALF_JOB);
                default -> {
                    // nothing at all
                }
            }
            RawHttpServer.stall(socket);
        })) {
            String uri = "hrflow:job-indexing?boardKey=" + BOARD + "&key=" + JOB_KEY + "&readTimeout=1000&baseUrl="
                         + raw.baseUrl();

            // 1 s of silence ends the exchange; 30 s only says "it did end", whatever the machine's load
            Exchange stalled = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> template.request(uri, e -> {
            }));

            IOException e = assertInstanceOf(IOException.class, stalled.getException(), () -> String.valueOf(
                    stalled.getException()));
            assertInstanceOf(SocketTimeoutException.class, e.getCause(), e::toString);
        }
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }
}
