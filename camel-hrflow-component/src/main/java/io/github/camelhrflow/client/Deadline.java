package io.github.camelhrflow.client;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.SocketTimeoutException;

import org.apache.hc.core5.concurrent.Cancellable;

/**
 * The requestTimeout of one call. readTimeout bounds each silence, not the whole answer: a server that trickles a
 * byte now and then never trips it. Checking the deadline at every read of the body bounds the whole answer without
 * a timer task or a watchdog thread.
 */
final class Deadline {

    private static final Deadline NONE = new Deadline(0, 0, null);

    private final long timeoutMillis;
    private final long deadlineNanos;
    private final Cancellable request;

    private Deadline(long timeoutMillis, long deadlineNanos, Cancellable request) {
        this.timeoutMillis = timeoutMillis;
        this.deadlineNanos = deadlineNanos;
        this.request = request;
    }

    /**
     * A deadline {@code timeoutMillis} from now for {@code request}, aborted when it passes; 0 or less: none.
     */
    static Deadline after(long timeoutMillis, Cancellable request) {
        return timeoutMillis > 0
                ? new Deadline(timeoutMillis, System.nanoTime() + timeoutMillis * 1_000_000L, request) : NONE;
    }

    /** The stream, failing with a {@link SocketTimeoutException} on the first read after the deadline. */
    InputStream bound(InputStream in) {
        return this == NONE ? in : new Bounded(in);
    }

    private void check() throws SocketTimeoutException {
        if (System.nanoTime() - deadlineNanos >= 0) {
            // closing the stream would otherwise read the rest of the trickle to keep the connection
            request.cancel();
            throw new SocketTimeoutException("no complete answer within requestTimeout=" + timeoutMillis + " ms");
        }
    }

    private final class Bounded extends FilterInputStream {

        Bounded(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            check();
            return super.read();
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            check();
            return super.read(buffer, offset, length);
        }
    }
}
