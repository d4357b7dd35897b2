package io.github.camelhrflow.client;

/**
 * Which profile to get: a source and either a profile key or a profile reference.
 *
 * @param sourceKey the source key, never {@code null}
 * @param key       the profile key, or {@code null} when {@code reference} is given
 * @param reference the profile reference, or {@code null} when {@code key} is given
 */
public record ProfileLookup(String sourceKey, String key, String reference) implements ObjectLookup {

    @Override
    public String storageKey() {
        return sourceKey;
    }

    public static ProfileLookup byKey(String sourceKey, String key) {
        return new ProfileLookup(sourceKey, key, null);
    }

    public static ProfileLookup byReference(String sourceKey, String reference) {
        return new ProfileLookup(sourceKey, null, reference);
    }
}
