package io.github.camelhrflow.sandbox;

import java.time.Instant;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A job or a profile as the store holds it: its JSON as compact text (a tree costs about five times the
 * memory, which a board of 100,000 jobs feels), never changed once stored, so listings write it out as it is;
 * the fields listing filters and sorts on, read once; and where the store placed it.
 *
 * @param ordinal  the job's place in the order jobs first entered the sandbox, kept by its later
 *                 versions: the tie-break of listings, so jobs sharing a time always come in one order
 * @param writeSeq the sequence number of the write that stored this content
 * @param version  the index of its version in the board's history
 */
record StoredItem(String text, String key, String reference, String name, String updatedAtText,
                  Instant createdAt, Instant updatedAt, boolean archived, long ordinal, long writeSeq, int version) {

    /** A job, not placed yet: {@link #placed} sets the last three fields. */
    static StoredItem of(ObjectNode json) {
        return of(Resource.JOB, json);
    }

    /** Not placed yet: {@link #placed} sets the last three fields. */
    static StoredItem of(Resource resource, ObjectNode json) {
        String updatedAt = text(json.get("updated_at"));
        String text;
        try {
            text = Json.MAPPER.writeValueAsString(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(
                    "A " + resource.word() + " cannot be written as JSON: " + e.getOriginalMessage(), e);
        }
        return new StoredItem(text, text(json.get("key")), text(json.get("reference")), resource.nameOf(json),
                updatedAt, time(text(json.get("created_at"))), time(updatedAt), text(json.get("archived_at")) != null,
                -1, -1, -1);
    }

    StoredItem placed(long ordinal, long writeSeq, int version) {
        return new StoredItem(text, key, reference, name, updatedAtText, createdAt, updatedAt, archived, ordinal,
                writeSeq, version);
    }

    /** A fresh tree of the item, the caller's to change. */
    ObjectNode tree() {
        try {
            return (ObjectNode) Json.MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("The store wrote JSON it cannot read back", e);
        }
    }

    static String text(JsonNode node) {
        return node != null && node.isTextual() ? node.asText() : null;
    }

    private static Instant time(String text) {
        return Timestamps.parse(text).orElse(null);
    }
}
