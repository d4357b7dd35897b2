package io.github.camelhrflow.sandbox;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * What the sandbox serves, as data: HrFlow keeps jobs in boards and profiles in sources, behind the same
 * shapes of calls. Everything that differs between the two (paths, parameter names, the words in
 * messages, the layout of a stored object) is here; the store, the listing, the history, the index lag
 * and the write API are written once over it.
 */
public enum Resource {

    /** Jobs, in boards: {@code /v1/job/indexing}, {@code /v1/storing/jobs}. */
    JOB("job", "jobs", "board", "/v1/job/indexing", "/v1/storing/jobs", ItemShape.JOB,
            List.of("id", "key", "reference", "board_key", "name", "archived_at", "created_at", "updated_at"), "name") {
        @Override
        String referenceUsed(String reference) {
            return "Invalid parameters. Job reference: " + reference + " Already used!";
        }

        @Override
        String nameOf(JsonNode item) {
            return StoredItem.text(item.get("name"));
        }
    },

    /** Profiles, in sources: {@code /v1/profile/indexing}, {@code /v1/storing/profiles}. */
    PROFILE("profile", "profiles", "source", "/v1/profile/indexing", "/v1/storing/profiles", ItemShape.PROFILE,
            List.of("id", "key", "reference", "source_key", "archived_at", "created_at", "updated_at"), null) {
        @Override
        String referenceUsed(String reference) {
            // HrFlow's real answer to POST /profile/indexing
            return "Cannot create profile with this reference: " + reference + ". Already used!";
        }

        @Override
        String nameOf(JsonNode item) {
            return StoredItem.text(item.path("info").get("full_name"));
        }
    };

    private final String word;
    private final String plural;
    private final String container;
    private final String indexingPath;
    private final String storingPath;
    private final ItemShape shape;
    private final List<String> shortFields;
    private final String requiredField;

    Resource(String word, String plural, String container, String indexingPath, String storingPath, ItemShape shape,
             List<String> shortFields, String requiredField) {
        this.word = word;
        this.plural = plural;
        this.container = container;
        this.indexingPath = indexingPath;
        this.storingPath = storingPath;
        this.shape = shape;
        this.shortFields = shortFields;
        this.requiredField = requiredField;
    }

    /** {@code job} or {@code profile}: the object word of HrFlow's messages. */
    public String word() {
        return word;
    }

    /** {@code board} or {@code source}. */
    public String container() {
        return container;
    }

    /** {@code board_key} or {@code source_key}. */
    public String containerParam() {
        return container + "_key";
    }

    /** {@code board_keys} or {@code source_keys}: a JSON array in the storing query. */
    public String containerKeysParam() {
        return container + "_keys";
    }

    /** {@code return_job} or {@code return_profile}. */
    public String returnParam() {
        return "return_" + word;
    }

    /** {@code /v1/job/indexing} or {@code /v1/profile/indexing}. */
    public String indexingPath() {
        return indexingPath;
    }

    /** {@code /v1/storing/jobs} or {@code /v1/storing/profiles}. */
    public String storingPath() {
        return storingPath;
    }

    /** {@code Job} or {@code Profile}, as messages start: "Job created", "Profile archived". */
    String title() {
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }

    /** "List of jobs", "List of profiles". */
    String listMessage() {
        return "List of " + plural;
    }

    ItemShape shape() {
        return shape;
    }

    /** What {@code return_job=false} / {@code return_profile=false} gives of each item. */
    List<String> shortFields() {
        return shortFields;
    }

    /** A field a create or an edit must carry, or null. */
    String requiredField() {
        return requiredField;
    }

    /** HrFlow's refusal of a reference another item of the container holds. */
    abstract String referenceUsed(String reference);

    /** What the storing {@code name} filter matches, or null. */
    abstract String nameOf(JsonNode item);
}
