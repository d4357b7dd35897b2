package io.github.camelhrflow.livecheck;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The scripted writes and reads on a scratch board, and what they say of each assumption. One run: creates a burst of
 * jobs, lists them in several ways, creates one more a second later, edits one, tries a duplicate reference and
 * unknown keys and boards, archives every job it created, and waits (bounded) for each write to be listed.
 * <p>
 * It never throws for what HrFlow answers: an answer that stops the script turns the lines it could not reach into
 * {@code not checked} with the reason, and the jobs created so far are archived all the same.
 */
final class LiveCheck {

    /** Every job this check creates has a reference that starts with this, then the run id. */
    static final String REFERENCE_PREFIX = "camel-hrflow-live-check-";

    static final String TIMESTAMPS_FORMAT = "timestamps.format";
    static final String WRITE_ANSWERS = "write.answers";
    static final String WRITE_CLOCK = "write.clock.forward";
    static final String EDIT_KEEPS_CREATED_AT = "edit.keeps.created_at";
    static final String ARCHIVE_UPDATES = "archive.updates.updated_at";
    static final String TIES_UPDATED_AT = "storing.ties.updated_at";
    static final String TIES_CREATED_AT = "storing.ties.created_at";
    static final String CREATED_AT_MAX = "storing.created_at_max.timestamp";
    static final String CREATED_AT_MIN = "storing.created_at_min.timestamp";
    static final String LAG = "storing.lag";
    static final String ARCHIVED_LISTED = "storing.archived.listed";
    static final String TOTAL = "storing.total";
    static final String NOT_FOUND = "errors.not_found";
    static final String NOT_FOUND_STORING = "errors.not_found.storing";
    static final String RETRY_AFTER = "errors.retry_after";
    static final String PROFILE_NOT_FOUND = "profiles.errors.not_found";
    static final String PROFILE_WRITES = "profiles.write.answers";
    static final String PROFILE_TIES = "profiles.storing.ties.updated_at";
    static final String PROFILE_LAG = "profiles.storing.lag";
    static final String PROFILE_ARCHIVED = "profiles.storing.archived.listed";

    /** The lines, in the order they are printed. */
    static final List<String> ASSUMPTIONS = List.of(WRITE_ANSWERS, TIMESTAMPS_FORMAT, WRITE_CLOCK,
            EDIT_KEEPS_CREATED_AT, ARCHIVE_UPDATES, TIES_UPDATED_AT, TIES_CREATED_AT, CREATED_AT_MAX, CREATED_AT_MIN,
            LAG, ARCHIVED_LISTED, TOTAL, NOT_FOUND, NOT_FOUND_STORING, RETRY_AFTER, PROFILE_NOT_FOUND, PROFILE_WRITES,
            PROFILE_TIES, PROFILE_LAG, PROFILE_ARCHIVED);

    static final String JOB_INDEXING = "/job/indexing";
    static final String JOB_ARCHIVE = "/job/indexing/archive";
    static final String STORING_JOBS = "/storing/jobs";
    static final String PROFILE_INDEXING = "/profile/indexing";

    /** A second boundary is crossed when this much has passed since an answer: HrFlow's times are to the second. */
    private static final Duration NEXT_SECOND = Duration.ofMillis(1_050);
    /** Pages read at most by one scan of the listing. */
    private static final int MAX_PAGES = 40;

    private static final DateTimeFormatter RUN_ID = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);

    /** Where and with what to run. {@code sourceKey} may be {@code null}. */
    record Target(String baseUrl, String apiKey, String userEmail, String boardKey, String sourceKey,
                  String description) {

        @Override
        public String toString() {
            return description; // never the key
        }
    }

    /**
     * How to run.
     *
     * @param jobs         jobs created in the first burst (at least 2)
     * @param pageSize     HrFlow's {@code limit} for the listings
     * @param pollInterval between two listings while waiting for writes to be listed
     * @param maxWait      how long to wait for a write to be listed before saying it was not
     * @param lookback     the lag the consumers tolerate (their {@code lookback}): {@code storing.lag} holds within it
     */
    record Settings(int jobs, int pageSize, Duration pollInterval, Duration maxWait, Duration lookback) {

        static Settings defaults() {
            return new Settings(5, 50, Duration.ofSeconds(1), Duration.ofSeconds(120), Duration.ofSeconds(60));
        }

        Settings {
            if (jobs < 2) {
                throw new IllegalArgumentException("At least 2 jobs are needed to see ties, got " + jobs);
            }
            if (pageSize < 2) {
                throw new IllegalArgumentException("The page size must be at least 2, got " + pageSize);
            }
        }
    }

    /** The outcome of a run. */
    record Report(String runId, List<Verdict> verdicts, java.nio.file.Path directory, int created, int archived) {

        long count(Verdict.Outcome outcome) {
            return verdicts.stream().filter(v -> v.outcome() == outcome).count();
        }

        Verdict verdict(String assumption) {
            return verdicts.stream().filter(v -> v.assumption().equals(assumption)).findFirst().orElseThrow();
        }
    }

    /** A job this run created, as it last knew it. */
    private static final class Scratch {
        final int number;
        final String reference;
        String key;
        ObjectNode job;
        Instant createdAt;
        Instant updatedAt;
        Instant answeredAt;
        boolean archived;

        Scratch(int number, String reference) {
            this.number = number;
            this.reference = reference;
        }

        String name() {
            return "#" + number;
        }
    }

    /** A job as one listing showed it. */
    private record Listed(String key, String reference, String createdAtText, String updatedAtText,
                          String archivedAtText, Instant createdAt, Instant updatedAt) {

        static Listed of(JsonNode job) {
            String created = text(job.get("created_at"));
            String updated = text(job.get("updated_at"));
            return new Listed(text(job.get("key")), text(job.get("reference")), created, updated,
                    text(job.get("archived_at")), Timestamps.parse(created), Timestamps.parse(updated));
        }
    }

    /** One page of the listing. */
    private record Page(Call call, int total, int maxPage, int count, List<Listed> jobs) {
    }

    /** What one scan of the listing, newest change first, saw. */
    private record Scan(Map<String, Listed> jobs, boolean reachedFloor, int total, Call last) {
    }

    private enum WriteKind {
        CREATE, EDIT, ARCHIVE
    }

    /** A write waiting to be listed. */
    private static final class Pending {
        final WriteKind kind;
        final Scratch job;
        final Instant sentAt;
        /** The listing must be read down to here to see the write (for an archive: to see the job gone). */
        final Instant floor;
        final Instant updatedAt;
        Instant seenAt;
        /** For an archive: listed with {@code archived_at}, or gone from the list. */
        Boolean stillListed;
        Listed listed;

        Pending(WriteKind kind, Scratch job, Instant sentAt, Instant floor, Instant updatedAt) {
            this.kind = kind;
            this.job = job;
            this.sentAt = sentAt;
            this.floor = floor;
            this.updatedAt = updatedAt;
        }

        Duration lag() {
            return Duration.between(sentAt, seenAt);
        }
    }

    private final Target target;
    private final Settings settings;
    private final Recorder recorder;
    private final PrintWriter progress;
    private final String runId;
    private final Map<String, Verdict> verdicts = new LinkedHashMap<>();
    private final List<Scratch> created = new ArrayList<>();
    private final List<Pending> writes = new ArrayList<>();
    private final List<String> writeAnswerIssues = java.util.Collections.synchronizedList(new ArrayList<>());
    private final List<String> writeAnswerFacts = new ArrayList<>();
    private final Set<String> timestampForms = new LinkedHashSet<>();
    private final List<String> oddTimestamps = new ArrayList<>();
    /** Server time of each sequential write, in order, with what it was. */
    private final List<Map.Entry<String, Instant>> writeTimes = new ArrayList<>();

    LiveCheck(Target target, Settings settings, java.nio.file.Path outputRoot, PrintWriter progress) {
        this.target = target;
        this.settings = settings;
        this.progress = progress;
        this.runId = RUN_ID.format(Instant.now()) + "-" + HexFormat.of().formatHex(randomBytes(2));
        this.recorder = new Recorder(target.baseUrl(), target.apiKey(), target.userEmail(),
                outputRoot.resolve(runId), Math.max(8, settings.jobs() + 2));
    }

    String runId() {
        return runId;
    }

    /** The prefix of the references of the jobs this run creates. */
    String referencePrefix() {
        return REFERENCE_PREFIX + runId + "-";
    }

    java.nio.file.Path directory() {
        return recorder.directory();
    }

    /** The text with the API key masked. */
    String mask(String text) {
        return recorder.mask(text);
    }

    /** Runs the whole script; always archives what it created, writes the answers and the lines, and returns them. */
    Report run() {
        String stoppedAt = null;
        try (recorder) {
            try {
                script();
            } catch (StopCheck | UncheckedIOException | IllegalStateException e) {
                stoppedAt = e.getMessage();
                note("stopped: " + stoppedAt);
            } finally {
                cleanUp();
            }
            List<Verdict> lines = finish(stoppedAt);
            writeSummary(lines);
            int archived = (int) created.stream().filter(s -> s.archived).count();
            return new Report(runId, lines, recorder.directory(), created.size(), archived);
        }
    }

    /** An answer after which the script cannot go on. */
    private static final class StopCheck extends RuntimeException {
        private static final long serialVersionUID = 1L;

        StopCheck(String message) {
            super(message);
        }
    }

    // ---------------------------------------------------------------- the script

    private void script() {
        // 1. a burst of jobs at the start of a second, so that several share created_at and updated_at
        sleepUntilNextSecond();
        createBurst();
        awaitListed("created jobs");

        // 2. ties: the same order in every listing
        checkTies(TIES_UPDATED_AT, "updated_at", "desc");
        checkTies(TIES_CREATED_AT, "created_at", "asc");

        // 3. one more job, created in a later second: the filters on created_at must tell them apart
        Scratch late = new Scratch(settings.jobs() + 1, referencePrefix() + (settings.jobs() + 1));
        awaitSecondAfter(latestAnswer());
        create(late, "create-" + late.number);
        recordWriteTime("create " + late.name(), late.updatedAt);
        awaitListed("the later job");
        checkCreatedAtFilters(late);

        // 4. an edit of the first job, a second or more after it was created
        Scratch edited = created.get(0);
        awaitSecondAfter(latestAnswer());
        edit(edited);
        awaitListed("the edit");

        // 5. totals and paging, refusals, unknown keys and boards
        checkTotal();
        duplicateReference(edited);
        checkNotFound(edited);
        checkStoringNotFound();
        checkProfiles();

        // 6. archive everything, a second or more after the last write
        awaitSecondAfter(latestAnswer());
        int totalBefore = scanRecent("before-archive", earliestUpdate()).total();
        archiveAll();
        Scan after = awaitListed("the archives");
        checkArchived(totalBefore, after);
    }

    private void createBurst() {
        List<Scratch> burst = new ArrayList<>();
        for (int n = 1; n <= settings.jobs(); n++) {
            burst.add(new Scratch(n, referencePrefix() + n));
        }
        note("creating " + burst.size() + " jobs at once");
        ExecutorService pool = Executors.newFixedThreadPool(burst.size());
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (Scratch scratch : burst) {
                futures.add(pool.submit(() -> create(scratch, "create-" + scratch.number)));
            }
            for (Future<?> future : futures) {
                try {
                    future.get();
                } catch (ExecutionException e) {
                    if (e.getCause() instanceof RuntimeException runtime) {
                        throw runtime;
                    }
                    throw new IllegalStateException(e.getCause());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("Interrupted", e);
                }
            }
        } finally {
            pool.shutdownNow();
        }
        // the burst's writes ran at once: only their latest time orders them against later writes
        burst.stream().map(s -> s.updatedAt).max(Instant::compareTo)
                .ifPresent(time -> recordWriteTime("create burst", time));
    }

    private void create(Scratch scratch, String label) {
        ObjectNode body = Recorder.MAPPER.createObjectNode()
                .put("board_key", target.boardKey())
                .put("name", "camel-hrflow live check " + runId + " " + scratch.name())
                .put("reference", scratch.reference)
                .put("summary", "Scratch job written by camel-hrflow's live check; archived at the end of the run.");
        body.putArray("tags").addObject().put("name", "camel-hrflow-live-check").put("value", runId);
        Call call = recorder.write(label, "POST", JOB_INDEXING, body);
        JsonNode data = call.data();
        if (call.status() == 401 || call.status() == 403) {
            writeAnswerIssues.add("POST " + call.seen());
            throw new StopCheck("HrFlow refused to create a job (" + call.seen() + "): the live check writes jobs, "
                                + "so it needs a key that may write (ask_...) and a board that key may write to");
        }
        String key = text(data.get("key"));
        if (call.status() != 201 || key == null) {
            writeAnswerIssues.add("POST " + call.seen() + (key == null ? " without data.key" : ""));
            if (key == null) {
                throw new StopCheck("creating a job failed: " + call.describe());
            }
        }
        scratch.key = key;
        scratch.job = (ObjectNode) data;
        scratch.answeredAt = call.answeredAt();
        scratch.createdAt = timestamp(data, "created_at");
        scratch.updatedAt = timestamp(data, "updated_at");
        synchronized (created) {
            created.add(scratch);
            writes.add(new Pending(WriteKind.CREATE, scratch, call.sentAt(), scratch.updatedAt, scratch.updatedAt));
        }
    }

    private void edit(Scratch scratch) {
        Instant createdBefore = scratch.createdAt;
        Instant updatedBefore = scratch.updatedAt;
        ObjectNode body = scratch.job.deepCopy();
        body.put("board_key", target.boardKey());
        body.put("name", body.path("name").asText() + " (edited)");
        Call put = recorder.write("edit-" + scratch.number, "PUT", JOB_INDEXING, body);
        JsonNode data = put.data();
        if (put.status() != 200 || !scratch.key.equals(text(data.get("key")))) {
            writeAnswerIssues.add("PUT " + put.seen() + ", data.key " + text(data.get("key")));
            verdicts.put(EDIT_KEEPS_CREATED_AT, Verdict.notChecked(EDIT_KEEPS_CREATED_AT,
                    "the edit was not accepted: " + put.describe()));
            return;
        }
        writeAnswerFacts.add("PUT 200 with data.key");
        Instant createdAfter = timestamp(data, "created_at");
        Instant updatedAfter = timestamp(data, "updated_at");
        Call get = recorder.get("get-edited-" + scratch.number, JOB_INDEXING, "board_key", target.boardKey(), "key",
                scratch.key);
        Instant createdRead = timestamp(get.data(), "created_at");
        Instant updatedRead = timestamp(get.data(), "updated_at");
        List<String> issues = new ArrayList<>();
        if (!Objects.equals(createdBefore, createdAfter) || !Objects.equals(createdBefore, createdRead)) {
            issues.add("created_at was " + text(scratch.job.get("created_at")) + ", the PUT answered "
                       + text(data.get("created_at")) + ", a GET then " + text(get.data().get("created_at")));
        }
        if (updatedAfter == null || !updatedAfter.isAfter(updatedBefore) || !updatedAfter.equals(updatedRead)) {
            issues.add("updated_at was " + text(scratch.job.get("updated_at")) + ", the PUT answered "
                       + text(data.get("updated_at")) + ", a GET then " + text(get.data().get("updated_at")));
        }
        verdicts.put(EDIT_KEEPS_CREATED_AT, issues.isEmpty()
                ? Verdict.holds(EDIT_KEEPS_CREATED_AT,
                        "PUT moved updated_at from " + text(scratch.job.get("updated_at"))
                                                       + " to " + text(data.get("updated_at")) + " and kept created_at "
                                                       + text(data.get("created_at")))
                : Verdict.differs(EDIT_KEEPS_CREATED_AT, String.join("; ", issues)));
        scratch.job = (ObjectNode) data;
        scratch.answeredAt = put.answeredAt();
        // the version the listing must show: the later of what the PUT answered and what a GET read after it
        Instant version = Stream.of(updatedAfter, updatedRead).filter(Objects::nonNull).max(Instant::compareTo)
                .orElse(null);
        recordWriteTime("edit " + scratch.name(), version);
        if (version == null || !version.isAfter(updatedBefore)) {
            note("the edit shows no new updated_at: the lag of edits is not measured");
            return;
        }
        scratch.updatedAt = version;
        writes.add(new Pending(WriteKind.EDIT, scratch, put.sentAt(), updatedBefore, version));
    }

    private void duplicateReference(Scratch existing) {
        ObjectNode body = Recorder.MAPPER.createObjectNode()
                .put("board_key", target.boardKey())
                .put("name", "camel-hrflow live check " + runId + " duplicate of " + existing.name())
                .put("reference", existing.reference);
        Call call = recorder.write("create-duplicate-reference", "POST", JOB_INDEXING, body);
        if (call.status() == 400) {
            writeAnswerFacts.add("a duplicate reference 400 \"" + call.message() + "\"");
            return;
        }
        writeAnswerIssues.add("a duplicate reference answered " + call.seen());
        String key = text(call.data().get("key"));
        if (key != null && !key.equals(existing.key)) {
            // HrFlow made a second job: archive it with the others
            Scratch twin = new Scratch(0, existing.reference);
            twin.key = key;
            twin.job = (ObjectNode) call.data();
            twin.answeredAt = call.answeredAt();
            twin.createdAt = timestamp(call.data(), "created_at");
            twin.updatedAt = timestamp(call.data(), "updated_at");
            created.add(twin);
        }
    }

    private void archiveAll() {
        note("archiving the " + created.size() + " jobs of this run");
        Instant latest = null;
        for (Scratch scratch : created) {
            Instant updatedBefore = scratch.updatedAt;
            Call patch = archive(scratch, "archive-" + label(scratch));
            if (!scratch.archived) {
                continue;
            }
            Call get = recorder.get("get-archived-" + label(scratch), JOB_INDEXING, "board_key", target.boardKey(),
                    "key", scratch.key);
            Instant updatedAfter = timestamp(get.data(), "updated_at");
            String archivedAt = text(get.data().get("archived_at"));
            archiveReads.add(new ArchiveRead(scratch, get, updatedBefore, updatedAfter, archivedAt));
            if (updatedAfter != null) {
                scratch.updatedAt = updatedAfter;
                latest = latest == null || updatedAfter.isAfter(latest) ? updatedAfter : latest;
            }
            writes.add(new Pending(WriteKind.ARCHIVE, scratch, patch.sentAt(), updatedBefore, updatedAfter));
        }
        if (latest != null) {
            recordWriteTime("archives", latest);
        }
    }

    private record ArchiveRead(Scratch job, Call get, Instant updatedBefore, Instant updatedAfter,
                               String archivedAt) {
    }

    private final List<ArchiveRead> archiveReads = new ArrayList<>();
    private int archiveAnswersOk;

    private Call archive(Scratch scratch, String label) {
        ObjectNode body = Recorder.MAPPER.createObjectNode()
                .put("board_key", target.boardKey())
                .put("key", scratch.key)
                .put("is_archive", 1);
        Call call = recorder.write(label, "PATCH", JOB_ARCHIVE, body);
        if (call.status() == 200 && scratch.key.equals(text(call.data().get("key")))) {
            scratch.archived = true;
            archiveAnswersOk++;
        } else {
            writeAnswerIssues.add("PATCH archive " + call.seen() + ", data.key " + text(call.data().get("key")));
            scratch.archived = call.status() == 200;
        }
        return call;
    }

    /** Archives whatever a stopped run left; never throws. */
    private void cleanUp() {
        for (Scratch scratch : new ArrayList<>(created)) {
            if (scratch.archived) {
                continue;
            }
            try {
                archive(scratch, "cleanup-archive-" + label(scratch));
            } catch (RuntimeException e) {
                note("could not archive " + scratch.reference + " (" + scratch.key + "): " + e.getMessage());
            }
        }
    }

    // ---------------------------------------------------------------- ties

    private void checkTies(String assumption, String sortBy, String orderBy) {
        Map<String, Scratch> ours = new LinkedHashMap<>();
        created.forEach(s -> ours.put(s.key, s));
        List<List<Listed>> listings = new ArrayList<>();
        List<Integer> limits = List.of(settings.pageSize(), settings.pageSize(), 2);
        for (int i = 0; i < limits.size(); i++) {
            String label = "ties-" + sortBy.replace("_at", "") + "-" + orderBy + "-" + (i + 1);
            List<Listed> order = ourOrder(label, sortBy, orderBy, limits.get(i), ours.keySet());
            if (order.size() < ours.size()) {
                verdicts.put(assumption, Verdict.notChecked(assumption, "listing " + (i + 1) + " (limit "
                                                                        + limits.get(i) + ") showed " + order.size()
                                                                        + " of the " + ours.size() + " jobs created"));
                return;
            }
            listings.add(order);
        }
        // groups of equal seconds, as the first listing shows them
        Map<String, List<String>> groups = new TreeMap<>();
        for (Listed job : listings.get(0)) {
            String time = sortBy.equals("updated_at") ? job.updatedAtText() : job.createdAtText();
            groups.computeIfAbsent(String.valueOf(time), t -> new ArrayList<>()).add(job.key());
        }
        groups.values().removeIf(keys -> keys.size() < 2);
        if (groups.isEmpty()) {
            verdicts.put(assumption, Verdict.notChecked(assumption, "no two of the " + ours.size()
                                                                    + " jobs created at once share a " + sortBy
                                                                    + " second; run again, or with more --jobs"));
            return;
        }
        for (Map.Entry<String, List<String>> group : groups.entrySet()) {
            List<String> first = names(group.getValue(), ours);
            for (int i = 1; i < listings.size(); i++) {
                List<String> other = names(listings.get(i).stream().map(Listed::key)
                        .filter(group.getValue()::contains).toList(), ours);
                if (!other.equals(first)) {
                    verdicts.put(assumption, Verdict.differs(assumption,
                            "jobs sharing " + sortBy + " " + group.getKey() + ": listing 1 (limit "
                                                                         + limits.get(0) + ") " + first + ", listing "
                                                                         + (i + 1) + " (limit " + limits.get(i) + ") "
                                                                         + other));
                    return;
                }
            }
        }
        String sizes = groups.entrySet().stream().map(e -> e.getValue().size() + " at " + e.getKey())
                .collect(Collectors.joining(", "));
        verdicts.put(assumption, Verdict.holds(assumption, "sort_by=" + sortBy + "&order_by=" + orderBy + ": "
                                                           + listings.size() + " listings (limits " + limits
                                                           + ") list the jobs sharing a second in one order ("
                                                           + sizes + ")"));
    }

    private static List<String> names(List<String> keys, Map<String, Scratch> ours) {
        return keys.stream().map(k -> ours.get(k).name()).toList();
    }

    /**
     * Our jobs in the order a listing gives them: read from the first page on for {@code desc}, from the last page
     * back for {@code asc} (our jobs are the newest of the board), until all are seen.
     */
    private List<Listed> ourOrder(String label, String sortBy, String orderBy, int limit, Set<String> keys) {
        Map<Integer, List<Listed>> pages = new TreeMap<>();
        Set<String> seen = new LinkedHashSet<>();
        Page first = page(label + "-p1", sortBy, orderBy, 1, limit);
        pages.put(1, first.jobs());
        first.jobs().stream().map(Listed::key).filter(keys::contains).forEach(seen::add);
        int maxPage = Math.max(1, first.maxPage());
        boolean forward = orderBy.equals("desc");
        int page = forward ? 2 : maxPage;
        for (int read = 1; seen.size() < keys.size() && read < MAX_PAGES && page >= 2 && page <= maxPage; read++) {
            Page next = page(label + "-p" + page, sortBy, orderBy, page, limit);
            pages.put(page, next.jobs());
            next.jobs().stream().map(Listed::key).filter(keys::contains).forEach(seen::add);
            page += forward ? 1 : -1;
        }
        Map<String, Listed> order = new LinkedHashMap<>();
        pages.values().forEach(jobs -> jobs.stream().filter(j -> keys.contains(j.key()))
                .forEach(j -> order.putIfAbsent(j.key(), j)));
        return new ArrayList<>(order.values());
    }

    // ---------------------------------------------------------------- created_at filters

    private void checkCreatedAtFilters(Scratch late) {
        List<Scratch> burst = created.stream().filter(s -> s != late && s.number <= settings.jobs()).toList();
        Instant burstLast = burst.stream().map(s -> s.createdAt).filter(Objects::nonNull).max(Instant::compareTo)
                .orElse(null);
        Instant burstFirst = burst.stream().map(s -> s.createdAt).filter(Objects::nonNull).min(Instant::compareTo)
                .orElse(null);
        if (burstLast == null || late.createdAt == null || !late.createdAt.isAfter(burstLast)) {
            String why = "the later job's created_at (" + text(late.job.get("created_at"))
                         + ") is not after the others' (" + (burstLast == null ? "unreadable"
                                 : Timestamps.hrflow(burstLast))
                         + ")";
            verdicts.put(CREATED_AT_MAX, Verdict.notChecked(CREATED_AT_MAX, why));
            verdicts.put(CREATED_AT_MIN, Verdict.notChecked(CREATED_AT_MIN, why));
            return;
        }
        Set<String> early = burst.stream().filter(s -> !s.createdAt.isAfter(burstLast)).map(s -> s.key)
                .collect(Collectors.toSet());
        // created_at_max = the burst's last second: the burst listed (inclusive), the later job not
        verdicts.put(CREATED_AT_MAX, filterVerdict(CREATED_AT_MAX, "created_at_max", burstLast, burstFirst, early,
                Set.of(late.key)));
        // created_at_min = the later job's second: it listed (inclusive), the burst not
        verdicts.put(CREATED_AT_MIN, filterVerdict(CREATED_AT_MIN, "created_at_min", late.createdAt, burstFirst,
                Set.of(late.key), early));
    }

    private Verdict filterVerdict(String assumption, String parameter, Instant bound, Instant floor,
                                  Set<String> expected, Set<String> excluded) {
        Map<String, String> forms = new LinkedHashMap<>();
        forms.put("Z", Timestamps.isoZ(bound));
        forms.put("+0000", Timestamps.hrflow(bound));
        List<String> working = new ArrayList<>();
        List<String> failing = new ArrayList<>();
        for (Map.Entry<String, String> form : forms.entrySet()) {
            String label = parameter.replace("_", "-") + "-" + (form.getKey().equals("Z") ? "z" : "offset");
            String outcome = filterOutcome(label, parameter, form.getValue(), floor, expected, excluded);
            if (outcome == null) {
                working.add(form.getValue());
            } else {
                failing.add(form.getValue() + ": " + outcome);
            }
        }
        String detail = parameter + "=" + String.join(" and ", working.isEmpty() ? List.of("(none)") : working)
                        + " work (inclusive, the other side left out)"
                        + (failing.isEmpty() ? "" : "; " + String.join("; ", failing));
        if (working.isEmpty()) {
            return Verdict.differs(assumption, "no full timestamp works: " + String.join("; ", failing));
        }
        return Verdict.holds(assumption, detail);
    }

    /** {@code null} when the filter listed every expected job and none of the excluded ones; else what it did. */
    private String filterOutcome(String label, String parameter, String value, Instant floor, Set<String> expected,
                                 Set<String> excluded) {
        Set<String> seen = new LinkedHashSet<>();
        for (int page = 1; page <= MAX_PAGES; page++) {
            Page answer = page(label + "-p" + page, "created_at", "desc", page, settings.pageSize(), parameter,
                    value);
            if (answer.call().status() != 200) {
                return answer.call().seen();
            }
            answer.jobs().forEach(j -> seen.add(j.key()));
            boolean below =
                    answer.jobs().stream().anyMatch(j -> j.createdAt() != null && j.createdAt().isBefore(floor));
            if (answer.jobs().isEmpty() || page >= answer.maxPage() || below) {
                break;
            }
        }
        List<String> problems = new ArrayList<>();
        long missing = expected.stream().filter(k -> !seen.contains(k)).count();
        long extra = excluded.stream().filter(seen::contains).count();
        if (missing > 0) {
            problems.add(missing + " of " + expected.size() + " jobs on the bound's side missing");
        }
        if (extra > 0) {
            problems.add(extra + " of " + excluded.size() + " jobs beyond the bound listed");
        }
        return problems.isEmpty() ? null : String.join(", ", problems);
    }

    // ---------------------------------------------------------------- totals, errors

    private void checkTotal() {
        int limit = settings.pageSize();
        Page first = page("total-p1", "created_at", "desc", 1, limit);
        List<String> issues = new ArrayList<>();
        if (first.call().status() != 200) {
            verdicts.put(TOTAL, Verdict.differs(TOTAL, "the listing answered " + first.call().seen()));
            return;
        }
        int total = first.total();
        int maxPage = first.maxPage();
        if (first.count() != first.jobs().size()) {
            issues.add("page 1: meta.count " + first.count() + ", data " + first.jobs().size());
        }
        int expectedMaxPage = Math.max(1, (total + limit - 1) / limit);
        if (maxPage != expectedMaxPage) {
            issues.add("meta.maxPage " + maxPage + " for total " + total + " and limit " + limit);
        }
        String counted;
        if (maxPage <= 5) {
            Set<String> keys = new LinkedHashSet<>();
            first.jobs().forEach(j -> keys.add(j.key()));
            for (int page = 2; page <= maxPage; page++) {
                Page next = page("total-p" + page, "created_at", "desc", page, limit);
                if (next.count() != next.jobs().size()) {
                    issues.add("page " + page + ": meta.count " + next.count() + ", data " + next.jobs().size());
                }
                next.jobs().forEach(j -> keys.add(j.key()));
            }
            counted = keys.size() + " distinct jobs listed over " + maxPage + " page(s)";
            if (keys.size() != total) {
                issues.add(counted + ", meta.total " + total);
            }
        } else {
            Page last = page("total-p" + maxPage, "created_at", "desc", maxPage, limit);
            int expectedLast = total - (maxPage - 1) * limit;
            counted = "last page " + maxPage + " holds " + last.jobs().size() + " jobs";
            if (last.jobs().size() != expectedLast) {
                issues.add(counted + ", " + expectedLast + " expected from meta.total " + total);
            }
        }
        Page past = page("total-past-last-page", "created_at", "desc", maxPage + 1, limit);
        String pastSeen = "page " + (maxPage + 1) + " answered " + past.call().status() + " with "
                          + past.jobs().size() + " jobs";
        if (past.call().status() != 200 || !past.jobs().isEmpty()) {
            issues.add(pastSeen + (past.call().message() != null ? " \"" + past.call().message() + "\"" : ""));
        }
        verdicts.put(TOTAL, issues.isEmpty()
                ? Verdict.holds(TOTAL, "meta.total " + total + ": " + counted + "; " + pastSeen)
                : Verdict.differs(TOTAL, String.join("; ", issues)));
    }

    private void checkNotFound(Scratch known) {
        String unknownKey = randomKey();
        String unknownBoard = randomKey();
        List<String> issues = new ArrayList<>();
        List<String> facts = new ArrayList<>();
        expectNotFound(recorder.get("get-unknown-job", JOB_INDEXING, "board_key", target.boardKey(), "key",
                unknownKey), "Unable to find object", "GET an unknown job", issues, facts);
        expectNotFound(recorder.get("get-unknown-board", JOB_INDEXING, "board_key", unknownBoard, "key", known.key),
                "Unable to find object: board", "GET in an unknown board", issues, facts);
        ObjectNode edit = known.job.deepCopy();
        edit.put("board_key", target.boardKey());
        edit.put("key", unknownKey);
        edit.remove("reference");
        Call put = recorder.write("edit-unknown-job", "PUT", JOB_INDEXING, edit);
        expectNotFound(put, "Unable to find object", "PUT an unknown job", issues, facts);
        adoptIfCreated(put);
        ObjectNode archive = Recorder.MAPPER.createObjectNode().put("board_key", target.boardKey())
                .put("key", unknownKey).put("is_archive", 1);
        expectNotFound(recorder.write("archive-unknown-job", "PATCH", JOB_ARCHIVE, archive), "Unable to find object",
                "PATCH archive an unknown job", issues, facts);
        verdicts.put(NOT_FOUND, issues.isEmpty() ? Verdict.holds(NOT_FOUND, String.join("; ", facts))
                : Verdict.differs(NOT_FOUND, String.join("; ", issues)));
    }

    /** A PUT on an unknown key that HrFlow turned into a new job: archive it too. */
    private void adoptIfCreated(Call put) {
        String key = text(put.data().get("key"));
        if (put.status() / 100 == 2 && key != null && created.stream().noneMatch(s -> key.equals(s.key))) {
            Scratch made = new Scratch(0, text(put.data().get("reference")));
            made.key = key;
            made.job = (ObjectNode) put.data();
            made.answeredAt = put.answeredAt();
            made.updatedAt = timestamp(put.data(), "updated_at");
            made.createdAt = timestamp(put.data(), "created_at");
            created.add(made);
        }
    }

    private void checkStoringNotFound() {
        Call call = recorder.get("list-unknown-board", STORING_JOBS, "board_keys", boardKeys(randomKey()),
                "return_job", "true", "page", "1", "limit", "2");
        List<String> issues = new ArrayList<>();
        List<String> facts = new ArrayList<>();
        expectNotFound(call, "Unable to find object: board", "GET storing/jobs of an unknown board", issues, facts);
        verdicts.put(NOT_FOUND_STORING, issues.isEmpty() ? Verdict.holds(NOT_FOUND_STORING, facts.get(0))
                : Verdict.differs(NOT_FOUND_STORING, issues.get(0) + " (the component would take an unknown board"
                                                     + " for an empty one)"));
    }

    private static void expectNotFound(Call call, String wanted, String what, List<String> issues,
                                       List<String> facts) {
        String message = call.message();
        if (call.status() == 400 && message != null && message.contains(wanted)) {
            facts.add(what + ": 400 \"" + message + "\"");
        } else {
            issues.add(what + ": " + call.seen() + " (expected 400 with \"" + wanted + "\")");
        }
    }

    private void checkProfiles() {
        String notScripted = "profile writes and listings are not scripted yet (the component reads no profiles yet)";
        if (target.sourceKey() == null) {
            String why = "no scratch source given (HRFLOW_SCRATCH_SOURCE_KEY or --source)";
            verdicts.put(PROFILE_NOT_FOUND, Verdict.notChecked(PROFILE_NOT_FOUND, why));
        } else {
            List<String> issues = new ArrayList<>();
            List<String> facts = new ArrayList<>();
            expectNotFound(recorder.get("get-unknown-profile", PROFILE_INDEXING, "source_key", target.sourceKey(),
                    "key", randomKey()), "Unable to find object", "GET an unknown profile", issues, facts);
            expectNotFound(recorder.get("get-profile-unknown-source", PROFILE_INDEXING, "source_key", randomKey(),
                    "key", randomKey()), "Unable to find object: source", "GET in an unknown source", issues, facts);
            verdicts.put(PROFILE_NOT_FOUND,
                    issues.isEmpty() ? Verdict.holds(PROFILE_NOT_FOUND, String.join("; ", facts))
                            : Verdict.differs(PROFILE_NOT_FOUND, String.join("; ", issues)));
            notScripted += "; the source was only read";
        }
        for (String assumption : List.of(PROFILE_WRITES, PROFILE_TIES, PROFILE_LAG, PROFILE_ARCHIVED)) {
            verdicts.put(assumption, Verdict.notChecked(assumption, notScripted));
        }
    }

    // ---------------------------------------------------------------- archived jobs

    private void checkArchived(int totalBefore, Scan after) {
        List<String> updateIssues = new ArrayList<>();
        for (ArchiveRead read : archiveReads) {
            if (read.get().status() != 200) {
                updateIssues.add("GET of archived " + read.job().name() + " answered " + read.get().seen());
            } else if (read.archivedAt() == null) {
                updateIssues.add("GET of archived " + read.job().name() + ": archived_at is null");
            } else if (read.updatedAfter() == null || !read.updatedAfter().isAfter(read.updatedBefore())) {
                updateIssues.add("archived " + read.job().name() + ": updated_at "
                                 + text(read.get().data().get("updated_at")) + " did not move from "
                                 + Timestamps.hrflow(read.updatedBefore()));
            }
        }
        if (archiveReads.isEmpty()) {
            verdicts.put(ARCHIVE_UPDATES, Verdict.notChecked(ARCHIVE_UPDATES, "no job was archived"));
        } else {
            verdicts.put(ARCHIVE_UPDATES, updateIssues.isEmpty()
                    ? Verdict.holds(ARCHIVE_UPDATES, archiveReads.size() + " archived jobs: GET answers 200 with "
                                                     + "archived_at set and a later updated_at")
                    : Verdict.differs(ARCHIVE_UPDATES, String.join("; ", updateIssues)));
        }

        List<Pending> archives = writes.stream().filter(p -> p.kind == WriteKind.ARCHIVE).toList();
        List<Pending> seen = archives.stream().filter(p -> p.seenAt != null).toList();
        if (seen.isEmpty()) {
            verdicts.put(ARCHIVED_LISTED, Verdict.notChecked(ARCHIVED_LISTED,
                    "no archive showed in the listing within " + seconds(settings.maxWait())));
            return;
        }
        long listed = seen.stream().filter(p -> p.stillListed).count();
        long gone = seen.size() - listed;
        if (listed > 0 && gone > 0) {
            verdicts.put(ARCHIVED_LISTED, Verdict.differs(ARCHIVED_LISTED, listed + " archived jobs still listed, "
                                                                           + gone + " gone from the list"));
            return;
        }
        if (listed > 0) {
            List<String> stale = seen.stream()
                    .filter(p -> p.listed.updatedAt() == null || !p.listed.updatedAt().isAfter(p.floor))
                    .map(p -> p.job.name()).toList();
            if (!stale.isEmpty()) {
                verdicts.put(ARCHIVED_LISTED, Verdict.differs(ARCHIVED_LISTED, "archived jobs " + stale
                                                                               + " are listed with archived_at but "
                                                                               + "their old updated_at: a consumer "
                                                                               + "would not see the archive"));
                return;
            }
            verdicts.put(ARCHIVED_LISTED, Verdict.holds(ARCHIVED_LISTED, "archived jobs stay listed, with archived_at"
                                                                         + " and a new updated_at (" + listed + " of "
                                                                         + seen.size() + "); meta.total "
                                                                         + totalBefore + " then " + after.total()));
        } else {
            verdicts.put(ARCHIVED_LISTED, Verdict.holds(ARCHIVED_LISTED, "archived jobs leave the list (" + gone
                                                                         + " of " + seen.size() + "); meta.total "
                                                                         + totalBefore + " then " + after.total()));
        }
    }

    // ---------------------------------------------------------------- waiting for the listing

    /** Lists the board until every write so far shows, or {@code maxWait} has passed; returns the last scan. */
    private Scan awaitListed(String what) {
        Instant deadline = Instant.now().plus(settings.maxWait());
        Scan scan = null;
        int round = 0;
        while (true) {
            // a write not listed within maxWait of being sent stays unlisted: later waits do not wait for it again
            Instant now = Instant.now();
            List<Pending> waiting = writes.stream()
                    .filter(p -> p.seenAt == null && p.sentAt.plus(settings.maxWait()).isAfter(now)).toList();
            if (waiting.isEmpty()) {
                return scan == null ? scanRecent("await-" + what.replace(' ', '-'), earliestUpdate()) : scan;
            }
            Instant floor = waiting.stream().map(p -> p.floor).filter(Objects::nonNull).min(Instant::compareTo)
                    .orElse(earliestUpdate());
            scan = scanRecent("await-" + what.replace(' ', '-') + "-" + (++round), floor);
            for (Pending pending : waiting) {
                if (visible(pending, scan)) {
                    pending.seenAt = scan.last().answeredAt();
                }
            }
            if (waiting.stream().allMatch(p -> p.seenAt != null)) {
                return scan;
            }
            if (round == 1) {
                note("waiting for " + what + " to be listed (at most " + seconds(settings.maxWait()) + ")");
            }
            if (Instant.now().isAfter(deadline)) {
                note("gave up waiting for " + what + " after " + seconds(settings.maxWait()));
                return scan;
            }
            Recorder.sleep(settings.pollInterval());
        }
    }

    private static boolean visible(Pending pending, Scan scan) {
        Listed listed = scan.jobs().get(pending.job.key);
        return switch (pending.kind) {
            case CREATE -> listed != null;
            case EDIT -> listed != null && listed.updatedAt() != null && pending.updatedAt != null
                         && !listed.updatedAt().isBefore(pending.updatedAt);
            case ARCHIVE -> {
                if (listed != null && listed.archivedAtText() != null) {
                    pending.stillListed = true;
                    pending.listed = listed;
                    yield true;
                }
                if (listed == null && scan.reachedFloor()) {
                    pending.stillListed = false;
                    yield true;
                }
                yield false;
            }
        };
    }

    /** The listing newest change first, down to {@code floor} (or its end). */
    private Scan scanRecent(String label, Instant floor) {
        Map<String, Listed> jobs = new LinkedHashMap<>();
        int total = -1;
        Call last = null;
        for (int page = 1; page <= MAX_PAGES; page++) {
            Page answer = page(label + "-p" + page, "updated_at", "desc", page, settings.pageSize());
            last = answer.call();
            if (answer.call().status() != 200) {
                throw new StopCheck("listing the board failed: " + answer.call().describe());
            }
            if (page == 1) {
                total = answer.total();
            }
            answer.jobs().forEach(j -> jobs.putIfAbsent(j.key(), j));
            boolean below = floor != null && answer.jobs().stream()
                    .anyMatch(j -> j.updatedAt() != null && j.updatedAt().isBefore(floor));
            if (answer.jobs().isEmpty() || page >= answer.maxPage() || below) {
                return new Scan(jobs, true, total, last);
            }
        }
        return new Scan(jobs, false, total, last);
    }

    private Page page(String label, String sortBy, String orderBy, int page, int limit, String... filters) {
        List<String> query = new ArrayList<>(List.of("board_keys", boardKeys(target.boardKey()), "return_job", "true",
                "page", Integer.toString(page), "limit", Integer.toString(limit), "sort_by", sortBy, "order_by",
                orderBy));
        query.addAll(List.of(filters));
        Call call = recorder.get(label, STORING_JOBS, query.toArray(String[]::new));
        JsonNode meta = call.json() == null ? null : call.json().get("meta");
        List<Listed> jobs = new ArrayList<>();
        if (call.data().isArray()) {
            for (JsonNode job : call.data()) {
                Listed listed = Listed.of(job);
                noteTimestamps(listed.createdAtText(), listed.updatedAtText(), listed.archivedAtText());
                jobs.add(listed);
            }
        }
        return new Page(call, meta == null ? -1 : meta.path("total").asInt(-1),
                meta == null ? page : meta.path("maxPage").asInt(page),
                meta == null ? -1 : meta.path("count").asInt(-1),
                jobs);
    }

    // ---------------------------------------------------------------- the lines

    private List<Verdict> finish(String stoppedAt) {
        String notReached = stoppedAt == null ? "not reached" : "the run stopped before this check: " + stoppedAt;
        writeAnswersVerdict(stoppedAt);
        lagVerdict(stoppedAt);
        timestampVerdict();
        clockVerdict();
        retryAfterVerdict();
        List<Verdict> lines = new ArrayList<>();
        for (String assumption : ASSUMPTIONS) {
            lines.add(verdicts.getOrDefault(assumption, Verdict.notChecked(assumption, notReached)));
        }
        return lines;
    }

    private void writeAnswersVerdict(String stoppedAt) {
        long posts = created.stream().filter(s -> s.number > 0).count();
        if (posts == 0 && writeAnswerIssues.isEmpty()) {
            return;
        }
        List<String> facts = new ArrayList<>();
        facts.add("POST 201 with data.key (" + posts + ")");
        facts.addAll(writeAnswerFacts);
        if (archiveAnswersOk > 0) {
            facts.add("PATCH archive 200 with data.key (" + archiveAnswersOk + ")");
        }
        if (!writeAnswerIssues.isEmpty()) {
            verdicts.put(WRITE_ANSWERS,
                    Verdict.differs(WRITE_ANSWERS, String.join("; ", new LinkedHashSet<>(writeAnswerIssues))));
        } else if (stoppedAt == null) {
            verdicts.put(WRITE_ANSWERS, Verdict.holds(WRITE_ANSWERS, String.join(", ", facts)));
        }
    }

    private void lagVerdict(String stoppedAt) {
        List<Pending> seen = writes.stream().filter(p -> p.seenAt != null).toList();
        List<Pending> unseen = writes.stream().filter(p -> p.seenAt == null).toList();
        if (writes.isEmpty() || stoppedAt != null && seen.isEmpty()) {
            return;
        }
        Map<WriteKind, Duration> max = new TreeMap<>();
        for (Pending pending : seen) {
            max.merge(pending.kind, pending.lag(), (a, b) -> a.compareTo(b) >= 0 ? a : b);
        }
        Duration worst = max.values().stream().max(Duration::compareTo).orElse(Duration.ZERO);
        String perKind = max.entrySet().stream()
                .map(e -> e.getKey().name().toLowerCase(Locale.ROOT) + " " + seconds(e.getValue()))
                .collect(Collectors.joining(", "));
        // an upper bound: from sending the write to the answer of the first listing that showed it, script pace included
        String detail = "every write listed at most " + seconds(worst) + " after it was sent (" + perKind + "; "
                        + seen.size() + " writes, listings every " + seconds(settings.pollInterval()) + ")";
        if (!unseen.isEmpty()) {
            String which = unseen.stream().map(p -> p.kind.name().toLowerCase(Locale.ROOT) + " " + p.job.name())
                    .collect(Collectors.joining(", "));
            verdicts.put(LAG, Verdict.differs(LAG, unseen.size() + " writes not listed within "
                                                   + seconds(settings.maxWait()) + " (" + which + "); " + detail));
        } else if (worst.compareTo(settings.lookback()) > 0) {
            verdicts.put(LAG, Verdict.differs(LAG, detail + ": beyond the consumers' lookback of "
                                                   + seconds(settings.lookback())));
        } else {
            verdicts.put(LAG, Verdict.holds(LAG, detail + ", within " + seconds(settings.lookback())));
        }
    }

    private void timestampVerdict() {
        if (timestampForms.isEmpty()) {
            return;
        }
        if (oddTimestamps.isEmpty()) {
            verdicts.put(TIMESTAMPS_FORMAT, Verdict.holds(TIMESTAMPS_FORMAT, timestampForms.size()
                                                                             + " distinct timestamps, all like "
                                                                             + timestampForms.iterator().next()
                                                                             + " (to the second, +0000)"));
        } else {
            verdicts.put(TIMESTAMPS_FORMAT, Verdict.differs(TIMESTAMPS_FORMAT, oddTimestamps.size() + " of "
                                                                               + timestampForms.size()
                                                                               + " timestamps are not like "
                                                                               + "2023-06-21T15:54:45+0000: "
                                                                               + oddTimestamps.stream().limit(3)
                                                                                       .toList()));
        }
    }

    private void clockVerdict() {
        if (writeTimes.size() < 2) {
            return;
        }
        List<String> back = new ArrayList<>();
        for (int i = 1; i < writeTimes.size(); i++) {
            Map.Entry<String, Instant> before = writeTimes.get(i - 1);
            Map.Entry<String, Instant> now = writeTimes.get(i);
            if (now.getValue().isBefore(before.getValue())) {
                back.add(now.getKey() + " at " + Timestamps.hrflow(now.getValue()) + " after " + before.getKey()
                         + " at " + Timestamps.hrflow(before.getValue()));
            }
        }
        String order = writeTimes.stream().map(Map.Entry::getKey).collect(Collectors.joining(", "));
        verdicts.put(WRITE_CLOCK, back.isEmpty()
                ? Verdict.holds(WRITE_CLOCK, "each write's updated_at is at or after the one before (" + order + ")")
                : Verdict.differs(WRITE_CLOCK, "updated_at went back: " + String.join("; ", back)));
    }

    private void retryAfterVerdict() {
        List<Call> throttled = recorder.calls().stream().filter(c -> c.status() == 429).toList();
        if (throttled.isEmpty()) {
            verdicts.put(RETRY_AFTER, Verdict.notChecked(RETRY_AFTER,
                    "no 429 during the run (the check does not provoke rate limits)"));
            return;
        }
        List<String> values = throttled.stream().map(c -> String.valueOf(c.header("Retry-After"))).toList();
        verdicts.put(RETRY_AFTER, values.contains("null")
                ? Verdict.differs(RETRY_AFTER, throttled.size() + " answers 429, Retry-After: " + values)
                : Verdict.holds(RETRY_AFTER, throttled.size() + " answers 429, each with Retry-After: " + values));
    }

    private void writeSummary(List<Verdict> lines) {
        ObjectNode run = Recorder.MAPPER.createObjectNode()
                .put("run_id", runId)
                .put("target", target.description())
                .put("base_url", target.baseUrl())
                .put("board_key", target.boardKey())
                .put("source_key", target.sourceKey())
                .put("reference_prefix", referencePrefix());
        run.putObject("settings")
                .put("jobs", settings.jobs())
                .put("page_size", settings.pageSize())
                .put("poll_interval_ms", settings.pollInterval().toMillis())
                .put("max_wait_ms", settings.maxWait().toMillis())
                .put("lookback_ms", settings.lookback().toMillis());
        ArrayNode jobs = run.putArray("jobs");
        for (Scratch scratch : created) {
            jobs.addObject().put("key", scratch.key).put("reference", scratch.reference)
                    .put("archived", scratch.archived);
        }
        ArrayNode assumptions = run.putArray("assumptions");
        for (Verdict verdict : lines) {
            assumptions.addObject().put("name", verdict.assumption()).put("outcome", verdict.outcome().label())
                    .put("detail", verdict.detail());
        }
        recorder.writeFile("run.json", Recorder.toText(run));
        recorder.writeFile("assumptions.txt",
                lines.stream().map(Verdict::line).collect(Collectors.joining("\n", "", "\n")));
    }

    // ---------------------------------------------------------------- helpers

    private void noteTimestamps(String... values) {
        synchronized (timestampForms) {
            for (String value : values) {
                if (value != null && timestampForms.add(value) && !Timestamps.HRFLOW_FORM.matcher(value).matches()) {
                    oddTimestamps.add(value);
                }
            }
        }
    }

    private Instant timestamp(JsonNode job, String field) {
        String value = text(job.get(field));
        noteTimestamps(value);
        return Timestamps.parse(value);
    }

    private void recordWriteTime(String what, Instant time) {
        if (time != null) {
            writeTimes.add(Map.entry(what, time));
        }
    }

    private Instant latestAnswer() {
        return created.stream().map(s -> s.answeredAt).filter(Objects::nonNull).max(Instant::compareTo)
                .orElse(Instant.now());
    }

    private Instant earliestUpdate() {
        return created.stream().map(s -> s.updatedAt).filter(Objects::nonNull).min(Instant::compareTo).orElse(null);
    }

    private static void awaitSecondAfter(Instant answeredAt) {
        Recorder.sleep(Duration.between(Instant.now(), answeredAt.plus(NEXT_SECOND)));
    }

    private static void sleepUntilNextSecond() {
        Instant now = Instant.now();
        Recorder.sleep(Duration.ofMillis(1_000 - now.toEpochMilli() % 1_000 + 20));
    }

    private void note(String message) {
        if (progress != null) {
            progress.println(recorder.mask("  " + message));
            progress.flush();
        }
    }

    private static String label(Scratch scratch) {
        return scratch.number > 0 ? Integer.toString(scratch.number) : "extra-" + scratch.key;
    }

    static String boardKeys(String boardKey) {
        return "[\"" + boardKey + "\"]";
    }

    private static String seconds(Duration duration) {
        return String.format(Locale.ROOT, "%.1f s", duration.toMillis() / 1000.0);
    }

    private static String randomKey() {
        return HexFormat.of().formatHex(randomBytes(20));
    }

    private static byte[] randomBytes(int count) {
        byte[] bytes = new byte[count];
        new SecureRandom().nextBytes(bytes);
        return bytes;
    }

    static String text(JsonNode node) {
        return node == null || node.isNull() || node.isMissingNode() ? null : node.asText();
    }
}
