package io.github.camelhrflow.sandbox;

import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Lays out a written job or profile as HrFlow answers it: HrFlow's fields in HrFlow's order, null where
 * the request left one out, then the request's other fields verbatim. Values are never rewritten: an
 * explicit null stays null and {@code 45000} stays {@code 45000}.
 */
final class ItemShape {

    /** A job, as {@code samples/post-job-201-created.json}. */
    static final ItemShape JOB = new ItemShape(
            List.of("id", "key", "reference", "board_key", "board", "name", "url", "picture", "summary", "location",
                    "archive", "archived_at", "updated_at", "created_at", "sections", "culture", "responsibilities",
                    "requirements", "benefits", "interviews", "skills", "languages", "certifications", "courses",
                    "tasks", "tags", "metadatas", "ranges_float", "ranges_date"),
            Set.of("id", "key", "board_key", "board", "archive", "archived_at", "updated_at", "created_at"), true);

    /**
     * A profile, in the order of HrFlow's 2023 answer ({@code samples/profile-parsing-201-sync.json}).
     * {@code created_at} is the client's when it sends one (HrFlow echoes it), so it is not a server field.
     */
    static final ItemShape PROFILE = new ItemShape(
            List.of("source_key", "id", "key", "reference", "consent_algorithmic", "source", "archive", "archived_at",
                    "updated_at", "created_at", "info", "text_language", "text", "experiences_duration",
                    "educations_duration", "experiences", "educations", "attachments", "skills", "languages",
                    "certifications", "courses", "tasks", "interests", "tags", "metadatas", "labels"),
            Set.of("id", "key", "source_key", "source", "archive", "archived_at", "updated_at", "created_at",
                    "attachments"),
            false);

    private static final List<String> LOCATION_FIELDS = List.of("text", "lat", "lng", "gmaps", "fields");

    /** Input only: HrFlow geocodes from it and answers {@code lat}/{@code lng} (null in its samples), never the geopoint. */
    private static final String GEOPOINT = "geopoint";

    /** The fields in the order HrFlow writes them. */
    final List<String> fields;
    /** Fields the server owns: what a request says about them is ignored. */
    final Set<String> serverFields;
    private final boolean jobLocation;

    private ItemShape(List<String> fields, Set<String> serverFields, boolean jobLocation) {
        this.fields = fields;
        this.serverFields = serverFields;
        this.jobLocation = jobLocation;
    }

    /**
     * The item to store.
     *
     * @param sent   the request body
     * @param server the values of {@link #serverFields}; a missing one becomes null
     */
    ObjectNode layout(ObjectNode sent, Map<String, JsonNode> server) {
        return arrange(sent.deepCopy(), server);
    }

    /** {@link #layout} for a body no one else holds: its parts move into the item uncopied, which bulk seeding feels. */
    ObjectNode arrange(ObjectNode sent, Map<String, JsonNode> server) {
        ObjectNode item = Json.MAPPER.createObjectNode();
        for (String field : fields) {
            JsonNode value = serverFields.contains(field) ? server.get(field) : sent.get(field);
            if (value == null) {
                item.putNull(field);
            } else if (jobLocation && field.equals("location")) {
                item.set(field, location(value));
            } else {
                item.set(field, value);
            }
        }
        for (Map.Entry<String, JsonNode> field : sent.properties()) {
            if (!item.has(field.getKey()) && !serverFields.contains(field.getKey())) {
                item.set(field.getKey(), field.getValue());
            }
        }
        return item;
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
