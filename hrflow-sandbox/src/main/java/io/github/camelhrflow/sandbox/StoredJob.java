package io.github.camelhrflow.sandbox;

import java.time.Instant;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A job as the store holds it: the JSON tree, never changed once stored (a write stores a new
 * tree), so readers may serialize it without a copy; and the fields listing filters and sorts on,
 * read once.
 */
record StoredJob(ObjectNode json, String key, String reference, String name, String updatedAtText,
                 Instant createdAt, Instant updatedAt, boolean archived) {

    static StoredJob of(ObjectNode json) {
        String updatedAt = text(json.get("updated_at"));
        return new StoredJob(json, text(json.get("key")), text(json.get("reference")), text(json.get("name")),
                updatedAt, time(text(json.get("created_at"))), time(updatedAt), text(json.get("archived_at")) != null);
    }

    static String text(JsonNode node) {
        return node != null && node.isTextual() ? node.asText() : null;
    }

    private static Instant time(String text) {
        return Timestamps.parse(text).orElse(null);
    }
}
