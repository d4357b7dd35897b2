package io.github.camelhrflow.model;

import java.time.OffsetDateTime;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * What a {@link Job} and a {@link Profile} share, as HrFlow writes both: their identity (id, key, reference), when
 * they were created, updated and archived, and their named values (skills, languages, certifications, courses, tasks,
 * interests, tags, metadatas).
 * <p>
 * Timestamps are kept as HrFlow wrote them ({@code 2023-06-21T15:54:45+0000}); the {@code ...DateTime()} getters parse
 * them.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonPropertyOrder({ "id", "key", "reference", "archive", "archived_at", "created_at", "updated_at", "skills",
        "languages", "certifications", "courses", "tasks", "interests", "tags", "metadatas" })
public abstract class StoredObject extends QualifiedObject {

    private Long id;
    private String key;
    private String reference;
    private Object archive;
    private String archivedAt;
    private String createdAt;
    private String updatedAt;
    private List<NamedValue> tags;
    private List<NamedValue> metadatas;

    /** HrFlow's numeric id of the object. */
    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = track("id", id);
    }

    /** The key (40 hex characters), HrFlow's identifier of the job or profile. */
    public String getKey() {
        return key;
    }

    public void setKey(String key) {
        this.key = track("key", key);
    }

    /** The customer's identifier, unique in the board or source; may be {@code null}. */
    public String getReference() {
        return reference;
    }

    public void setReference(String reference) {
        this.reference = track("reference", reference);
    }

    /** Legacy archive flag, kept as sent. */
    public Object getArchive() {
        return archive;
    }

    @JsonDeserialize(using = ExactValueDeserializer.class)
    public void setArchive(Object archive) {
        this.archive = track("archive", archive);
    }

    /** When the object was archived, as HrFlow wrote it; {@code null} when it is not. */
    public String getArchivedAt() {
        return archivedAt;
    }

    public void setArchivedAt(String archivedAt) {
        this.archivedAt = track("archived_at", archivedAt);
    }

    /** When the object was created, as HrFlow wrote it (such as {@code 2023-06-21T15:54:45+0000}). */
    public String getCreatedAt() {
        return createdAt;
    }

    public void setCreatedAt(String createdAt) {
        this.createdAt = track("created_at", createdAt);
    }

    /** When the object was last updated, as HrFlow wrote it. */
    public String getUpdatedAt() {
        return updatedAt;
    }

    public void setUpdatedAt(String updatedAt) {
        this.updatedAt = track("updated_at", updatedAt);
    }

    public List<NamedValue> getTags() {
        return tags;
    }

    public void setTags(List<NamedValue> tags) {
        this.tags = track("tags", tags);
    }

    public List<NamedValue> getMetadatas() {
        return metadatas;
    }

    public void setMetadatas(List<NamedValue> metadatas) {
        this.metadatas = track("metadatas", metadatas);
    }

    /** {@link #getCreatedAt()} parsed, or {@code null} when absent. */
    @JsonIgnore
    public OffsetDateTime getCreatedAtDateTime() {
        return HrFlowTimestamps.parse(createdAt);
    }

    /** {@link #getUpdatedAt()} parsed, or {@code null} when absent. */
    @JsonIgnore
    public OffsetDateTime getUpdatedAtDateTime() {
        return HrFlowTimestamps.parse(updatedAt);
    }

    /** {@link #getArchivedAt()} parsed, or {@code null} when the object is not archived. */
    @JsonIgnore
    public OffsetDateTime getArchivedAtDateTime() {
        return HrFlowTimestamps.parse(archivedAt);
    }

    /** Whether HrFlow has archived this object (HrFlow still returns an archived job by key or reference). */
    @JsonIgnore
    public boolean isArchived() {
        return archivedAt != null;
    }
}
