package io.github.camelhrflow.sandbox;

/**
 * One version of a job as a board held it: the ground truth a consumer's test compares with what
 * it delivered. A new version starts whenever a job's {@code updated_at} or archived state changes.
 * It existed during the API request with sequence number {@code s} (see {@link RecordedRequest#seq()})
 * exactly when {@code fromSeq < s < untilSeq}.
 *
 * @param key       the job key
 * @param updatedAt the job's {@code updated_at} text, e.g. {@code 2023-06-21T15:54:45+0000}
 * @param archived  whether the job was archived in this version
 * @param fromSeq   the sequence number of the write that made this version
 * @param untilSeq  the sequence number of the write that replaced it, {@link Long#MAX_VALUE} while current
 */
public record JobVersion(String key, String updatedAt, boolean archived, long fromSeq, long untilSeq) {

    /** Whether this is the job's version now. */
    public boolean isCurrent() {
        return untilSeq == Long.MAX_VALUE;
    }

    /** Whether this version existed while the request with this sequence number was served. */
    public boolean existedAt(long seq) {
        return fromSeq < seq && seq < untilSeq;
    }

    JobVersion closedAt(long seq) {
        return new JobVersion(key, updatedAt, archived, fromSeq, seq);
    }
}
