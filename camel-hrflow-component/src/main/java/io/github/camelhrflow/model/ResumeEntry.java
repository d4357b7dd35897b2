package io.github.camelhrflow.model;

import java.time.LocalDateTime;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * What an {@link Experience} and an {@link Education} of a profile share: a dated, located entry of a résumé with its
 * own named values. Older profiles carry {@code hard_skills} and {@code soft_skills} here instead of {@code skills}:
 * they are kept in {@link #getAdditionalProperties()}.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public abstract class ResumeEntry extends HrFlowObject {

    private String key;
    private String logo;
    private String title;
    private String description;
    private Location location;
    private String dateStart;
    private String dateEnd;
    private List<Skill> skills;
    private List<NamedValue> certifications;
    private List<NamedValue> courses;
    private List<NamedValue> tasks;
    private List<NamedValue> languages;
    private List<NamedValue> interests;

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

    public List<Skill> getSkills() {
        return skills;
    }

    public void setSkills(List<Skill> skills) {
        this.skills = track("skills", skills);
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

    public List<NamedValue> getLanguages() {
        return languages;
    }

    public void setLanguages(List<NamedValue> languages) {
        this.languages = track("languages", languages);
    }

    public List<NamedValue> getInterests() {
        return interests;
    }

    public void setInterests(List<NamedValue> interests) {
        this.interests = track("interests", interests);
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
