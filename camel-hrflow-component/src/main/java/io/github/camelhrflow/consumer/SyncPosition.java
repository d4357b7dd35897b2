package io.github.camelhrflow.consumer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.camelhrflow.client.HrFlowJson;

/**
 * How far a storing consumer has delivered a board or a source. Immutable: every operation returns a new position.
 * <ul>
 * <li>{@code floor}: versions updated before it are never delivered (delivered already, or before startFrom);</li>
 * <li>{@code newest}: the {@code updated_at} of the newest version delivered;</li>
 * <li>{@code window}: the versions delivered at or after {@code floor}. While following, {@code floor} trails
 * {@code newest} by the lookback, so a version HrFlow lists late, behind versions written after it, is still ahead
 * of the floor when it shows up, and the window tells it apart from the versions already delivered. HrFlow's
 * timestamps have whole seconds: with no lookback the window holds the keys delivered in the newest second;</li>
 * <li>{@code sweep}: set while a first sync reads the whole board in creation order, a page at a
 * time (see {@link BoardSweep}): where the reading is.</li>
 * </ul>
 * A version is {@code key@updated_at} with the time as an ISO-8601 instant. Kept in the state repository as JSON.
 */
final class SyncPosition {

    /** Where a sweep is: the ceiling it reads up to and the creation time and keys it has passed. */
    record Sweep(String ceiling, Instant ceilingAt, Instant createdAt, VersionSet keysAtCreatedAt, int index,
                 int total) {

        /** Whether the sweep has already read past the job created at {@code created} with this key. */
        boolean hasPassed(Instant created, String key) {
            if (createdAt == null) {
                return false;
            }
            int c = created.compareTo(createdAt);
            return c < 0 || c == 0 && keysAtCreatedAt.contains(new VersionSet.Version(key, created));
        }

        /** The keys of the jobs created in the second the sweep has read up to. */
        Set<String> keys() {
            Set<String> keys = new LinkedHashSet<>();
            for (VersionSet.Version version : keysAtCreatedAt.list()) {
                keys.add(version.key());
            }
            return keys;
        }

        /** The sweep once it read the job at list position {@code index}, created at {@code created}. */
        Sweep passed(Instant created, String key, int index, int total) {
            VersionSet.Version passed = new VersionSet.Version(key, created);
            if (createdAt == null || created.isAfter(createdAt)) {
                return new Sweep(ceiling, ceilingAt, created, VersionSet.empty().plus(passed), index + 1, total);
            }
            if (created.equals(createdAt)) {
                return new Sweep(ceiling, ceilingAt, createdAt, keysAtCreatedAt.plus(passed), index + 1, total);
            }
            // HrFlow listed an older job after newer ones (it was indexed late): the sweep does not go back
            return new Sweep(ceiling, ceilingAt, createdAt, keysAtCreatedAt, index + 1, total);
        }

        /** The list position to read from once {@code lost} jobs left the list before it. */
        Sweep steppedBack(int lost, int total) {
            return new Sweep(ceiling, ceilingAt, createdAt, keysAtCreatedAt, Math.max(0, index - lost), total);
        }

        /** The sweep once every job before list position {@code next} was read. */
        Sweep movedTo(int next) {
            return new Sweep(ceiling, ceilingAt, createdAt, keysAtCreatedAt, Math.max(index, next), total);
        }

        Sweep atTotal(int total) {
            return new Sweep(ceiling, ceilingAt, createdAt, keysAtCreatedAt, index, total);
        }
    }

    private final Instant floor;
    private final Instant newest;
    private final VersionSet window;
    private final Sweep sweep;

    private SyncPosition(Instant floor, Instant newest, VersionSet window, Sweep sweep) {
        this.floor = floor;
        this.newest = newest;
        this.window = window;
        this.sweep = sweep;
    }

    /** Every version of the board is still to come. */
    static SyncPosition beginning() {
        return startingAt(Instant.EPOCH);
    }

    /** The versions updated at or after {@code floor} are still to come. */
    static SyncPosition startingAt(Instant floor) {
        return new SyncPosition(floor, null, VersionSet.empty(), null);
    }

    /**
     * The position after the versions already on the board when a route starts with {@code startFrom=now}: nothing
     * up to {@code newest} is delivered, and the versions inside the lookback count as delivered.
     */
    static SyncPosition after(Instant newest, List<String> versionsInLookback, Duration lookback) {
        Instant floor = newest.minus(lookback);
        VersionSet window = VersionSet.empty();
        for (String text : versionsInLookback) {
            VersionSet.Version version = VersionSet.Version.parse(text);
            if (!version.at().isBefore(floor)) {
                window = window.plus(version);
            }
        }
        return new SyncPosition(floor, newest, window, null);
    }

    static String version(String key, Instant updatedAt) {
        return new VersionSet.Version(key, updatedAt).toString();
    }

    Instant floor() {
        return floor;
    }

    /** The newest version's {@code updated_at}, or {@code null} before the first delivery. */
    Instant newest() {
        return newest;
    }

    /** The versions delivered at or after the floor, as {@code key@time}. */
    Set<String> window() {
        Set<String> versions = new LinkedHashSet<>();
        for (VersionSet.Version version : window.list()) {
            if (!version.at().isBefore(floor)) {
                versions.add(version.toString());
            }
        }
        return versions;
    }

    /** The sweep under way, or {@code null} while following the newest changes. */
    Sweep sweep() {
        return sweep;
    }

    /** Whether nothing was delivered yet and every version of the board is to come. */
    boolean isUntouched() {
        return newest == null && sweep == null && window.isEmpty() && floor.equals(Instant.EPOCH);
    }

    boolean isSweeping() {
        return sweep != null;
    }

    /** Whether the version of job {@code key} updated at {@code updatedAt} still has to be delivered. */
    boolean isAhead(String key, Instant updatedAt) {
        return !updatedAt.isBefore(floor) && !window.contains(new VersionSet.Version(key, updatedAt));
    }

    /** Whether every version updated at {@code updatedAt} is behind: a newest-first scan can stop there. */
    boolean isBehind(Instant updatedAt) {
        return updatedAt.isBefore(floor);
    }

    /**
     * The position once version ({@code key}, {@code updatedAt}) was delivered. While following, the floor moves up
     * to {@code lookback} behind the newest version and the window forgets what falls below it. While sweeping, the
     * floor stays (the sweep delivers in creation order, not by time) and the window keeps only the versions the
     * changes after the sweep will read again: those within the lookback of the sweep's ceiling.
     */
    SyncPosition delivered(String key, Instant updatedAt, Duration lookback) {
        Instant newer = newest == null || updatedAt.isAfter(newest) ? updatedAt : newest;
        VersionSet.Version version = new VersionSet.Version(key, updatedAt);
        if (sweep != null) {
            boolean followedAgain = !updatedAt.isBefore(sweep.ceilingAt().minus(lookback));
            return new SyncPosition(floor, newer, followedAgain ? window.plus(version) : window, sweep);
        }
        return followingFrom(floor, newer, window.plus(version), lookback);
    }

    /** A sweep starts: the board is read in creation order up to jobs created at {@code ceiling}. */
    SyncPosition sweepingTo(String ceiling, Instant ceilingAt) {
        return new SyncPosition(floor, newest, window, new Sweep(ceiling, ceilingAt, null, VersionSet.empty(), 0, -1));
    }

    SyncPosition withSweep(Sweep moved) {
        return new SyncPosition(floor, newest, window, moved);
    }

    /**
     * The sweep read the whole board: every version listed up to its ceiling is delivered, so the changes after it
     * are followed from the ceiling on. Not from the newest version the sweep delivered: it delivered in creation
     * order, so a job edited while the sweep ran can be newer than versions written earlier, after the sweep had read
     * their jobs; the ones it delivered above the ceiling are in the window.
     */
    SyncPosition sweepDone(Duration lookback) {
        return followingFrom(floor, sweep.ceilingAt(), window, lookback);
    }

    /**
     * Versions below the floor are never ahead whether kept or not: they are dropped only once they could be half of
     * the window, so that moving the floor costs no scan of the window at each delivery.
     */
    private static SyncPosition followingFrom(Instant floor, Instant newest, VersionSet window, Duration lookback) {
        Instant trailing = newest.minus(lookback);
        Instant moved = trailing.isAfter(floor) ? trailing : floor;
        VersionSet kept = window;
        if (window.size() > COMPACT_FROM && isPowerOfTwo(window.size())) {
            kept = window.without(version -> version.at().isBefore(moved));
        }
        return new SyncPosition(moved, newest, kept, null);
    }

    /** Windows smaller than this are not compacted: they cost nothing worth saving. */
    private static final int COMPACT_FROM = 64;

    private static boolean isPowerOfTwo(int n) {
        return (n & (n - 1)) == 0;
    }

    /** How many entries the saved form lists: what saving it costs. */
    int size() {
        return window.size() + (sweep == null ? 0 : sweep.keysAtCreatedAt().size());
    }

    // ---- saved form

    /**
     * The JSON form. {@code at} and {@code keysAt} (the newest second and its keys) come first, so a position written
     * by hand as {@code {"at": "2024-01-31T00:00:00Z"}} is read; times as ISO-8601 text, so the shared mapper needs no
     * java.time module.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    private record Saved(@JsonProperty("at") String at, @JsonProperty("keysAt") List<String> keysAt,
                         @JsonProperty("floor") String floor, @JsonProperty("window") List<String> window,
                         @JsonProperty("sweep") SavedSweep sweep) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    private record SavedSweep(@JsonProperty("ceiling") String ceiling, @JsonProperty("ceilingAt") String ceilingAt,
                              @JsonProperty("createdAt") String createdAt, @JsonProperty("keys") List<String> keys,
                              @JsonProperty("index") int index, @JsonProperty("total") int total) {
    }

    String toJson() {
        List<String> keysAt = new ArrayList<>();
        List<String> older = new ArrayList<>();
        for (VersionSet.Version version : window.list()) {
            if (version.at().equals(newest)) {
                keysAt.add(version.key());
            } else if (!version.at().isBefore(floor)) {
                older.add(version.toString());
            }
        }
        SavedSweep savedSweep = sweep == null ? null
                : new SavedSweep(sweep.ceiling(), sweep.ceilingAt().toString(),
                        sweep.createdAt() == null ? null : sweep.createdAt().toString(), List.copyOf(sweep.keys()),
                        sweep.index(), sweep.total());
        Saved saved = new Saved(newest == null ? null : newest.toString(), newest == null ? null : keysAt,
                floor.toString(), older.isEmpty() ? null : older, savedSweep);
        try {
            return HrFlowJson.mapper().writeValueAsString(saved);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static SyncPosition fromJson(String json, String stateKey) {
        try {
            Saved saved = HrFlowJson.mapper().readValue(json, Saved.class);
            if (saved == null || saved.at() == null && saved.floor() == null) {
                throw new IOException("no \"at\"");
            }
            Instant newest = saved.at() == null ? null : Instant.parse(saved.at());
            // a position without a floor was written before lookback existed, or by hand: the floor is its second
            Instant floor = saved.floor() == null ? newest : Instant.parse(saved.floor());
            VersionSet window = VersionSet.empty();
            if (saved.window() != null) {
                for (String version : saved.window()) {
                    window = window.plus(VersionSet.Version.parse(version));
                }
            }
            if (newest != null && saved.keysAt() != null) {
                for (String key : saved.keysAt()) {
                    window = window.plus(new VersionSet.Version(key, newest));
                }
            }
            Sweep sweep = null;
            if (saved.sweep() != null) {
                SavedSweep s = saved.sweep();
                if (s.ceiling() == null || s.ceilingAt() == null) {
                    throw new IOException("a sweep without its ceiling");
                }
                Instant createdAt = s.createdAt() == null ? null : Instant.parse(s.createdAt());
                VersionSet keys = VersionSet.empty();
                if (createdAt != null && s.keys() != null) {
                    for (String key : s.keys()) {
                        keys = keys.plus(new VersionSet.Version(key, createdAt));
                    }
                }
                sweep = new Sweep(s.ceiling(), Instant.parse(s.ceilingAt()), createdAt, keys, s.index(), s.total());
            }
            return new SyncPosition(floor, newest, window, sweep);
        } catch (IOException | DateTimeParseException | IllegalArgumentException e) {
            throw new IllegalStateException("The saved position " + stateKey + " of the hrflow consumer is not one it"
                                            + " wrote (" + e.getMessage() + "): remove it from the state repository"
                                            + " to start again from startFrom.",
                    e);
        }
    }

    @Override
    public String toString() {
        return "SyncPosition[floor=" + floor + ", newest=" + newest + ", window=" + window.size() + " versions"
               + (sweep == null ? "" : ", sweeping at " + sweep.index() + " of " + sweep.total()) + "]";
    }
}
