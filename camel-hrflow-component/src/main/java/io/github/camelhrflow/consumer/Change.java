package io.github.camelhrflow.consumer;

import java.time.Instant;
import java.time.OffsetDateTime;

import io.github.camelhrflow.model.HrFlowTimestamps;
import io.github.camelhrflow.model.StoredObject;

/**
 * A version of a job or profile the consumer has to deliver, with the times it is ordered by.
 *
 * @param index   where a sweep read it in the list (from 0); -1 for versions a newest-first scan found
 * @param foundAt the order a newest-first scan found it in: versions of one second keep it
 */
record Change(StoredObject object, Instant updatedAt, Instant createdAt, int index, int foundAt) {

    static Change of(StoredObject object, int index) {
        return new Change(object, instant(object.getUpdatedAt()), instant(object.getCreatedAt()), index, 0);
    }

    Change foundAs(int order) {
        return new Change(object, updatedAt, createdAt, index, order);
    }

    String key() {
        return object.getKey();
    }

    /** {@code key@updated_at} as HrFlow writes the time: the version header. */
    String version() {
        return object.getKey() + "@" + object.getUpdatedAt();
    }

    /** A time HrFlow did not give, or wrote in a form it never uses, sorts as the oldest. */
    static Instant instant(String text) {
        try {
            OffsetDateTime time = HrFlowTimestamps.parse(text);
            return time == null ? Instant.EPOCH : time.toInstant();
        } catch (RuntimeException unreadable) {
            return Instant.EPOCH;
        }
    }
}
