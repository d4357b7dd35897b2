package io.github.camelhrflow.model;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * A named value of a job or a profile: a language, tag, metadata, certification, course, task or interest. HrFlow's
 * {@code value} is loose: {@code null}, a {@code String}, a number or a {@code Boolean}. A number read from HrFlow is a
 * {@link java.math.BigDecimal} (before 1.0.0 it was an {@code Integer} or a {@code Double}) that is written back as
 * HrFlow wrote it: {@code 0.9} stays {@code 0.9}, {@code 1} stays {@code 1}.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public class NamedValue extends HrFlowObject {

    private String name;
    private Object value;

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = track("name", name);
    }

    public Object getValue() {
        return value;
    }

    @JsonDeserialize(using = ExactValueDeserializer.class)
    public void setValue(Object value) {
        this.value = track("value", value);
    }

    @Override
    public String toString() {
        return name + "=" + value;
    }
}
