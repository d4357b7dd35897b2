package io.github.camelhrflow;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * What the producers of one hrflow endpoint have done so far: calls, and the failed ones by HrFlow's status code.
 * Thread-safe: the producers of an endpoint share it, and may run on many threads at once.
 */
public final class HrFlowProducerStatistics {

    /** The key of {@link #getErrorsByStatus()} for calls that were sent and failed without an answer from HrFlow. */
    public static final String NO_ANSWER = "no answer";

    /**
     * The key of {@link #getErrorsByStatus()} for calls refused before any request was sent (a missing key or board, a
     * body that is no job, a stopped component): HrFlow never saw them, so they are not "no answer".
     */
    public static final String NOT_SENT = "not sent";

    private final LongAdder calls = new LongAdder();
    private final ConcurrentMap<String, LongAdder> errors = new ConcurrentHashMap<>();

    /**
     * Counts one call that was sent.
     *
     * @param statusCode the {@code CamelHrFlowResponseCode} after the call; {@code null} when HrFlow gave no answer
     *                   (connection refused, timeout): counted as {@link #NO_ANSWER}
     * @param failed     whether the call failed the exchange: a failed call is an error whatever its status (a 200
     *                   whose body is not a job), and an answer of 400 or more is one even when tolerated
     *                   (throwExceptionOnNotFound=false)
     */
    public void record(Integer statusCode, boolean failed) {
        calls.increment();
        if (statusCode == null) {
            countError(NO_ANSWER);
        } else if (failed || statusCode >= 400) {
            countError(String.valueOf(statusCode));
        }
    }

    /** Counts one call refused before a request was sent, as {@link #NOT_SENT}. */
    public void recordNotSent() {
        calls.increment();
        countError(NOT_SENT);
    }

    private void countError(String key) {
        errors.computeIfAbsent(key, k -> new LongAdder()).increment();
    }

    /** Calls made, failed or not. */
    public long getCalls() {
        return calls.sum();
    }

    /** Failed calls. */
    public long getErrors() {
        return errors.values().stream().mapToLong(LongAdder::sum).sum();
    }

    /** Failed calls by HrFlow's status code, or {@link #NO_ANSWER} or {@link #NOT_SENT}; sorted, a copy. */
    public Map<String, Long> getErrorsByStatus() {
        Map<String, Long> copy = new TreeMap<>();
        errors.forEach((status, count) -> copy.put(status, count.sum()));
        return copy;
    }
}
