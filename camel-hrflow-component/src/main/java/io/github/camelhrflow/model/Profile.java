package io.github.camelhrflow.model;

import java.math.BigDecimal;
import java.util.List;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * A candidate's profile as HrFlow's profile API returns it ({@code GET /v1/profile/indexing}, or {@code data.profile}
 * of a parse).
 * <p>
 * It follows the rules of {@link Job}: field names are HrFlow's (snake_case there, camelCase here), values are kept as
 * sent (timestamps as strings with parsed getters, loose {@code value} fields as objects), fields unknown to this
 * version of the model are kept in {@link #getAdditionalProperties()} at every level, and every number is a
 * {@link BigDecimal} written back with HrFlow's own text. A profile read from HrFlow and written back out as JSON
 * equals what HrFlow sent; only the order of fields and the white space may differ. What it shares with a job (key,
 * reference, timestamps, skills, tags, ...) is in {@link StoredObject}.
 * <p>
 * {@link #toString()} names the profile by key, reference and source only: the rest is personal data.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public class Profile extends StoredObject {

    private String sourceKey;
    private Source source;
    private ConsentAlgorithmic consentAlgorithmic;
    private ProfileInfo info;
    private String textLanguage;
    private String text;
    private BigDecimal experiencesDuration;
    private BigDecimal educationsDuration;
    private List<Experience> experiences;
    private List<Education> educations;
    private List<Attachment> attachments;
    private List<Label> labels;

    /** The key of the source the profile is in. */
    public String getSourceKey() {
        return sourceKey;
    }

    public void setSourceKey(String sourceKey) {
        this.sourceKey = track("source_key", sourceKey);
    }

    public Source getSource() {
        return source;
    }

    public void setSource(Source source) {
        this.source = track("source", source);
    }

    public ConsentAlgorithmic getConsentAlgorithmic() {
        return consentAlgorithmic;
    }

    public void setConsentAlgorithmic(ConsentAlgorithmic consentAlgorithmic) {
        this.consentAlgorithmic = track("consent_algorithmic", consentAlgorithmic);
    }

    public ProfileInfo getInfo() {
        return info;
    }

    public void setInfo(ProfileInfo info) {
        this.info = track("info", info);
    }

    /** The language of {@code text} (ISO 639-1, such as {@code en}). */
    public String getTextLanguage() {
        return textLanguage;
    }

    public void setTextLanguage(String textLanguage) {
        this.textLanguage = track("text_language", textLanguage);
    }

    /** The résumé's full text. */
    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = track("text", text);
    }

    /** Years of experience, as HrFlow wrote the number. */
    public BigDecimal getExperiencesDuration() {
        return experiencesDuration;
    }

    @JsonDeserialize(using = ExactNumberDeserializer.class)
    public void setExperiencesDuration(BigDecimal experiencesDuration) {
        this.experiencesDuration = track("experiences_duration", experiencesDuration);
    }

    /** Years of education, as HrFlow wrote the number. */
    public BigDecimal getEducationsDuration() {
        return educationsDuration;
    }

    @JsonDeserialize(using = ExactNumberDeserializer.class)
    public void setEducationsDuration(BigDecimal educationsDuration) {
        this.educationsDuration = track("educations_duration", educationsDuration);
    }

    public List<Experience> getExperiences() {
        return experiences;
    }

    public void setExperiences(List<Experience> experiences) {
        this.experiences = track("experiences", experiences);
    }

    public List<Education> getEducations() {
        return educations;
    }

    public void setEducations(List<Education> educations) {
        this.educations = track("educations", educations);
    }

    public List<Attachment> getAttachments() {
        return attachments;
    }

    public void setAttachments(List<Attachment> attachments) {
        this.attachments = track("attachments", attachments);
    }

    public List<Label> getLabels() {
        return labels;
    }

    public void setLabels(List<Label> labels) {
        this.labels = track("labels", labels);
    }

    @Override
    public String toString() {
        return "Profile[key=" + getKey() + ", reference=" + getReference() + ", sourceKey=" + sourceKey + "]";
    }
}
