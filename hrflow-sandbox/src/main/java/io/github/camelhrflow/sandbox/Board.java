package io.github.camelhrflow.sandbox;

import java.util.Objects;

/**
 * A board's description, as HrFlow nests it in a job's {@code board} field.
 *
 * @param key         the board key (40 hex characters in HrFlow)
 * @param name        a human-readable name
 * @param type        e.g. {@code api}; may be null
 * @param subtype     e.g. {@code python}; may be null
 * @param environment e.g. {@code production}; may be null
 */
public record Board(String key, String name, String type, String subtype, String environment) {

    public Board {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(name, "name");
    }

    /** A board of type {@code api}, subtype {@code python}, in {@code production}, like most real ones. */
    public static Board of(String key, String name) {
        return new Board(key, name, "api", "python", "production");
    }
}
