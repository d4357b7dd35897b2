package io.github.camelhrflow.consumer;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What a job-storing consumer has done so far: polls, requests, versions delivered, failures and its position.
 */
public final class HrFlowStoringStatistics {

    private final AtomicLong polls = new AtomicLong();
    private final AtomicLong requests = new AtomicLong();
    private final AtomicLong delivered = new AtomicLong();
    private final AtomicLong failures = new AtomicLong();
    private volatile Instant lastPoll;
    private volatile String lastError;
    private volatile Instant watermark;
    private volatile Instant lastPollHeldUpTo;

    void pollStarted(Instant at) {
        polls.incrementAndGet();
        lastPoll = at;
        lastPollHeldUpTo = null;
    }

    void heldUpTo(Instant bound) {
        lastPollHeldUpTo = bound;
    }

    void requests(int count) {
        requests.addAndGet(count);
    }

    void delivered(Instant position) {
        delivered.incrementAndGet();
        watermark = position;
    }

    void failed(Throwable error) {
        failures.incrementAndGet();
        lastError = error.getClass().getSimpleName() + ": " + error.getMessage();
    }

    /** Polls started. */
    public long getPolls() {
        return polls.get();
    }

    /** Requests sent to HrFlow by the polls. */
    public long getRequests() {
        return requests.get();
    }

    /** Job versions delivered and completed. */
    public long getDelivered() {
        return delivered.get();
    }

    /** Polls and exchanges that failed. */
    public long getFailures() {
        return failures.get();
    }

    /** When the last poll started, or {@code null}. */
    public Instant getLastPoll() {
        return lastPoll;
    }

    /** The last failure, or {@code null}; messages never hold the API key. */
    public String getLastError() {
        return lastError;
    }

    /**
     * {@code null} when the last poll held every version it found ahead of the position; else the {@code updated_at}
     * up to which it held every one (the second before the newest it held, which may have had more): a backlog bigger
     * than a poll may hold, read again by the next poll ({@link Instant#EPOCH} for a first sync the poll did not
     * finish).
     */
    public Instant getLastPollHeldUpTo() {
        return lastPollHeldUpTo;
    }

    /** The {@code updated_at} of the newest version delivered by this consumer, or {@code null}. */
    public Instant getWatermark() {
        return watermark;
    }
}
