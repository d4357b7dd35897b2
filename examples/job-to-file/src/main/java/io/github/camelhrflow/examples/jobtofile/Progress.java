package io.github.camelhrflow.examples.jobtofile;

import java.util.concurrent.atomic.AtomicInteger;

import io.github.camelhrflow.model.Job;
import org.apache.camel.Exchange;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Counts the jobs written and failed, and says so as each one ends.
 */
public class Progress {

    private static final Logger LOG = LoggerFactory.getLogger("job-to-file");

    private final int total;
    private final AtomicInteger written = new AtomicInteger();
    private final AtomicInteger failed = new AtomicInteger();

    public Progress(int total) {
        this.total = total;
    }

    void written(Exchange exchange) {
        Job job = exchange.getMessage().getBody(Job.class);
        LOG.info("[{}/{}] {} -> {} ({})", done(written), total, exchange.getProperty(JobToFileRoutes.REQUEST),
                exchange.getMessage().getHeader(Exchange.FILE_NAME_PRODUCED), job == null ? "" : job.getName());
    }

    void failed(Exchange exchange) {
        Exception cause = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Exception.class);
        LOG.warn("[{}/{}] {} FAILED: {}", done(failed), total, exchange.getProperty(JobToFileRoutes.REQUEST),
                cause == null ? "unknown error" : cause.getMessage());
    }

    private int done(AtomicInteger counter) {
        counter.incrementAndGet();
        return written.get() + failed.get();
    }

    public int total() {
        return total;
    }

    public int written() {
        return written.get();
    }

    public int failed() {
        return failed.get();
    }
}
