package io.github.camelhrflow.sandbox;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One board or source: its description, its jobs or profiles in insertion order (what
 * {@code GET .../indexing} sees), what {@code storing/*} lists (behind them by the index lag) and the
 * history of their versions; guarded by the store's lock.
 */
final class Container {

    ContainerInfo info;
    final Map<String, StoredItem> items = new LinkedHashMap<>();
    final Map<String, String> keysByReference = new HashMap<>();
    final List<JobVersion> history = new ArrayList<>();
    final ListingIndex listing = new ListingIndex();

    Container(ContainerInfo info) {
        this.info = info;
    }

    StoredItem byReference(String reference) {
        String key = keysByReference.get(reference);
        return key == null ? null : items.get(key);
    }

    /**
     * Stores a job (an existing key keeps its place and its ordinal) and records a new version if it is
     * one, not listed yet.
     *
     * @param ordinal the ordinal for a job new to the board
     * @return the job as placed, to hand to {@link #list} now or when its lag runs out
     */
    StoredItem put(StoredItem job, long seq, long ordinal) {
        StoredItem previous = items.get(job.key());
        if (previous != null && previous.reference() != null) {
            keysByReference.remove(previous.reference(), job.key());
        }
        if (job.reference() != null) {
            keysByReference.put(job.reference(), job.key());
        }
        int version;
        if (previous != null && Objects.equals(previous.updatedAtText(), job.updatedAtText())
            && previous.archived() == job.archived()) {
            // a write within the same second keeps the version: a client cannot tell it apart either
            version = previous.version();
        } else {
            if (previous != null) {
                history.set(previous.version(), history.get(previous.version()).closedAt(seq));
            }
            version = history.size();
            history.add(new JobVersion(job.key(), job.updatedAtText(), job.archived(), seq, Long.MAX_VALUE)
                    .pending());
        }
        StoredItem placed = job.placed(previous != null ? previous.ordinal() : ordinal, seq, version);
        items.put(job.key(), placed);
        return placed;
    }

    /**
     * Lets {@code storing/jobs} list this stored content from the request after {@code seq} on, unless a
     * newer write of the job is listed already: then it is dropped, and its version, if never listed,
     * never will be.
     */
    void list(StoredItem job, long seq) {
        StoredItem shown = listing.get(job.key());
        if (shown != null && shown.writeSeq() > job.writeSeq()) {
            JobVersion skipped = history.get(job.version());
            if (skipped.listedFromSeq() == Long.MAX_VALUE) {
                history.set(job.version(), skipped.neverListed(seq));
            }
            return;
        }
        if (shown == null || shown.version() != job.version()) {
            if (shown != null) {
                history.set(shown.version(), history.get(shown.version()).unlistedAt(seq));
            }
            history.set(job.version(), history.get(job.version()).listedFrom(seq));
        }
        listing.put(job);
    }

    /** {@link #list} for many new jobs at once, as seeding does. */
    void listAll(List<StoredItem> newJobs, long seq) {
        for (StoredItem job : newJobs) {
            history.set(job.version(), history.get(job.version()).listedFrom(seq));
        }
        listing.putAll(newJobs);
    }
}
