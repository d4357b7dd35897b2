package io.github.camelhrflow.model;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * A named value of a job: a language, tag, metadata, certification, course, task or interest. HrFlow's {@code value} is loose: {@code null}, a string, a number or a boolean.
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

    public void setValue(Object value) {
        this.value = track("value", value);
    }

    @Override
    public String toString() {
        return name + "=" + value;
    }
}
