package io.github.camelhrflow.client;

/**
 * Which object to read or archive: its board or source, and either its key or its reference.
 */
public interface ObjectLookup {

    /** The board key or source key, never {@code null}. */
    String storageKey();

    /** The key, or {@code null} when {@link #reference()} is given. */
    String key();

    /** The reference, or {@code null} when {@link #key()} is given. */
    String reference();
}
