package io.github.camelhrflow.sandbox;

import java.time.Instant;

/**
 * The {@code created_at_min} / {@code created_at_max} filter, both bounds inclusive, either may be null.
 * A job without a readable creation time is outside any range.
 */
record CreatedRange(Instant min, Instant max) {

    boolean contains(StoredItem job) {
        Instant time = job.createdAt();
        return time != null && (min == null || !time.isBefore(min)) && (max == null || !time.isAfter(max));
    }
}
