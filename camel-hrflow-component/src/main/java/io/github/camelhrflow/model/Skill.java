package io.github.camelhrflow.model;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * A skill a job asks for or a candidate has. {@code type} is {@code hard}, {@code soft} or {@code null}.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public class Skill extends NamedValue {

    private String type;

    public String getType() {
        return type;
    }

    public void setType(String type) {
        this.type = track("type", type);
    }
}
