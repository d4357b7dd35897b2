package io.github.camelhrflow.sandbox;

/**
 * One version of a job as a board held it (or of a profile in a source): the ground truth a consumer's test compares with what
 * it delivered. A new version starts whenever a job's {@code updated_at} or archived state changes.
 * It existed during the API request with sequence number {@code s} (see {@link RecordedRequest#seq()})
 * exactly when {@code fromSeq < s < untilSeq}, and {@code storing/jobs} listed it in the listing
 * request {@code s} exactly when {@code listedFromSeq < s < listedUntilSeq}.
 *
 * <p>Without index lag a version is listed as soon as it exists: the listed bounds equal
 * {@code fromSeq} and {@code untilSeq}. With lag, it is listed later, or never when a newer version
 * of the job was listed first. A version still waiting for its lag has both listed bounds at
 * {@link Long#MAX_VALUE}; one that will never be listed has two equal bounds.
 *
 * @param key            the job key
 * @param updatedAt      the job's {@code updated_at} text, e.g. {@code 2023-06-21T15:54:45+0000}
 * @param archived       whether the job was archived in this version
 * @param fromSeq        the sequence number of the write that made this version
 * @param untilSeq       the sequence number of the write that replaced it, {@link Long#MAX_VALUE} while current
 * @param listedFromSeq  the sequence number at which the listing began to show it
 * @param listedUntilSeq the sequence number at which the listing showed a newer version instead,
 *                       {@link Long#MAX_VALUE} while it shows this one
 */
public record JobVersion(String key, String updatedAt, boolean archived, long fromSeq, long untilSeq,
                         long listedFromSeq, long listedUntilSeq) {

    /** A version listed as soon as it existed, as without index lag. */
    public JobVersion(String key, String updatedAt, boolean archived, long fromSeq, long untilSeq) {
        this(key, updatedAt, archived, fromSeq, untilSeq, fromSeq, untilSeq);
    }

    /** Whether this is the job's version now. */
    public boolean isCurrent() {
        return untilSeq == Long.MAX_VALUE;
    }

    /** Whether this version existed while the request with this sequence number was served. */
    public boolean existedAt(long seq) {
        return fromSeq < seq && seq < untilSeq;
    }

    /** Whether the {@code storing/jobs} request with this sequence number could list this version. */
    public boolean listedAt(long seq) {
        return listedFromSeq < seq && seq < listedUntilSeq;
    }

    /** Whether the listing showed this version for every request from {@code firstSeq} to {@code lastSeq}. */
    public boolean listedThroughout(long firstSeq, long lastSeq) {
        return listedFromSeq < firstSeq && lastSeq < listedUntilSeq;
    }

    /** Whether the listing shows this version now (as of the {@code history} call that returned it). */
    public boolean isListed() {
        return listedFromSeq != Long.MAX_VALUE && listedUntilSeq == Long.MAX_VALUE;
    }

    JobVersion closedAt(long seq) {
        return new JobVersion(key, updatedAt, archived, fromSeq, seq, listedFromSeq, listedUntilSeq);
    }

    JobVersion pending() {
        return new JobVersion(key, updatedAt, archived, fromSeq, untilSeq, Long.MAX_VALUE, Long.MAX_VALUE);
    }

    JobVersion listedFrom(long seq) {
        return new JobVersion(key, updatedAt, archived, fromSeq, untilSeq, seq, Long.MAX_VALUE);
    }

    JobVersion unlistedAt(long seq) {
        return new JobVersion(key, updatedAt, archived, fromSeq, untilSeq, listedFromSeq, seq);
    }

    /** Skipped: a newer version of the job was listed before this one's lag ran out. */
    JobVersion neverListed(long seq) {
        return new JobVersion(key, updatedAt, archived, fromSeq, untilSeq, seq, seq);
    }
}
