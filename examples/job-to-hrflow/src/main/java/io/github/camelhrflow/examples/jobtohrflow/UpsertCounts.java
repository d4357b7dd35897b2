package io.github.camelhrflow.examples.jobtohrflow;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * How many jobs an import created and how many it updated, from the component's {@code CamelHrFlowUpsertResult}
 * header. Thread-safe.
 */
public final class UpsertCounts {

    public static final String CREATED = "created";
    public static final String UPDATED = "updated";

    private final AtomicInteger created = new AtomicInteger();
    private final AtomicInteger updated = new AtomicInteger();

    void count(String upsertResult) {
        if (CREATED.equals(upsertResult)) {
            created.incrementAndGet();
        } else if (UPDATED.equals(upsertResult)) {
            updated.incrementAndGet();
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
}
