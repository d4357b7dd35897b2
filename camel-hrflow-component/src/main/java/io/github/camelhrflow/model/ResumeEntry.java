package io.github.camelhrflow.model;

import java.time.LocalDateTime;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * What an {@link Experience} and an {@link Education} of a profile share: a dated, located entry of a résumé with its
 * own named values. Older profiles carry {@code hard_skills} and {@code soft_skills} here instead of {@code skills}:
 * they are kept in {@link #getAdditionalProperties()}.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonPropertyOrder({ "key", "logo", "title", "description", "location", "date_start", "date_end", "skills",
        "certifications", "courses", "tasks", "languages", "interests" })
public abstract class ResumeEntry extends QualifiedObject {

    private String key;
    private String logo;
    private String title;
    private String description;
    private Location location;
    private String dateStart;
    private String dateEnd;

    /** HrFlow's key of the entry (40 hex characters). */
    public String getKey() {
        return key;
    }

    public void setKey(String key) {
        this.key = track("key", key);
    }

    public String getLogo() {
        return logo;
    }

    public void setLogo(String logo) {
        this.logo = track("logo", logo);
    }

    /** May be empty. */
    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = track("title", title);
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = track("description", description);
    }

    public Location getLocation() {
        return location;
    }

    public void setLocation(Location location) {
        this.location = track("location", location);
    }

    /** When it started, as HrFlow wrote it (such as {@code 2019-05-01T00:00:00}, no offset). */
    public String getDateStart() {
        return dateStart;
    }

    public void setDateStart(String dateStart) {
        this.dateStart = track("date_start", dateStart);
    }

    /** When it ended, as HrFlow wrote it; for a current one HrFlow's parser writes the day it parsed. */
    public String getDateEnd() {
        return dateEnd;
    }

    public void setDateEnd(String dateEnd) {
        this.dateEnd = track("date_end", dateEnd);
    }

    /** {@link #getDateStart()} parsed (an offset, when HrFlow wrote one, is left out), or {@code null}. */
    @JsonIgnore
    public LocalDateTime getDateStartDateTime() {
        return HrFlowTimestamps.parseLocal(dateStart);
    }

    /** {@link #getDateEnd()} parsed (an offset, when HrFlow wrote one, is left out), or {@code null}. */
    @JsonIgnore
    public LocalDateTime getDateEndDateTime() {
        return HrFlowTimestamps.parseLocal(dateEnd);
    }
}
