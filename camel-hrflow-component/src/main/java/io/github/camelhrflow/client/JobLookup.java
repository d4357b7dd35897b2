package io.github.camelhrflow.client;

/**
 * Which job to get: a board and either a job key or a job reference.
 *
 * @param boardKey  the board key, never {@code null}
 * @param key       the job key, or {@code null} when {@code reference} is given
 * @param reference the job reference, or {@code null} when {@code key} is given
 */
public record JobLookup(String boardKey, String key, String reference) implements ObjectLookup {

    @Override
    public String storageKey() {
        return boardKey;
    }

    public static JobLookup byKey(String boardKey, String key) {
        return new JobLookup(boardKey, key, null);
    }

    public static JobLookup byReference(String boardKey, String reference) {
        return new JobLookup(boardKey, null, reference);
    }
}
