package io.github.camelhrflow.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Supplier;

/**
 * Boards and their jobs, thread-safe. Jobs are kept as JSON trees, verbatim: the sandbox serves
 * a job exactly as it was stored. Jobs are copied on the way in and out, so no caller can change
 * a stored job behind the store's back.
 */
public final class JobStore {

    private final ReadWriteLock lock = new ReentrantReadWriteLock();
    private final Map<String, BoardJobs> boards = new LinkedHashMap<>();

    /** Adds a board, or replaces the description of an existing one and keeps its jobs. */
    public void putBoard(Board board) {
        write(() -> {
            boards.computeIfAbsent(board.key(), k -> new BoardJobs()).board = board;
            return null;
        });
    }

    /**
     * Adds a job to a board, or replaces the job with the same {@code key}.
     *
     * @throws IllegalArgumentException when the board is unknown or the job has no textual {@code key}
     */
    public void putJob(String boardKey, ObjectNode job) {
        String key = textOrNull(job.get("key"));
        if (key == null) {
            throw new IllegalArgumentException("A job needs a textual \"key\": " + abbreviate(job));
        }
        ObjectNode copy = job.deepCopy();
        write(() -> {
            BoardJobs board = boards.get(boardKey);
            if (board == null) {
                throw new IllegalArgumentException("Unknown board " + boardKey);
            }
            board.put(key, copy);
            return null;
        });
    }

    public boolean hasBoard(String boardKey) {
        return read(() -> boards.containsKey(boardKey));
    }

    public Optional<Board> board(String boardKey) {
        return read(() -> Optional.ofNullable(boards.get(boardKey)).map(b -> b.board));
    }

    /** All boards, in the order they were added. */
    public List<Board> boards() {
        return read(() -> boards.values().stream().map(b -> b.board).toList());
    }

    /** A copy of the job, empty when the board or the job is unknown. */
    public Optional<ObjectNode> jobByKey(String boardKey, String key) {
        return read(() -> Optional.ofNullable(boards.get(boardKey))
                .map(b -> b.jobs.get(key))
                .map(ObjectNode::deepCopy));
    }

    /** A copy of the job, empty when the board is unknown or no job has that reference. */
    public Optional<ObjectNode> jobByReference(String boardKey, String reference) {
        return read(() -> Optional.ofNullable(boards.get(boardKey))
                .map(b -> b.jobs.get(b.keysByReference.get(reference)))
                .map(ObjectNode::deepCopy));
    }

    /** Copies of a board's jobs in insertion order; empty for an unknown board. */
    public List<ObjectNode> jobs(String boardKey) {
        return read(() -> jobsOf(boardKey).stream().map(ObjectNode::deepCopy).toList());
    }

    /** The keys of a board's jobs in insertion order; empty for an unknown board. */
    public List<String> jobKeys(String boardKey) {
        return read(() -> jobsOf(boardKey).stream().map(job -> job.get("key").asText()).toList());
    }

    /** The non-null references of a board's jobs in insertion order; empty for an unknown board. */
    public List<String> jobReferences(String boardKey) {
        return read(() -> jobsOf(boardKey).stream()
                .map(job -> textOrNull(job.get("reference")))
                .filter(reference -> reference != null)
                .toList());
    }

    private List<ObjectNode> jobsOf(String boardKey) {
        BoardJobs board = boards.get(boardKey);
        return board == null ? List.of() : new ArrayList<>(board.jobs.values());
    }

    private <T> T read(Supplier<T> action) {
        lock.readLock().lock();
        try {
            return action.get();
        } finally {
            lock.readLock().unlock();
        }
    }

    private <T> T write(Supplier<T> action) {
        lock.writeLock().lock();
        try {
            return action.get();
        } finally {
            lock.writeLock().unlock();
        }
    }

    private static String textOrNull(JsonNode node) {
        return node != null && node.isTextual() ? node.asText() : null;
    }

    private static String abbreviate(JsonNode job) {
        String text = job.toString();
        return text.length() <= 120 ? text : text.substring(0, 120) + "...";
    }

    /** One board's description and jobs; guarded by the store's lock. */
    private static final class BoardJobs {
        private Board board;
        private final Map<String, ObjectNode> jobs = new LinkedHashMap<>();
        private final Map<String, String> keysByReference = new HashMap<>();

        void put(String key, ObjectNode job) {
            ObjectNode previous = jobs.put(key, job);
            if (previous != null) {
                keysByReference.remove(textOrNull(previous.get("reference")), key);
            }
            String reference = textOrNull(job.get("reference"));
            if (reference != null) {
                keysByReference.put(reference, key);
            }
        }
    }
}
