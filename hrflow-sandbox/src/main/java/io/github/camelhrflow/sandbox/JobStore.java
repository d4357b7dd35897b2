package io.github.camelhrflow.sandbox;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;

/**
 * Boards and their jobs, thread-safe. Jobs are kept as JSON trees, verbatim: the sandbox serves
 * a job exactly as it was stored. Jobs are copied on the way in and out, so no caller can change
 * a stored job behind the store's back.
 *
 * <p>Every write and every listing takes a sequence number while it holds the store's lock, so the
 * numbers order them as they really happened; {@link #history(String)} is told in those numbers.
 *
 * <p>Writes through the API (and the sandbox's Java write methods) reach {@code storing/jobs} after
 * the {@link IndexLag index lag}, on the base clock; seeds are listed at once. Writes whose lag ran
 * out are listed by the next write, listing or history read, under the write lock and that step's
 * sequence number, so a listing sees exactly the writes listed before its own number.
 */
public final class JobStore {

    /** Ids of created jobs start above those of the seeds, as HrFlow's grow over time. */
    private static final long FIRST_ID = 2_000_000L;

    private final ReadWriteLock lock = new ReentrantReadWriteLock();
    private final Map<String, BoardJobs> boards = new LinkedHashMap<>();
    /** Job keys of every board: HrFlow's keys are unique across boards. */
    private final Set<String> keys = new HashSet<>();
    private final AtomicLong sequence = new AtomicLong();
    private final SandboxClock clock;
    private final IndexLag lag = new IndexLag();
    /** Writes waiting for their lag, soonest first (then in write order). */
    private final PriorityQueue<Pending> pending = new PriorityQueue<>(
            Comparator.comparing(Pending::due).thenComparingLong(p -> p.job().writeSeq()));
    private long nextId = FIRST_ID;
    private long nextOrdinal;

    /** A store on the system clock. */
    public JobStore() {
        this(new SandboxClock(Clock.systemUTC()));
    }

    JobStore(SandboxClock clock) {
        this.clock = clock;
    }

    /** Adds a board, or replaces the description of an existing one and keeps its jobs. */
    public void putBoard(Board board) {
        write(() -> {
            boards.computeIfAbsent(board.key(), k -> new BoardJobs(board)).board = board;
            return null;
        });
    }

    /**
     * Adds a job to a board as it is, or replaces the job with the same {@code key}; no field is
     * stamped or checked beyond the key. For seeds and for tests that need a job just so.
     *
     * @throws IllegalArgumentException when the board is unknown or the job has no textual {@code key}
     */
    public void putJob(String boardKey, ObjectNode job) {
        if (StoredJob.text(job.get("key")) == null) {
            throw new IllegalArgumentException("A job needs a textual \"key\": " + abbreviate(job));
        }
        StoredJob stored = StoredJob.of(job.deepCopy());
        write(() -> {
            BoardJobs board = boards.get(boardKey);
            if (board == null) {
                throw new IllegalArgumentException("Unknown board " + boardKey);
            }
            JsonNode id = job.get("id");
            if (id != null && id.canConvertToLong()) {
                nextId = Math.max(nextId, id.asLong() + 1);
            }
            keys.add(stored.key());
            long seq = sequence.incrementAndGet();
            board.list(board.put(stored, seq, nextOrdinal++), seq);
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
                .map(StoredJob::tree));
    }

    /** A copy of the job, empty when the board is unknown or no job has that reference. */
    public Optional<ObjectNode> jobByReference(String boardKey, String reference) {
        return read(() -> Optional.ofNullable(boards.get(boardKey))
                .map(b -> b.byReference(reference))
                .map(StoredJob::tree));
    }

    /** Copies of a board's jobs in insertion order; empty for an unknown board. */
    public List<ObjectNode> jobs(String boardKey) {
        return read(() -> jobsOf(boardKey).stream().map(StoredJob::tree).toList());
    }

    /** The number of jobs of a board, 0 for an unknown board. */
    public int jobCount(String boardKey) {
        return read(() -> Optional.ofNullable(boards.get(boardKey)).map(b -> b.jobs.size()).orElse(0));
    }

    /** The keys of a board's jobs in insertion order; empty for an unknown board. */
    public List<String> jobKeys(String boardKey) {
        return read(() -> jobsOf(boardKey).stream().map(StoredJob::key).toList());
    }

    /** The non-null references of a board's jobs in insertion order; empty for an unknown board. */
    public List<String> jobReferences(String boardKey) {
        return read(() -> jobsOf(boardKey).stream().map(StoredJob::reference).filter(r -> r != null).toList());
    }

    /**
     * Every version the board's jobs ever had, in the order they appeared; empty for an unknown board.
     * See {@link JobVersion} for how to tell which existed during a request.
     */
    public List<JobVersion> history(String boardKey) {
        return write(() -> {
            listDue();
            BoardJobs board = boards.get(boardKey);
            return board == null ? List.<JobVersion>of() : List.copyOf(board.history);
        });
    }

    /** The last sequence number handed out. */
    public long lastSeq() {
        return sequence.get();
    }

    /** A sequence number for a request that neither read nor wrote the store's jobs. */
    long nextSeq() {
        return sequence.incrementAndGet();
    }

    /**
     * Reads what {@code storing/jobs} lists of the boards, sorted, under the store's lock and a new
     * sequence number. Usually under the read lock; under the write lock when writes became due for
     * listing or a sorted view must be built first.
     *
     * @param reader gets the sorted jobs (read them, do not keep or change the list) and the sequence number
     * @throws ApiException board not found
     */
    <T> T listing(List<String> boardKeys, ListingOrder order, ListingReader<T> reader) {
        lock.readLock().lock();
        try {
            List<BoardJobs> listed = existingBoards(boardKeys);
            if (!isDue(clock.baseInstant()) && listed.stream().allMatch(b -> b.listing.hasView(order))) {
                return reader.read(sorted(listed, order), sequence.incrementAndGet());
            }
        } finally {
            lock.readLock().unlock();
        }
        return write(() -> {
            List<BoardJobs> listed = existingBoards(boardKeys);
            listDue();
            return reader.read(sorted(listed, order), sequence.incrementAndGet());
        });
    }

    /** The index lag of writes from now on. */
    IndexLag indexLag() {
        return lag;
    }

    /**
     * {@code POST /job/indexing}: a new job from a flat request body.
     *
     * @throws ApiException HrFlow's refusals: unknown board, no name, reference already used
     */
    Written create(String boardKey, ObjectNode body) {
        requireName(body);
        return write(() -> {
            BoardJobs board = existingBoard(boardKey);
            String reference = StoredJob.text(body.get("reference"));
            requireFreeReference(board, reference, null);
            String now = Timestamps.format(clock.now());
            Map<String, JsonNode> server = new HashMap<>();
            server.put("id", LongNode.valueOf(nextId++));
            server.put("key", TextNode.valueOf(newKey()));
            server.put("created_at", TextNode.valueOf(now));
            server.put("updated_at", TextNode.valueOf(now));
            return store(board, JobShape.layout(body, withBoard(server, board)));
        });
    }

    /**
     * {@code PUT /job/indexing}: replaces a whole job, found by the body's {@code key}, else its {@code reference}.
     *
     * @throws ApiException HrFlow's refusals: unknown board or job, no name, reference used by another job
     */
    Written edit(String boardKey, ObjectNode body) {
        String key = StoredJob.text(body.get("key"));
        String reference = StoredJob.text(body.get("reference"));
        if (key == null && reference == null) {
            throw ApiException.badRequest("Invalid parameters. Missing parameter: key or reference");
        }
        requireName(body);
        return write(() -> {
            BoardJobs board = existingBoard(boardKey);
            StoredJob existing = key != null ? board.jobs.get(key) : board.byReference(reference);
            if (existing == null) {
                throw ApiException.notFound("job");
            }
            requireFreeReference(board, reference, existing.key());
            Map<String, JsonNode> server =
                    kept(existing.tree(), "id", "key", "created_at", "archive", "archived_at");
            server.put("updated_at", TextNode.valueOf(Timestamps.format(clock.now())));
            return store(board, JobShape.layout(body, withBoard(server, board)));
        });
    }

    /**
     * {@code PATCH /job/indexing/archive}: archives a job (sets {@code archived_at}) or restores it.
     *
     * @throws ApiException unknown board or job
     */
    Written archive(String boardKey, String key, String reference, boolean archive) {
        return write(() -> {
            BoardJobs board = existingBoard(boardKey);
            StoredJob existing = key != null ? board.jobs.get(key) : board.byReference(reference);
            if (existing == null) {
                throw ApiException.notFound("job");
            }
            String now = Timestamps.format(clock.now());
            ObjectNode job = existing.tree();
            job.put("updated_at", now);
            if (archive) {
                job.put("archived_at", now);
            } else {
                job.putNull("archived_at");
            }
            return store(board, job);
        });
    }

    /** Reserves {@code count} job ids for jobs made outside the lock, then added with {@link #addAll}. */
    long reserveIds(int count) {
        return write(() -> {
            long first = nextId;
            nextId += count;
            return first;
        });
    }

    /**
     * Adds generated jobs (with ids from {@link #reserveIds}) in one step: one sequence number, one lock,
     * listed at once. Keys and references must be new.
     */
    void addAll(String boardKey, List<StoredJob> jobs) {
        write(() -> {
            BoardJobs board = existingBoard(boardKey);
            Set<String> newKeys = new HashSet<>();
            Set<String> newReferences = new HashSet<>();
            for (StoredJob job : jobs) {
                String key = job.key();
                String reference = job.reference();
                if (key == null || keys.contains(key) || !newKeys.add(key) || reference != null
                                                                              && (board.keysByReference
                                                                                      .containsKey(reference)
                                                                                  || !newReferences.add(reference))) {
                    throw new IllegalArgumentException(
                            "Missing or already used key or reference: " + key + ", " + reference);
                }
            }
            long seq = sequence.incrementAndGet();
            List<StoredJob> placed = new ArrayList<>(jobs.size());
            for (StoredJob stored : jobs) {
                keys.add(stored.key());
                placed.add(board.put(stored, seq, nextOrdinal++));
            }
            board.listAll(placed, seq);
            return null;
        });
    }

    /** The store's clock, which stamps every write. */
    SandboxClock clock() {
        return clock;
    }

    /** Stores an API write; {@code storing/jobs} lists it when its lag has run out. */
    private Written store(BoardJobs board, ObjectNode job) {
        StoredJob stored = StoredJob.of(job);
        long seq = sequence.incrementAndGet();
        keys.add(stored.key());
        StoredJob placed = board.put(stored, seq, nextOrdinal++);
        Instant now = clock.baseInstant();
        pending.add(new Pending(board, placed, now.plus(lag.next())));
        // this write's number also lists whatever else became due: no listing fell between them
        listDue(now, seq);
        // the tree was built for this write and is kept by nobody else
        return new Written(job, seq);
    }

    private boolean isDue(Instant now) {
        Pending first = pending.peek();
        return first != null && !first.due().isAfter(now);
    }

    /** Lists the writes due now, under a new sequence number if any; needs the write lock. */
    private void listDue() {
        Instant now = clock.baseInstant();
        if (isDue(now)) {
            listDue(now, sequence.incrementAndGet());
        }
    }

    private void listDue(Instant now, long seq) {
        while (isDue(now)) {
            Pending due = pending.poll();
            due.board().list(due.job(), seq);
        }
    }

    private List<BoardJobs> existingBoards(List<String> boardKeys) {
        List<BoardJobs> found = new ArrayList<>(boardKeys.size());
        for (String boardKey : boardKeys) {
            found.add(existingBoard(boardKey));
        }
        return found;
    }

    /** One board's live view; several boards merged (each view is sorted, so the sort only merges runs). */
    private static List<StoredJob> sorted(List<BoardJobs> boards, ListingOrder order) {
        if (boards.size() == 1) {
            return boards.get(0).listing.view(order);
        }
        List<StoredJob> merged = new ArrayList<>();
        boards.stream().distinct().forEach(board -> merged.addAll(board.listing.view(order)));
        merged.sort(order.comparator());
        return merged;
    }

    private BoardJobs existingBoard(String boardKey) {
        BoardJobs board = boardKey == null ? null : boards.get(boardKey);
        if (board == null) {
            throw ApiException.notFound("board");
        }
        return board;
    }

    private static Map<String, JsonNode> withBoard(Map<String, JsonNode> server, BoardJobs board) {
        server.put("board_key", TextNode.valueOf(board.board.key()));
        server.put("board", boardJson(board.board));
        return server;
    }

    /** The {@code board} object HrFlow nests in each job. */
    static ObjectNode boardJson(Board board) {
        return Json.MAPPER.createObjectNode().put("key", board.key()).put("name", board.name())
                .put("type", board.type()).put("subtype", board.subtype()).put("environment", board.environment());
    }

    private static Map<String, JsonNode> kept(ObjectNode job, String... fields) {
        Map<String, JsonNode> kept = new HashMap<>();
        for (String field : fields) {
            JsonNode value = job.get(field);
            if (value != null) {
                kept.put(field, value);
            }
        }
        return kept;
    }

    private static void requireName(ObjectNode body) {
        String name = StoredJob.text(body.get("name"));
        if (name == null || name.isBlank()) {
            throw ApiException.badRequest("Invalid parameters. Missing parameter: name");
        }
    }

    private static void requireFreeReference(BoardJobs board, String reference, String ownKey) {
        if (reference == null) {
            return;
        }
        String holder = board.keysByReference.get(reference);
        if (holder != null && !holder.equals(ownKey)) {
            throw ApiException.badRequest("Invalid parameters. Job reference: " + reference + " Already used!");
        }
    }

    private String newKey() {
        String key;
        do {
            key = hexKey(ThreadLocalRandom.current().nextLong(), ThreadLocalRandom.current().nextLong(),
                    ThreadLocalRandom.current().nextInt());
        } while (keys.contains(key));
        return key;
    }

    /** 40 hex characters, the shape of HrFlow's keys. */
    static String hexKey(long high, long low, int tail) {
        return "%016x%016x%08x".formatted(high, low, tail);
    }

    private List<StoredJob> jobsOf(String boardKey) {
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

    private static String abbreviate(JsonNode job) {
        String text = job.toString();
        return text.length() <= 120 ? text : text.substring(0, 120) + "...";
    }

    /** Reads a sorted listing under the store's lock. */
    @FunctionalInterface
    interface ListingReader<T> {
        T read(List<StoredJob> sorted, long seq);
    }

    /** A write waiting to be listed. */
    private record Pending(BoardJobs board, StoredJob job, Instant due) {
    }

    /** A stored job (a copy) and the sequence number of its write. */
    record Written(ObjectNode job, long seq) {
    }
}
