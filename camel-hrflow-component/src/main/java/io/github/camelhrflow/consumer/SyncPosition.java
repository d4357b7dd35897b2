package io.github.camelhrflow.consumer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
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
 * <li>{@code sweep}: set while a first sync or a long catch-up reads the whole board in creation order, a page at a
 * time (see {@link BoardSweep}): where the reading is.</li>
 * </ul>
 * A version is {@code key@updated_at} with the time as an ISO-8601 instant. Kept in the state repository as JSON.
 */
final class SyncPosition {

    /** Where a sweep is: the ceiling it reads up to and the creation time and keys it has passed. */
    record Sweep(String ceiling, Instant ceilingAt, Instant createdAt, Set<String> keysAtCreatedAt, int index,
                 int total) {

        Sweep {
            keysAtCreatedAt = Collections.unmodifiableSet(new LinkedHashSet<>(keysAtCreatedAt));
        }

        /** Whether the sweep has already read past the job created at {@code created} with this key. */
        boolean hasPassed(Instant created, String key) {
            if (createdAt == null) {
                return false;
            }
            int c = created.compareTo(createdAt);
            return c < 0 || c == 0 && keysAtCreatedAt.contains(key);
        }

        /** The sweep once it read the job at list position {@code index}, created at {@code created}. */
        Sweep passed(Instant created, String key, int index, int total) {
            if (createdAt == null || created.isAfter(createdAt)) {
                return new Sweep(ceiling, ceilingAt, created, Set.of(key), index + 1, total);
            }
            if (created.equals(createdAt)) {
                Set<String> keys = new LinkedHashSet<>(keysAtCreatedAt);
                keys.add(key);
                return new Sweep(ceiling, ceilingAt, createdAt, keys, index + 1, total);
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
    private final Set<String> window;
    private final Sweep sweep;

    private SyncPosition(Instant floor, Instant newest, Set<String> window, Sweep sweep) {
        this.floor = floor;
        this.newest = newest;
        this.window = Collections.unmodifiableSet(window);
        this.sweep = sweep;
    }

    /** Every version of the board is still to come. */
    static SyncPosition beginning() {
        return startingAt(Instant.EPOCH);
    }

    /** The versions updated at or after {@code floor} are still to come. */
    static SyncPosition startingAt(Instant floor) {
        return new SyncPosition(floor, null, new LinkedHashSet<>(), null);
    }

    /**
     * The position after the versions already on the board when a route starts with {@code startFrom=now}: nothing
     * up to {@code newest} is delivered, and the versions inside the lookback count as delivered.
     */
    static SyncPosition after(Instant newest, List<String> versionsInLookback, Duration lookback) {
        Instant floor = newest.minus(lookback);
        Set<String> window = new LinkedHashSet<>();
        for (String version : versionsInLookback) {
            if (!instantOf(version).isBefore(floor)) {
                window.add(version);
            }
        }
        return new SyncPosition(floor, newest, window, null);
    }

    static String version(String key, Instant updatedAt) {
        return key + "@" + updatedAt;
    }

    Instant floor() {
        return floor;
    }

    /** The newest version's {@code updated_at}, or {@code null} before the first delivery. */
    Instant newest() {
        return newest;
    }

    Set<String> window() {
        return window;
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
        return !updatedAt.isBefore(floor) && !window.contains(version(key, updatedAt));
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
        Set<String> kept = new LinkedHashSet<>(window);
        if (sweep != null) {
            if (!updatedAt.isBefore(sweep.ceilingAt().minus(lookback))) {
                kept.add(version(key, updatedAt));
            }
            return new SyncPosition(floor, newer, kept, sweep);
        }
        kept.add(version(key, updatedAt));
        return followingFrom(floor, newer, kept, lookback);
    }

    /** A sweep starts: the board is read in creation order up to jobs created at {@code ceiling}. */
    SyncPosition sweepingTo(String ceiling, Instant ceilingAt) {
        return new SyncPosition(floor, newest, new LinkedHashSet<>(window),
                new Sweep(ceiling, ceilingAt, null, Set.of(), 0, -1));
    }

    SyncPosition withSweep(Sweep moved) {
        return new SyncPosition(floor, newest, new LinkedHashSet<>(window), moved);
    }

    /**
     * The sweep read the whole board: every version listed up to its ceiling is delivered, so the changes after it
     * are followed from the ceiling on.
     */
    SyncPosition sweepDone(Duration lookback) {
        Instant ceilingAt = sweep.ceilingAt();
        Instant newer = newest == null || ceilingAt.isAfter(newest) ? ceilingAt : newest;
        return followingFrom(floor, newer, new LinkedHashSet<>(window), lookback);
    }

    private static SyncPosition followingFrom(Instant floor, Instant newest, Set<String> window, Duration lookback) {
        Instant trailing = newest.minus(lookback);
        Instant moved = trailing.isAfter(floor) ? trailing : floor;
        window.removeIf(version -> instantOf(version).isBefore(moved));
        return new SyncPosition(moved, newest, window, null);
    }

    /** How many entries the saved form lists: what saving it costs. */
    int size() {
        return window.size() + (sweep == null ? 0 : sweep.keysAtCreatedAt().size());
    }

    private static Instant instantOf(String version) {
        return Instant.parse(version.substring(version.lastIndexOf('@') + 1));
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
        for (String version : window) {
            Instant at = instantOf(version);
            if (at.equals(newest)) {
                keysAt.add(version.substring(0, version.lastIndexOf('@')));
            } else {
                older.add(version);
            }
        }
        SavedSweep savedSweep = sweep == null ? null
                : new SavedSweep(sweep.ceiling(), sweep.ceilingAt().toString(),
                        sweep.createdAt() == null ? null : sweep.createdAt().toString(),
                        List.copyOf(sweep.keysAtCreatedAt()), sweep.index(), sweep.total());
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
            Set<String> window = new LinkedHashSet<>();
            if (saved.window() != null) {
                for (String version : saved.window()) {
                    instantOf(version);
                    window.add(version);
                }
            }
            if (newest != null && saved.keysAt() != null) {
                for (String key : saved.keysAt()) {
                    window.add(version(key, newest));
                }
            }
            Sweep sweep = null;
            if (saved.sweep() != null) {
                SavedSweep s = saved.sweep();
                if (s.ceiling() == null || s.ceilingAt() == null) {
                    throw new IOException("a sweep without its ceiling");
                }
                sweep = new Sweep(s.ceiling(), Instant.parse(s.ceilingAt()),
                        s.createdAt() == null ? null : Instant.parse(s.createdAt()),
                        s.keys() == null ? Set.of() : new LinkedHashSet<>(s.keys()), s.index(), s.total());
            }
            return new SyncPosition(floor, newest, window, sweep);
        } catch (IOException | DateTimeParseException | StringIndexOutOfBoundsException e) {
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
