package io.github.camelhrflow.sandbox;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
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
 * Boards with their jobs and sources with their profiles, thread-safe; one code for both, told apart by
 * {@link Resource}. Items are kept as JSON, verbatim: the sandbox serves an item exactly as it was
 * stored. Items are copied on the way in and out, so no caller can change a stored item behind the
 * store's back.
 *
 * <p>Each operation is one method over the {@link Resource}; the named job and profile methods
 * ({@code jobByKey}, {@code profileKeys}, ...) are thin entry points kept for the sandbox's users
 * (tests, examples, the CLI), and the sandbox's own code calls the methods over the resource.
 *
 * <p>Every write and every listing takes a sequence number while it holds the store's lock, so the
 * numbers order them as they really happened; {@link #history(String)} is told in those numbers.
 *
 * <p>Writes through the API (and the sandbox's Java write methods) reach {@code storing/*} after
 * the {@link IndexLag index lag}, on the base clock; seeds are listed at once. Writes whose lag ran
 * out are listed by the next write, listing or history read, under the write lock and that step's
 * sequence number, so a listing sees exactly the writes listed before its own number.
 */
public final class JobStore {

    /** Ids of created items start above those of the seeds, as HrFlow's grow over time. */
    private static final long FIRST_ID = 2_000_000L;

    private final ReadWriteLock lock = new ReentrantReadWriteLock();
    private final Map<Resource, Map<String, Container>> containers = new EnumMap<>(Resource.class);
    /** Item keys of every container: HrFlow's keys are unique across boards and sources. */
    private final Set<String> keys = new HashSet<>();
    private final AtomicLong sequence = new AtomicLong();
    private final SandboxClock clock;
    private final IndexLag lag = new IndexLag();
    /** Writes waiting for their lag, soonest first (then in write order). */
    private final PriorityQueue<Pending> pending = new PriorityQueue<>(
            Comparator.comparing(Pending::due).thenComparingLong(p -> p.item().writeSeq()));
    private final Map<Resource, Long> nextId = new EnumMap<>(Resource.class);
    private long nextOrdinal;

    /** A store on the system clock. */
    public JobStore() {
        this(new SandboxClock(Clock.systemUTC()));
    }

    JobStore(SandboxClock clock) {
        this.clock = clock;
        for (Resource resource : Resource.values()) {
            containers.put(resource, new LinkedHashMap<>());
            nextId.put(resource, FIRST_ID);
        }
    }

    // ---- jobs and boards

    /** Adds a board, or replaces the description of an existing one and keeps its jobs. */
    public void putBoard(Board board) {
        putContainer(ContainerInfo.of(board));
    }

    /**
     * Adds a job to a board as it is, or replaces the job with the same {@code key}; no field is
     * stamped or checked beyond the key. For seeds and for tests that need a job just so.
     *
     * @throws IllegalArgumentException when the board is unknown or the job has no textual {@code key}
     */
    public void putJob(String boardKey, ObjectNode job) {
        putItem(Resource.JOB, boardKey, job);
    }

    public boolean hasBoard(String boardKey) {
        return hasContainer(Resource.JOB, boardKey);
    }

    public Optional<Board> board(String boardKey) {
        return container(Resource.JOB, boardKey).map(ContainerInfo::board);
    }

    /** All boards, in the order they were added. */
    public List<Board> boards() {
        return containers(Resource.JOB).stream().map(ContainerInfo::board).toList();
    }

    /** A copy of the job, empty when the board or the job is unknown. */
    public Optional<ObjectNode> jobByKey(String boardKey, String key) {
        return byKey(Resource.JOB, boardKey, key);
    }

    /** A copy of the job, empty when the board is unknown or no job has that reference. */
    public Optional<ObjectNode> jobByReference(String boardKey, String reference) {
        return byReference(Resource.JOB, boardKey, reference);
    }

    /** Copies of a board's jobs in insertion order; empty for an unknown board. */
    public List<ObjectNode> jobs(String boardKey) {
        return items(Resource.JOB, boardKey);
    }

    /** The keys of a board's jobs in insertion order; empty for an unknown board. */
    public List<String> jobKeys(String boardKey) {
        return keys(Resource.JOB, boardKey);
    }

    /** The non-null references of a board's jobs in insertion order; empty for an unknown board. */
    public List<String> jobReferences(String boardKey) {
        return references(Resource.JOB, boardKey);
    }

    /**
     * Every version the board's jobs ever had, in the order they appeared; empty for an unknown board.
     * See {@link JobVersion} for how to tell which existed during a request.
     */
    public List<JobVersion> history(String boardKey) {
        return history(Resource.JOB, boardKey);
    }

    // ---- profiles and sources

    /** Adds a source, or replaces the description of an existing one and keeps its profiles. */
    public void putSource(Source source) {
        putContainer(ContainerInfo.of(source));
    }

    /**
     * Adds a profile to a source as it is, or replaces the profile with the same {@code key}; no field is
     * stamped or checked beyond the key.
     *
     * @throws IllegalArgumentException when the source is unknown or the profile has no textual {@code key}
     */
    public void putProfile(String sourceKey, ObjectNode profile) {
        putItem(Resource.PROFILE, sourceKey, profile);
    }

    public Optional<Source> source(String sourceKey) {
        return container(Resource.PROFILE, sourceKey).map(ContainerInfo::source);
    }

    /** All sources, in the order they were added. */
    public List<Source> sources() {
        return containers(Resource.PROFILE).stream().map(ContainerInfo::source).toList();
    }

    /** A copy of the profile, empty when the source or the profile is unknown. */
    public Optional<ObjectNode> profileByKey(String sourceKey, String key) {
        return byKey(Resource.PROFILE, sourceKey, key);
    }

    /** A copy of the profile, empty when the source is unknown or no profile has that reference. */
    public Optional<ObjectNode> profileByReference(String sourceKey, String reference) {
        return byReference(Resource.PROFILE, sourceKey, reference);
    }

    /** Copies of a source's profiles in insertion order; empty for an unknown source. */
    public List<ObjectNode> profiles(String sourceKey) {
        return items(Resource.PROFILE, sourceKey);
    }

    /** The number of profiles of a source, 0 for an unknown source. */
    public int profileCount(String sourceKey) {
        return count(Resource.PROFILE, sourceKey);
    }

    /** The keys of a source's profiles in insertion order; empty for an unknown source. */
    public List<String> profileKeys(String sourceKey) {
        return keys(Resource.PROFILE, sourceKey);
    }

    /** The non-null references of a source's profiles in insertion order; empty for an unknown source. */
    public List<String> profileReferences(String sourceKey) {
        return references(Resource.PROFILE, sourceKey);
    }

    /** Every version the source's profiles ever had, in the order they appeared; empty for an unknown source. */
    public List<JobVersion> profileHistory(String sourceKey) {
        return history(Resource.PROFILE, sourceKey);
    }

    // ---- either, told by the resource

    void putContainer(ContainerInfo info) {
        write(() -> {
            containers.get(info.resource()).computeIfAbsent(info.key(), k -> new Container(info)).info = info;
            return null;
        });
    }

    void putItem(Resource resource, String containerKey, ObjectNode item) {
        if (StoredItem.text(item.get("key")) == null) {
            throw new IllegalArgumentException(
                    "A " + resource.word() + " needs a textual \"key\": " + abbreviate(item));
        }
        StoredItem stored = StoredItem.of(resource, item.deepCopy());
        write(() -> {
            Container container = containers.get(resource).get(containerKey);
            if (container == null) {
                throw new IllegalArgumentException("Unknown " + resource.container() + " " + containerKey);
            }
            JsonNode id = item.get("id");
            if (id != null && id.canConvertToLong()) {
                nextId.merge(resource, id.asLong() + 1, Math::max);
            }
            keys.add(stored.key());
            long seq = sequence.incrementAndGet();
            container.list(container.put(stored, seq, nextOrdinal++), seq);
            return null;
        });
    }

    boolean hasContainer(Resource resource, String key) {
        return read(() -> containers.get(resource).containsKey(key));
    }

    Optional<ContainerInfo> container(Resource resource, String key) {
        return read(() -> Optional.ofNullable(containers.get(resource).get(key)).map(c -> c.info));
    }

    List<ContainerInfo> containers(Resource resource) {
        return read(() -> containers.get(resource).values().stream().map(c -> c.info).toList());
    }

    Optional<ObjectNode> byKey(Resource resource, String containerKey, String key) {
        return read(() -> Optional.ofNullable(containers.get(resource).get(containerKey))
                .map(c -> c.items.get(key))
                .map(StoredItem::tree));
    }

    Optional<ObjectNode> byReference(Resource resource, String containerKey, String reference) {
        return read(() -> Optional.ofNullable(containers.get(resource).get(containerKey))
                .map(c -> c.byReference(reference))
                .map(StoredItem::tree));
    }

    List<ObjectNode> items(Resource resource, String containerKey) {
        return read(() -> itemsOf(resource, containerKey).stream().map(StoredItem::tree).toList());
    }

    int count(Resource resource, String containerKey) {
        return read(() -> Optional.ofNullable(containers.get(resource).get(containerKey)).map(c -> c.items.size())
                .orElse(0));
    }

    List<String> keys(Resource resource, String containerKey) {
        return read(() -> itemsOf(resource, containerKey).stream().map(StoredItem::key).toList());
    }

    List<String> references(Resource resource, String containerKey) {
        return read(() -> itemsOf(resource, containerKey).stream().map(StoredItem::reference)
                .filter(r -> r != null).toList());
    }

    List<JobVersion> history(Resource resource, String containerKey) {
        return write(() -> {
            listDue();
            Container container = containers.get(resource).get(containerKey);
            return container == null ? List.<JobVersion>of() : List.copyOf(container.history);
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
     * Reads what {@code storing/*} lists of the containers, sorted, under the store's lock and a new
     * sequence number. Usually under the read lock; under the write lock when writes became due for
     * listing or a sorted view must be built first.
     *
     * @param reader gets the sorted items (read them, do not keep or change the list) and the sequence number
     * @throws ApiException board or source not found
     */
    <T> T listing(Resource resource, List<String> containerKeys, ListingOrder order, ListingReader<T> reader) {
        lock.readLock().lock();
        try {
            List<Container> listed = existing(resource, containerKeys);
            if (!isDue(clock.baseInstant()) && listed.stream().allMatch(c -> c.listing.hasView(order))) {
                return reader.read(sorted(listed, order), sequence.incrementAndGet());
            }
        } finally {
            lock.readLock().unlock();
        }
        return write(() -> {
            List<Container> listed = existing(resource, containerKeys);
            listDue();
            return reader.read(sorted(listed, order), sequence.incrementAndGet());
        });
    }

    /** {@link #listing(Resource, List, ListingOrder, ListingReader)} of boards. */
    <T> T listing(List<String> boardKeys, ListingOrder order, ListingReader<T> reader) {
        return listing(Resource.JOB, boardKeys, order, reader);
    }

    /** The index lag of writes from now on. */
    IndexLag indexLag() {
        return lag;
    }

    /**
     * {@code POST .../indexing}: a new item from a flat request body. A profile keeps the
     * {@code created_at} it was sent with (HrFlow echoes it); a job's is now.
     *
     * @throws ApiException HrFlow's refusals: unknown container, missing required field, reference already used
     */
    Written create(Resource resource, String containerKey, ObjectNode body) {
        return create(resource, containerKey, body, null);
    }

    /** {@link #create(Resource, String, ObjectNode)} of a parsed file: the profile's {@code attachments}. */
    Written create(Resource resource, String containerKey, ObjectNode body, JsonNode attachments) {
        requireField(resource, body);
        return write(() -> {
            Container container = existing(resource, containerKey);
            String reference = StoredItem.text(body.get("reference"));
            requireFreeReference(resource, container, reference, null);
            String now = Timestamps.format(clock.now());
            Map<String, JsonNode> server = new HashMap<>();
            server.put("id", LongNode.valueOf(nextId(resource)));
            server.put("key", TextNode.valueOf(newKey()));
            String created = resource == Resource.PROFILE ? StoredItem.text(body.get("created_at")) : null;
            server.put("created_at", TextNode.valueOf(created != null ? created : now));
            server.put("updated_at", TextNode.valueOf(now));
            if (resource == Resource.PROFILE) {
                // HrFlow keeps the files a profile was parsed from; one indexed from JSON has none
                server.put("attachments", attachments != null ? attachments : Json.MAPPER.createArrayNode());
            }
            return store(container, withEntryKeys(resource.shape().layout(body, withContainer(server, container)),
                    resource));
        });
    }

    /**
     * {@code PUT .../indexing}: replaces a whole item, found by the body's {@code key}, else its {@code reference}.
     *
     * @throws ApiException HrFlow's refusals: unknown container or item, missing required field, reference
     *                      used by another item
     */
    Written edit(Resource resource, String containerKey, ObjectNode body) {
        String key = StoredItem.text(body.get("key"));
        String reference = StoredItem.text(body.get("reference"));
        if (key == null && reference == null) {
            throw ApiException.badRequest("Invalid parameters. Missing parameter: key or reference");
        }
        requireField(resource, body);
        return write(() -> {
            Container container = existing(resource, containerKey);
            StoredItem existing = key != null ? container.items.get(key) : container.byReference(reference);
            if (existing == null) {
                throw ApiException.notFound(resource.word());
            }
            requireFreeReference(resource, container, reference, existing.key());
            Map<String, JsonNode> server = kept(existing.tree(), "id", "key", "created_at", "archive", "archived_at",
                    "attachments");
            server.put("updated_at", TextNode.valueOf(Timestamps.format(clock.now())));
            return store(container, withEntryKeys(resource.shape().layout(body, withContainer(server, container)),
                    resource));
        });
    }

    /**
     * {@code PATCH .../indexing/archive}: archives an item (sets {@code archived_at}) or restores it.
     *
     * @throws ApiException unknown container or item
     */
    Written archive(Resource resource, String containerKey, String key, String reference, boolean archive) {
        return write(() -> {
            Container container = existing(resource, containerKey);
            StoredItem existing = key != null ? container.items.get(key) : container.byReference(reference);
            if (existing == null) {
                throw ApiException.notFound(resource.word());
            }
            String now = Timestamps.format(clock.now());
            ObjectNode item = existing.tree();
            item.put("updated_at", now);
            if (archive) {
                item.put("archived_at", now);
            } else {
                item.putNull("archived_at");
            }
            return store(container, item);
        });
    }

    /** Whether a reference is taken in a container (false for an unknown container). */
    boolean referenceTaken(Resource resource, String containerKey, String reference) {
        return read(() -> {
            Container container = containers.get(resource).get(containerKey);
            return container != null && container.keysByReference.containsKey(reference);
        });
    }

    /** Reserves {@code count} ids for items made outside the lock, then added with {@link #addAll}. */
    long reserveIds(Resource resource, int count) {
        return write(() -> {
            long first = nextId.get(resource);
            nextId.put(resource, first + count);
            return first;
        });
    }

    /**
     * Adds generated items (with ids from {@link #reserveIds}) in one step: one sequence number, one lock,
     * listed at once. Keys and references must be new.
     */
    void addAll(Resource resource, String containerKey, List<StoredItem> items) {
        write(() -> {
            Container container = existing(resource, containerKey);
            Set<String> newKeys = new HashSet<>();
            Set<String> newReferences = new HashSet<>();
            for (StoredItem item : items) {
                String key = item.key();
                String reference = item.reference();
                if (key == null || keys.contains(key) || !newKeys.add(key)
                    || reference != null && (container.keysByReference.containsKey(reference)
                                             || !newReferences.add(reference))) {
                    throw new IllegalArgumentException(
                            "Missing or already used key or reference: " + key + ", " + reference);
                }
            }
            long seq = sequence.incrementAndGet();
            List<StoredItem> placed = new ArrayList<>(items.size());
            for (StoredItem stored : items) {
                keys.add(stored.key());
                placed.add(container.put(stored, seq, nextOrdinal++));
            }
            container.listAll(placed, seq);
            return null;
        });
    }

    /** The store's clock, which stamps every write. */
    SandboxClock clock() {
        return clock;
    }

    /** Stores an API write; {@code storing/*} lists it when its lag has run out. */
    private Written store(Container container, ObjectNode item) {
        StoredItem stored = StoredItem.of(container.info.resource(), item);
        long seq = sequence.incrementAndGet();
        keys.add(stored.key());
        StoredItem placed = container.put(stored, seq, nextOrdinal++);
        Instant now = clock.baseInstant();
        pending.add(new Pending(container, placed, now.plus(lag.next())));
        // this write's number also lists whatever else became due: no listing fell between them
        listDue(now, seq);
        // the tree was built for this write and is kept by nobody else
        return new Written(item, seq);
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
            due.container().list(due.item(), seq);
        }
    }

    private List<Container> existing(Resource resource, List<String> containerKeys) {
        List<Container> found = new ArrayList<>(containerKeys.size());
        for (String containerKey : containerKeys) {
            found.add(existing(resource, containerKey));
        }
        return found;
    }

    /** One container's live view; several merged (each view is sorted, so the sort only merges runs). */
    private static List<StoredItem> sorted(List<Container> containers, ListingOrder order) {
        if (containers.size() == 1) {
            return containers.get(0).listing.view(order);
        }
        List<StoredItem> merged = new ArrayList<>();
        containers.stream().distinct().forEach(container -> merged.addAll(container.listing.view(order)));
        merged.sort(order.comparator());
        return merged;
    }

    private Container existing(Resource resource, String containerKey) {
        Container container = containerKey == null ? null : containers.get(resource).get(containerKey);
        if (container == null) {
            throw ApiException.notFound(resource.container());
        }
        return container;
    }

    private long nextId(Resource resource) {
        long id = nextId.get(resource);
        nextId.put(resource, id + 1);
        return id;
    }

    /** Adds {@code board_key} and {@code board} (or the source's twins) to the server's fields. */
    private static Map<String, JsonNode> withContainer(Map<String, JsonNode> server, Container container) {
        Resource resource = container.info.resource();
        server.put(resource.containerParam(), TextNode.valueOf(container.info.key()));
        server.put(resource.container(), container.info.json());
        return server;
    }

    /** Gives each experience and education of a profile a key, as HrFlow does; a job is left as laid out. */
    private ObjectNode withEntryKeys(ObjectNode item, Resource resource) {
        if (resource == Resource.PROFILE) {
            for (String list : List.of("experiences", "educations")) {
                for (JsonNode entry : item.path(list)) {
                    if (entry.isObject() && !entry.has("key")) {
                        ((ObjectNode) entry).put("key", newKey());
                    }
                }
            }
        }
        return item;
    }

    /** The {@code board} object HrFlow nests in each job. */
    static ObjectNode boardJson(Board board) {
        return ContainerInfo.of(board).json();
    }

    private static Map<String, JsonNode> kept(ObjectNode item, String... fields) {
        Map<String, JsonNode> kept = new HashMap<>();
        for (String field : fields) {
            JsonNode value = item.get(field);
            if (value != null) {
                kept.put(field, value);
            }
        }
        return kept;
    }

    private static void requireField(Resource resource, ObjectNode body) {
        String field = resource.requiredField();
        if (field == null) {
            return;
        }
        String value = StoredItem.text(body.get(field));
        if (value == null || value.isBlank()) {
            throw ApiException.badRequest("Invalid parameters. Missing parameter: " + field);
        }
    }

    private static void requireFreeReference(Resource resource, Container container, String reference,
                                             String ownKey) {
        if (reference == null) {
            return;
        }
        String holder = container.keysByReference.get(reference);
        if (holder != null && !holder.equals(ownKey)) {
            throw ApiException.badRequest(resource.referenceUsed(reference));
        }
    }

    /** A new key, used by no item yet. */
    String newKey() {
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

    private List<StoredItem> itemsOf(Resource resource, String containerKey) {
        Container container = containers.get(resource).get(containerKey);
        return container == null ? List.of() : new ArrayList<>(container.items.values());
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

    private static String abbreviate(JsonNode item) {
        String text = item.toString();
        return text.length() <= 120 ? text : text.substring(0, 120) + "...";
    }

    /** Reads a sorted listing under the store's lock. */
    @FunctionalInterface
    interface ListingReader<T> {
        T read(List<StoredItem> sorted, long seq);
    }

    /** A write waiting to be listed. */
    private record Pending(Container container, StoredItem item, Instant due) {
    }

    /** A stored item (a copy) and the sequence number of its write. */
    record Written(ObjectNode job, long seq) {
    }
}
