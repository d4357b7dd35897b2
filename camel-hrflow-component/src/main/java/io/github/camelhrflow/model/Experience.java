package io.github.camelhrflow.model;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * A job the candidate held: the {@code company} and what {@link ResumeEntry} has.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public class Experience extends ResumeEntry {

    private String company;

    public String getCompany() {
        return company;
    }

    public void setCompany(String company) {
        this.company = track("company", company);
    }
}
