package io.github.camelhrflow.model;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * A degree or course the candidate followed: the {@code school} and what {@link ResumeEntry} has.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public class Education extends ResumeEntry {

    private String school;

    public String getSchool() {
        return school;
    }

    public void setSchool(String school) {
        this.school = track("school", school);
    }
}
