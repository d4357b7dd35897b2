package io.github.camelhrflow.model;

import java.util.List;

/**
 * What a {@link StoredObject} (a job, a profile) and a {@link ResumeEntry} (an experience, an education) both list:
 * skills and the named values around them (languages, certifications, courses, tasks, interests).
 * <p>
 * Each subclass keeps its JSON field order with {@code @JsonPropertyOrder}: Jackson would otherwise write these
 * fields, declared here, before the subclass's own.
 */
public abstract class QualifiedObject extends HrFlowObject {

    private List<Skill> skills;
    private List<NamedValue> languages;
    private List<NamedValue> certifications;
    private List<NamedValue> courses;
    private List<NamedValue> tasks;
    private List<NamedValue> interests;

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
}
