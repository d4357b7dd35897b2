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

    /** The object of {@code storageKey} whose key is {@code key}. */
    static ObjectLookup byKey(String storageKey, String key) {
        return new Of(storageKey, key, null);
    }

    /** The object of {@code storageKey} whose reference is {@code reference}. */
    static ObjectLookup byReference(String storageKey, String reference) {
        return new Of(storageKey, null, reference);
    }

    /** A lookup of any resource. */
    record Of(String storageKey, String key, String reference) implements ObjectLookup {
    }
}
