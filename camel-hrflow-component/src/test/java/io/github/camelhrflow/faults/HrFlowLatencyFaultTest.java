package io.github.camelhrflow.faults;

import java.io.IOException;
import java.net.SocketTimeoutException;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.github.camelhrflow.model.Job;
import io.github.camelhrflow.sandbox.ScriptedAnswer;
import io.github.camelhrflow.support.ConcurrentSender;
import io.github.camelhrflow.support.SandboxTestSupport;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * Latency spikes: HrFlow is sometimes slow. A spike shorter than readTimeout costs time, never an exchange; a spike
 * longer fails only the exchange that hit it, with a timeout, while the exchanges around it go on.
 */
class HrFlowLatencyFaultTest extends SandboxTestSupport {

    private List<String> keys;
    /** Every tenth job, by its place on the board, is slow. */
    private Set<String> spiked;

    @BeforeEach
    void seedJobs() {
        keys = sandbox.seedJobs(board, 100, 3);
        spiked = Set.copyOf(keys.stream().filter(key -> keys.indexOf(key) % 10 == 3).toList());
    }

    /** The sandbox's own answers, those for spiked jobs late by {@code millis}. */
    private void spikeBy(long millis) {
        ScriptedAnswer late = ScriptedAnswer.asUsual().delayedBy(millis);
        sandbox.faults().answerWith(request -> spiked.contains(request.param("key")) ? late : null);
    }

    @Test
    void spikesShorterThanTheReadTimeoutCostNoExchange() throws Exception {
        spikeBy(300);

        Map<String, Exchange> done = ConcurrentSender.send(template,
                "hrflow:job-indexing?boardKey=" + board + "&readTimeout=10000", keys, 8, 60);

        done.forEach((key, exchange) -> {
            assertNull(exchange.getException(), key);
            assertEquals(key, exchange.getMessage().getBody(Job.class).getKey());
        });
        assertEquals(keys.size(), sandbox.requestCount(), "one call per exchange, nothing retried");
    }

    @Test
    void spikesLongerThanTheReadTimeoutFailOnlyTheirOwnExchange() throws Exception {
        // the gap between a normal answer (milliseconds) and the timeout (2 s) is wide for a noisy machine
        spikeBy(10_000);

        Map<String, Exchange> done = ConcurrentSender.send(template,
                "hrflow:job-indexing?boardKey=" + board + "&readTimeout=2000", keys, 10, 60);

        assertEquals(10, spiked.size());
        done.forEach((key, exchange) -> {
            if (spiked.contains(key)) {
                IOException e = assertInstanceOf(IOException.class, exchange.getException(), key);
                assertInstanceOf(SocketTimeoutException.class, e.getCause(), key);
            } else {
                assertNull(exchange.getException(), key);
                assertEquals(key, exchange.getMessage().getBody(Job.class).getKey());
            }
        });
    }
}
