package io.github.camelhrflow.client;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * One sweep watches any number of calls: none is limited by a scheduler queue, and only overdue calls are aborted.
 */
class RequestDeadlinesTest {

    @Test
    void manyCallsInFlightAreWatchedAndForgottenWhenTheyEnd() {
        RequestDeadlines deadlines = new RequestDeadlines();
        List<RequestDeadlines.Call> calls = new ArrayList<>();
        AtomicInteger cancelled = new AtomicInteger();
        for (int i = 0; i < 5000; i++) {
            calls.add(deadlines.watch(() -> cancelled.incrementAndGet() > 0, 60_000));
        }
        deadlines.sweep();
        assertEquals(0, cancelled.get(), "nothing is overdue yet");
        assertEquals(5000, deadlines.size());

        calls.forEach(RequestDeadlines.Call::close);
        assertEquals(0, deadlines.size(), "ended calls leave nothing behind");
    }

    @Test
    void overdueCallIsCancelledOnceAndFailingCancelDoesNotStopTheSweep() {
        RequestDeadlines deadlines = new RequestDeadlines();
        AtomicInteger cancels = new AtomicInteger();
        deadlines.watch(() -> {
            cancels.incrementAndGet();
            throw new IllegalStateException("cannot cancel");
        }, 0);
        deadlines.sweep();
        deadlines.sweep();
        assertEquals(1, cancels.get());

        RequestDeadlines.Call later = deadlines.watch(() -> cancels.incrementAndGet() > 0, 0);
        deadlines.sweep();
        assertTrue(later.isAborted());
        assertEquals(2, cancels.get());
    }

    @Test
    void overdueCallIsAborted() {
        RequestDeadlines deadlines = new RequestDeadlines();
        HttpGet overdue = new HttpGet("http://127.0.0.1/v1/job/indexing");
        HttpGet onTime = new HttpGet("http://127.0.0.1/v1/job/indexing");
        RequestDeadlines.Call overdueCall = deadlines.watch(overdue, 0);
        RequestDeadlines.Call onTimeCall = deadlines.watch(onTime, 60_000);

        deadlines.sweep();

        assertTrue(overdue.isCancelled());
        assertTrue(overdueCall.isAborted());
        assertFalse(onTime.isCancelled());
        assertFalse(onTimeCall.isAborted());
        assertEquals(1, deadlines.size());
    }
}
