package io.github.camelhrflow.model;

import java.util.List;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
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
 * <p>
 * What a job shares with a {@link Profile} (key, reference, timestamps, skills, tags, ...) is in {@link StoredObject}.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public class Job extends StoredObject {

    private String boardKey;
    private Board board;
    private String name;
    private String url;
    private String picture;
    private String summary;
    private Location location;
    private List<Section> sections;
    private String culture;
    private String responsibilities;
    private String requirements;
    private String benefits;
    private String interviews;
    private List<RangeFloat> rangesFloat;
    private List<RangeDate> rangesDate;

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

    @Override
    public String toString() {
        return "Job[key=" + getKey() + ", reference=" + getReference() + ", boardKey=" + boardKey + ", name=" + name
               + "]";
    }
}
