package io.github.camelhrflow.model;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * A date range of a job. HrFlow keeps the values as sent, so they are free-form strings.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public class RangeDate extends HrFlowObject {

    private String name;
    private String valueMin;
    private String valueMax;

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = track("name", name);
    }

    public String getValueMin() {
        return valueMin;
    }

    public void setValueMin(String valueMin) {
        this.valueMin = track("value_min", valueMin);
    }

    public String getValueMax() {
        return valueMax;
    }

    public void setValueMax(String valueMax) {
        this.valueMax = track("value_max", valueMax);
    }
}
