package io.github.camelhrflow.examples.jobtohrflow;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * How many jobs an import created, how many it updated and how many HrFlow already held as they are (not written
 * again), from the component's {@code CamelHrFlowUpsertResult} header. Thread-safe.
 */
public final class UpsertCounts {

    public static final String CREATED = "created";
    public static final String UPDATED = "updated";
    public static final String UNCHANGED = "unchanged";

    private final AtomicInteger created = new AtomicInteger();
    private final AtomicInteger updated = new AtomicInteger();
    private final AtomicInteger unchanged = new AtomicInteger();

    void count(String upsertResult) {
        if (CREATED.equals(upsertResult)) {
            created.incrementAndGet();
        } else if (UPDATED.equals(upsertResult)) {
            updated.incrementAndGet();
        } else if (UNCHANGED.equals(upsertResult)) {
            unchanged.incrementAndGet();
        } else {
            throw new IllegalStateException("Unexpected upsert result: " + upsertResult);
        }
    }

    public int created() {
        return created.get();
    }

    public int updated() {
        return updated.get();
    }

    public int unchanged() {
        return unchanged.get();
    }
}
