package io.github.camelhrflow.model;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * A numeric range of a job, such as a salary.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public class RangeFloat extends HrFlowObject {

    private String name;
    private Double valueMin;
    private Double valueMax;
    private String unit;

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = track("name", name);
    }

    public Double getValueMin() {
        return valueMin;
    }

    public void setValueMin(Double valueMin) {
        this.valueMin = track("value_min", valueMin);
    }

    public Double getValueMax() {
        return valueMax;
    }

    public void setValueMax(Double valueMax) {
        this.valueMax = track("value_max", valueMax);
    }

    public String getUnit() {
        return unit;
    }

    public void setUnit(String unit) {
        this.unit = track("unit", unit);
    }
}
