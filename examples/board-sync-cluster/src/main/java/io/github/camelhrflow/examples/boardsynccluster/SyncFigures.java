package io.github.camelhrflow.examples.boardsynccluster;

import java.util.concurrent.atomic.AtomicLong;

/** What one node did, for its log and for the tests: versions received, filtered as already done, and stored. */
public class SyncFigures {

    private final AtomicLong received = new AtomicLong();
    private final AtomicLong duplicates = new AtomicLong();
    private final AtomicLong stored = new AtomicLong();

    void received() {
        received.incrementAndGet();
    }

    void duplicate() {
        duplicates.incrementAndGet();
    }

    void stored() {
        stored.incrementAndGet();
    }

    /** Versions the consumer handed to the route. */
    public long getReceived() {
        return received.get();
    }

    /** Versions the idempotent consumer had already seen: delivered twice before the filter. */
    public long getDuplicates() {
        return duplicates.get();
    }

    /** Versions written to the job table. */
    public long getStored() {
        return stored.get();
    }

    @Override
    public String toString() {
        return "received=" + received + ", duplicates=" + duplicates + ", stored=" + stored;
    }
}
