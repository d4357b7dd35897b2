package io.github.camelhrflow.examples;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Counts the jobs of a run as they end, successfully or not, and logs one line per job with how many are done out
 * of how many. Thread-safe: concurrent consumers may report into one instance.
 */
public final class JobProgress {

    /** The total of a run that has none, such as a queue consumer that serves until stopped. */
    public static final int OPEN_ENDED = 0;

    private final Logger log;
    private final int total;
    private final AtomicInteger succeeded = new AtomicInteger();
    private final AtomicInteger failed = new AtomicInteger();
    private final CountDownLatch finished;

    /**
     * @param logName the logger to report to, which the example's logging configuration shows
     * @param total   how many jobs the run expects, or {@link #OPEN_ENDED}
     */
    public JobProgress(String logName, int total) {
        this.log = LoggerFactory.getLogger(logName);
        this.total = total;
        this.finished = new CountDownLatch(total);
    }

    /** A job went where it should; {@code outcome} says where, for the log line. */
    public void succeeded(String job, String outcome) {
        int done = count(succeeded);
        log.info("[{}] {} -> {}", position(done), job, outcome);
    }

    /** A job could not be handled; {@code reason} says why (it must not hold secrets). */
    public void failed(String job, String reason) {
        int done = count(failed);
        log.warn("[{}] {} FAILED: {}", position(done), job, reason);
    }

    private int count(AtomicInteger counter) {
        counter.incrementAndGet();
        finished.countDown();
        return succeeded.get() + failed.get();
    }

    private String position(int done) {
        return total == OPEN_ENDED ? done + " done, " + failed.get() + " failed" : done + "/" + total;
    }

    /**
     * Waits until every expected job has ended.
     *
     * @return false when the time ran out first
     */
    public boolean awaitFinished(Duration timeout) throws InterruptedException {
        return finished.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    public int total() {
        return total;
    }

    public int succeeded() {
        return succeeded.get();
    }

    public int failed() {
        return failed.get();
    }
}
