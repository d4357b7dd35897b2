package io.github.camelhrflow.faults;

import java.io.IOException;
import java.net.SocketTimeoutException;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import io.github.camelhrflow.model.Job;
import io.github.camelhrflow.support.ConcurrentSender;
import io.github.camelhrflow.support.HrFlowTestSupport;
import io.github.camelhrflow.support.ScriptedHttpServer.Reply;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * Latency spikes: HrFlow is sometimes slow. A spike shorter than readTimeout costs time, never an exchange; a spike
 * longer fails only the exchange that hit it, with a timeout, while the exchanges around it go on.
 */
class HrFlowLatencyFaultTest extends HrFlowTestSupport {

    private static final List<String> KEYS = IntStream.range(0, 100).mapToObj(i -> "job-" + i).toList();

    /** Every tenth job, by its number, is slow. */
    private static boolean spiked(String key) {
        return Integer.parseInt(key.substring(4)) % 10 == 3;
    }

    @Test
    void spikesShorterThanTheReadTimeoutCostNoExchange() throws Exception {
        server.respondWith(request -> {
            Reply job = echoJob(request);
            return spiked(request.param("key")) ? job.delayedBy(300) : job;
        });

        Map<String, Exchange> done = ConcurrentSender.send(template,
                "hrflow:job-indexing?boardKey=" + BOARD + "&readTimeout=10000", KEYS, 8, 60);

        done.forEach((key, exchange) -> {
            assertNull(exchange.getException(), key);
            assertEquals(key, exchange.getMessage().getBody(Job.class).getKey());
        });
        assertEquals(KEYS.size(), server.requestCount(), "one call per exchange, nothing retried");
    }

    @Test
    void spikesLongerThanTheReadTimeoutFailOnlyTheirOwnExchange() throws Exception {
        // the gap between a normal answer (milliseconds) and the timeout (2 s) is wide for a noisy machine
        server.respondWith(request -> {
            Reply job = echoJob(request);
            return spiked(request.param("key")) ? job.delayedBy(10_000) : job;
        });

        Map<String, Exchange> done = ConcurrentSender.send(template,
                "hrflow:job-indexing?boardKey=" + BOARD + "&readTimeout=2000", KEYS, 10, 60);

        done.forEach((key, exchange) -> {
            if (spiked(key)) {
                IOException e = assertInstanceOf(IOException.class, exchange.getException(), key);
                assertInstanceOf(SocketTimeoutException.class, e.getCause(), key);
            } else {
                assertNull(exchange.getException(), key);
                assertEquals(key, exchange.getMessage().getBody(Job.class).getKey());
            }
        });
    }
}
