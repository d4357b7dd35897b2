package io.github.camelhrflow.sandbox;

import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Lays out a written job as HrFlow answers it ({@code samples/post-job-201-created.json}): HrFlow's
 * fields in HrFlow's order, null where the request left one out, then the request's other fields
 * verbatim. Values are never rewritten: an explicit null stays null and {@code 45000} stays
 * {@code 45000}.
 */
final class JobShape {

    /** The fields of a job in the order HrFlow writes them. */
    static final List<String> FIELDS = List.of("id", "key", "reference", "board_key", "board", "name", "url",
            "picture", "summary", "location", "archive", "archived_at", "updated_at", "created_at", "sections",
            "culture", "responsibilities", "requirements", "benefits", "interviews", "skills", "languages",
            "certifications", "courses", "tasks", "tags", "metadatas", "ranges_float", "ranges_date");

    /** Fields the server owns: what a request says about them is ignored. */
    static final Set<String> SERVER_FIELDS = Set.of("id", "key", "board_key", "board", "archive", "archived_at",
            "updated_at", "created_at");

    private static final List<String> LOCATION_FIELDS = List.of("text", "lat", "lng", "gmaps", "fields");

    /** Input only: HrFlow geocodes from it and answers {@code lat}/{@code lng} (null in its samples), never the geopoint. */
    private static final String GEOPOINT = "geopoint";

    private JobShape() {
    }

    /**
     * The job to store.
     *
     * @param sent   the request body
     * @param server the values of {@link #SERVER_FIELDS}; a missing one becomes null
     */
    static ObjectNode layout(ObjectNode sent, Map<String, JsonNode> server) {
        return arrange(sent.deepCopy(), server);
    }

    /** {@link #layout} for a body no one else holds: its parts move into the job uncopied, which bulk seeding feels. */
    static ObjectNode arrange(ObjectNode sent, Map<String, JsonNode> server) {
        ObjectNode job = Json.MAPPER.createObjectNode();
        for (String field : FIELDS) {
            JsonNode value = SERVER_FIELDS.contains(field) ? server.get(field) : sent.get(field);
            if (value == null) {
                job.putNull(field);
            } else if (field.equals("location")) {
                job.set(field, location(value));
            } else {
                job.set(field, value);
            }
        }
        for (Map.Entry<String, JsonNode> field : sent.properties()) {
            if (!job.has(field.getKey()) && !SERVER_FIELDS.contains(field.getKey())) {
                job.set(field.getKey(), field.getValue());
            }
        }
        return job;
    }

    private static JsonNode location(JsonNode sent) {
        if (!sent.isObject()) {
            return sent;
        }
        ObjectNode location = Json.MAPPER.createObjectNode();
        for (String field : LOCATION_FIELDS) {
            JsonNode value = sent.get(field);
            location.set(field, value == null ? location.nullNode() : value);
        }
        for (Map.Entry<String, JsonNode> field : sent.properties()) {
            if (!location.has(field.getKey()) && !field.getKey().equals(GEOPOINT)) {
                location.set(field.getKey(), field.getValue());
            }
        }
        return location;
    }
}
