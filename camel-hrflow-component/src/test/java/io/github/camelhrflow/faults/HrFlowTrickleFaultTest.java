package io.github.camelhrflow.faults;

import java.io.IOException;
import java.io.OutputStream;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import io.github.camelhrflow.support.HrFlowTestSupport;
import io.github.camelhrflow.support.RawHttpServer;
import io.github.camelhrflow.support.Samples;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A server that sends its answer a byte at a time never trips readTimeout; requestTimeout bounds the whole call.
 */
class HrFlowTrickleFaultTest extends HrFlowTestSupport {

    @Test
    void tricklingAnswerIsBoundedByRequestTimeout() throws Exception {
        byte[] body = Samples.text(Samples.FULL_JOB).getBytes(StandardCharsets.UTF_8);
        try (RawHttpServer trickle = new RawHttpServer((socket, head, connection) -> {
            OutputStream out = socket.getOutputStream();
            out.write(("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " + body.length
                       + "\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            for (byte b : body) {
                out.write(b);
                out.flush();
                sleep(50);
            }
        })) {
            long start = System.nanoTime();
            Exchange exchange = template.request("hrflow:job-indexing?boardKey=" + BOARD + "&key=" + JOB_KEY
                                                 + "&readTimeout=1000&requestTimeout=700&baseUrl="
                                                 + trickle.baseUrl(),
                    e -> {
                    });
            Duration took = Duration.ofNanos(System.nanoTime() - start);

            SocketTimeoutException e = assertInstanceOf(SocketTimeoutException.class, exchange.getException(),
                    () -> String.valueOf(exchange.getException()));
            assertTrue(e.getMessage().contains("requestTimeout=700"), e.getMessage());
            // the answer would need over 2 minutes at this pace; a generous bound proves the deadline cut it
            assertTrue(took.toSeconds() < 30, "took " + took);
        }
    }

    private static void sleep(long millis) throws IOException {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }
}
