package io.github.camelhrflow.model;

import java.time.OffsetDateTime;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * A job offer as HrFlow's job API returns it ({@code GET /v1/job/indexing}).
 * <p>
 * Field names follow HrFlow's JSON (snake_case there, camelCase here). HrFlow's types are loose, so the model keeps
 * values as sent: timestamps are strings (see {@link #getCreatedAtDateTime()} for a parsed one), {@code value} fields
 * are objects, and fields unknown to this version of the model are kept in {@link #getAdditionalProperties()}. A job
 * read from HrFlow and written back out as JSON equals what HrFlow sent, numbers included: every number HrFlow sent
 * (in {@code ranges_float}, {@code location}, {@code value} fields, unknown fields) is a {@link java.math.BigDecimal}
 * that is written back with HrFlow's own text ({@code 45000} does not become {@code 45000.0}). Only the order of
 * fields and the white space may differ.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public class Job extends HrFlowObject {

    private Long id;
    private String key;
    private String reference;
    private String boardKey;
    private Board board;
    private String name;
    private String url;
    private String picture;
    private String summary;
    private Location location;
    private Object archive;
    private String archivedAt;
    private String createdAt;
    private String updatedAt;
    private List<Section> sections;
    private String culture;
    private String responsibilities;
    private String requirements;
    private String benefits;
    private String interviews;
    private List<Skill> skills;
    private List<NamedValue> languages;
    private List<NamedValue> certifications;
    private List<NamedValue> courses;
    private List<NamedValue> tasks;
    private List<NamedValue> interests;
    private List<NamedValue> tags;
    private List<NamedValue> metadatas;
    private List<RangeFloat> rangesFloat;
    private List<RangeDate> rangesDate;

    /** HrFlow's numeric id of the job. */
    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = track("id", id);
    }

    /** The job key (40 hex characters), HrFlow's identifier. */
    public String getKey() {
        return key;
    }

    public void setKey(String key) {
        this.key = track("key", key);
    }

    /** The customer's identifier of the job, unique in its board; may be {@code null}. */
    public String getReference() {
        return reference;
    }

    public void setReference(String reference) {
        this.reference = track("reference", reference);
    }

    public String getBoardKey() {
        return boardKey;
    }

    public void setBoardKey(String boardKey) {
        this.boardKey = track("board_key", boardKey);
    }

    public Board getBoard() {
        return board;
    }

    public void setBoard(Board board) {
        this.board = track("board", board);
    }

    /** The job title. */
    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = track("name", name);
    }

    public String getUrl() {
        return url;
    }

    public void setUrl(String url) {
        this.url = track("url", url);
    }

    public String getPicture() {
        return picture;
    }

    public void setPicture(String picture) {
        this.picture = track("picture", picture);
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = track("summary", summary);
    }

    public Location getLocation() {
        return location;
    }

    public void setLocation(Location location) {
        this.location = track("location", location);
    }

    /** Legacy archive flag, kept as sent. */
    public Object getArchive() {
        return archive;
    }

    @JsonDeserialize(using = ExactValueDeserializer.class)
    public void setArchive(Object archive) {
        this.archive = track("archive", archive);
    }

    /** When the job was archived, as HrFlow wrote it; {@code null} when it is not. */
    public String getArchivedAt() {
        return archivedAt;
    }

    public void setArchivedAt(String archivedAt) {
        this.archivedAt = track("archived_at", archivedAt);
    }

    /** When the job was created, as HrFlow wrote it (such as {@code 2023-06-21T15:54:45+0000}). */
    public String getCreatedAt() {
        return createdAt;
    }

    public void setCreatedAt(String createdAt) {
        this.createdAt = track("created_at", createdAt);
    }

    /** When the job was last updated, as HrFlow wrote it. */
    public String getUpdatedAt() {
        return updatedAt;
    }

    public void setUpdatedAt(String updatedAt) {
        this.updatedAt = track("updated_at", updatedAt);
    }

    public List<Section> getSections() {
        return sections;
    }

    public void setSections(List<Section> sections) {
        this.sections = track("sections", sections);
    }

    public String getCulture() {
        return culture;
    }

    public void setCulture(String culture) {
        this.culture = track("culture", culture);
    }

    public String getResponsibilities() {
        return responsibilities;
    }

    public void setResponsibilities(String responsibilities) {
        this.responsibilities = track("responsibilities", responsibilities);
    }

    public String getRequirements() {
        return requirements;
    }

    public void setRequirements(String requirements) {
        this.requirements = track("requirements", requirements);
    }

    public String getBenefits() {
        return benefits;
    }

    public void setBenefits(String benefits) {
        this.benefits = track("benefits", benefits);
    }

    public String getInterviews() {
        return interviews;
    }

    public void setInterviews(String interviews) {
        this.interviews = track("interviews", interviews);
    }

    public List<Skill> getSkills() {
        return skills;
    }

    public void setSkills(List<Skill> skills) {
        this.skills = track("skills", skills);
    }

    public List<NamedValue> getLanguages() {
        return languages;
    }

    public void setLanguages(List<NamedValue> languages) {
        this.languages = track("languages", languages);
    }

    public List<NamedValue> getCertifications() {
        return certifications;
    }

    public void setCertifications(List<NamedValue> certifications) {
        this.certifications = track("certifications", certifications);
    }

    public List<NamedValue> getCourses() {
        return courses;
    }

    public void setCourses(List<NamedValue> courses) {
        this.courses = track("courses", courses);
    }

    public List<NamedValue> getTasks() {
        return tasks;
    }

    public void setTasks(List<NamedValue> tasks) {
        this.tasks = track("tasks", tasks);
    }

    public List<NamedValue> getInterests() {
        return interests;
    }

    public void setInterests(List<NamedValue> interests) {
        this.interests = track("interests", interests);
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

    public List<RangeFloat> getRangesFloat() {
        return rangesFloat;
    }

    public void setRangesFloat(List<RangeFloat> rangesFloat) {
        this.rangesFloat = track("ranges_float", rangesFloat);
    }

    public List<RangeDate> getRangesDate() {
        return rangesDate;
    }

    public void setRangesDate(List<RangeDate> rangesDate) {
        this.rangesDate = track("ranges_date", rangesDate);
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

    /** {@link #getArchivedAt()} parsed, or {@code null} when the job is not archived. */
    @JsonIgnore
    public OffsetDateTime getArchivedAtDateTime() {
        return HrFlowTimestamps.parse(archivedAt);
    }

    /** Whether HrFlow has archived this job (an archived job is still returned by key or reference). */
    @JsonIgnore
    public boolean isArchived() {
        return archivedAt != null;
    }

    @Override
    public String toString() {
        return "Job[key=" + key + ", reference=" + reference + ", boardKey=" + boardKey + ", name=" + name + "]";
    }
}
