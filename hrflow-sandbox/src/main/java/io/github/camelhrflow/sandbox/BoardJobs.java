package io.github.camelhrflow.sandbox;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** One board: its description, its jobs in insertion order and the history of their versions; guarded by the store's lock. */
final class BoardJobs {

    Board board;
    final Map<String, StoredJob> jobs = new LinkedHashMap<>();
    final Map<String, String> keysByReference = new HashMap<>();
    final List<JobVersion> history = new ArrayList<>();
    /** Job key to the index in {@link #history} of its current version. */
    private final Map<String, Integer> current = new HashMap<>();

    BoardJobs(Board board) {
        this.board = board;
    }

    StoredJob byReference(String reference) {
        String key = keysByReference.get(reference);
        return key == null ? null : jobs.get(key);
    }

    /** Adds or replaces a job (an existing key keeps its place) and records a new version if it is one. */
    void put(StoredJob job, long seq) {
        StoredJob previous = jobs.put(job.key(), job);
        if (previous != null && previous.reference() != null) {
            keysByReference.remove(previous.reference(), job.key());
        }
        if (job.reference() != null) {
            keysByReference.put(job.reference(), job.key());
        }
        Integer index = current.get(job.key());
        if (index != null) {
            JobVersion version = history.get(index);
            // a write within the same second keeps the version: a client cannot tell it apart either
            if (Objects.equals(version.updatedAt(), job.updatedAtText()) && version.archived() == job.archived()) {
                return;
            }
            history.set(index, version.closedAt(seq));
        }
        current.put(job.key(), history.size());
        history.add(new JobVersion(job.key(), job.updatedAtText(), job.archived(), seq, Long.MAX_VALUE));
    }
}
