package io.github.camelhrflow.client;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import org.apache.hc.core5.concurrent.Cancellable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Aborts calls that run past their requestTimeout. One periodic {@link #sweep()} serves every call in flight: a
 * timer task per call would wake a thread for each request and hit the scheduler's queue limit under high load.
 */
public final class RequestDeadlines {

    /** How often {@link #sweep()} should run: a deadline is enforced at most this late. */
    public static final long SWEEP_PERIOD_MILLIS = 100;

    private static final Logger LOG = LoggerFactory.getLogger(RequestDeadlines.class);

    private final Set<Call> inFlight = ConcurrentHashMap.newKeySet();

    /** A call in flight; {@link #close()} it when the call ends, whichever way. */
    public final class Call implements AutoCloseable {

        private final Cancellable request;
        private final long deadlineNanos;
        private volatile boolean aborted;

        private Call(Cancellable request, long timeoutMillis) {
            this.request = request;
            this.deadlineNanos = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeoutMillis);
        }

        /** Whether the call was aborted because its deadline passed. */
        public boolean isAborted() {
            return aborted;
        }

        @Override
        public void close() {
            inFlight.remove(this);
        }
    }

    /** Starts watching a call that must end within {@code timeoutMillis}. */
    public Call watch(Cancellable request, long timeoutMillis) {
        Call call = new Call(request, timeoutMillis);
        inFlight.add(call);
        return call;
    }

    /** Aborts every call whose deadline has passed. */
    public void sweep() {
        long now = System.nanoTime();
        for (Call call : inFlight) {
            if (now - call.deadlineNanos >= 0) {
                call.aborted = true;
                inFlight.remove(call);
                try {
                    call.request.cancel();
                } catch (RuntimeException e) {
                    // a periodic task that throws is never run again: every later deadline would be lost
                    LOG.warn("Could not abort an HrFlow call past its requestTimeout: {}", e.toString());
                }
            }
        }
    }

    /** How many calls are being watched. */
    public int size() {
        return inFlight.size();
    }
}
