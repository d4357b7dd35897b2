package io.github.camelhrflow.model;

import java.math.BigDecimal;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * A recruiter's judgement of a profile for one job: its stage ({@code new}, {@code yes}, {@code later}, {@code no}) and
 * rating. {@code date_stage} and {@code date_rating} are kept as sent: HrFlow's SDK writes them as text, its older docs
 * as epoch milliseconds.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public class Label extends HrFlowObject {

    private String boardKey;
    private String jobKey;
    private String jobReference;
    private String stage;
    private Object dateStage;
    private BigDecimal rating;
    private Object dateRating;

    public String getBoardKey() {
        return boardKey;
    }

    public void setBoardKey(String boardKey) {
        this.boardKey = track("board_key", boardKey);
    }

    public String getJobKey() {
        return jobKey;
    }

    public void setJobKey(String jobKey) {
        this.jobKey = track("job_key", jobKey);
    }

    public String getJobReference() {
        return jobReference;
    }

    public void setJobReference(String jobReference) {
        this.jobReference = track("job_reference", jobReference);
    }

    public String getStage() {
        return stage;
    }

    public void setStage(String stage) {
        this.stage = track("stage", stage);
    }

    public Object getDateStage() {
        return dateStage;
    }

    @JsonDeserialize(using = ExactValueDeserializer.class)
    public void setDateStage(Object dateStage) {
        this.dateStage = track("date_stage", dateStage);
    }

    public BigDecimal getRating() {
        return rating;
    }

    @JsonDeserialize(using = ExactNumberDeserializer.class)
    public void setRating(BigDecimal rating) {
        this.rating = track("rating", rating);
    }

    public Object getDateRating() {
        return dateRating;
    }

    @JsonDeserialize(using = ExactValueDeserializer.class)
    public void setDateRating(Object dateRating) {
        this.dateRating = track("date_rating", dateRating);
    }
}
