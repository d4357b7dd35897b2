package io.github.camelhrflow.sandbox;

import java.util.Objects;

/**
 * A source's description, as HrFlow nests it in a profile's {@code source} field.
 *
 * @param key         the source key (40 hex characters in HrFlow)
 * @param name        a human-readable name
 * @param type        e.g. {@code api}; may be null
 * @param subtype     e.g. {@code python}; may be null
 * @param environment e.g. {@code production}; may be null
 * @param syncParsing whether HrFlow parses the source's files at once ("real-time parsing", which HrFlow
 *                    turns on per source): {@code POST /profile/parsing/file} then answers 201 with the
 *                    profile, else 202 and the profile comes later
 */
public record Source(String key, String name, String type, String subtype, String environment, boolean syncParsing) {

    public Source {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(name, "name");
    }

    /** A source of type {@code api}, subtype {@code python}, in {@code production}, parsing in the background. */
    public static Source of(String key, String name) {
        return new Source(key, name, "api", "python", "production", false);
    }

    /** The same source with real-time parsing on or off. */
    public Source withSyncParsing(boolean sync) {
        return new Source(key, name, type, subtype, environment, sync);
    }
}
