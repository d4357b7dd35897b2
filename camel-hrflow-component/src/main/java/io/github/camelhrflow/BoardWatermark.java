package io.github.camelhrflow;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.camelhrflow.client.HrFlowJson;

/**
 * How far the job-storing consumer has delivered a board: every job version updated before {@code at}, and the jobs
 * whose version at exactly {@code at} was delivered. HrFlow's timestamps have whole seconds and many jobs can share
 * one, so the second itself cannot be the position: the keys delivered in it are kept beside it. Immutable; kept in
 * the state repository as JSON.
 */
final class BoardWatermark {

    private final Instant at;
    private final Set<String> keysAt;

    BoardWatermark(Instant at, Set<String> keysAt) {
        this.at = at;
        this.keysAt = keysAt == null ? Set.of() : Collections.unmodifiableSet(new LinkedHashSet<>(keysAt));
    }

    /** The JSON form: {@code at} as ISO-8601 text, so the shared mapper needs no java.time module. */
    private record Saved(@JsonProperty("at") String at, @JsonProperty("keysAt") Set<String> keysAt) {
    }

    static BoardWatermark startingAt(Instant at) {
        return new BoardWatermark(at, Set.of());
    }

    Instant at() {
        return at;
    }

    Set<String> keysAt() {
        return keysAt;
    }

    /** Whether the version of job {@code key} updated at {@code updatedAt} still has to be delivered. */
    boolean isAhead(String key, Instant updatedAt) {
        int c = updatedAt.compareTo(at);
        return c > 0 || c == 0 && !keysAt.contains(key);
    }

    /** Whether versions updated at {@code updatedAt} are all behind: the desc scan can stop there. */
    boolean isBehind(Instant updatedAt) {
        return updatedAt.isBefore(at);
    }

    /**
     * The watermark once the version ({@code key}, {@code updatedAt}) has been delivered. Versions come in order, none
     * behind this watermark: the caller passes only versions ahead of it.
     */
    BoardWatermark after(String key, Instant updatedAt) {
        Set<String> keys = new LinkedHashSet<>(updatedAt.equals(at) ? keysAt : Set.of());
        keys.add(key);
        return new BoardWatermark(updatedAt, keys);
    }

    String toJson() {
        try {
            return HrFlowJson.mapper().writeValueAsString(new Saved(at.toString(), keysAt));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static BoardWatermark fromJson(String json, String stateKey) {
        try {
            Saved saved = HrFlowJson.mapper().readValue(json, Saved.class);
            if (saved == null || saved.at() == null) {
                throw new IOException("no \"at\"");
            }
            return new BoardWatermark(Instant.parse(saved.at()), saved.keysAt());
        } catch (IOException | DateTimeParseException e) {
            throw new IllegalStateException("The saved position " + stateKey + " of the hrflow consumer is not one it"
                                            + " wrote (" + e.getMessage() + "): remove it from the state repository"
                                            + " to start again from startFrom.",
                    e);
        }
    }
}
