package io.github.camelhrflow.model;

import java.math.BigDecimal;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * A numeric range of a job, such as a salary.
 * <p>
 * The bounds are {@link BigDecimal}s (they were {@code Double} before 1.0.0) so that a bound read from HrFlow is
 * written back as HrFlow wrote it: {@code 45000} stays {@code 45000}, {@code 45000.0} stays {@code 45000.0}.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public class RangeFloat extends HrFlowObject {

    private String name;
    private BigDecimal valueMin;
    private BigDecimal valueMax;
    private String unit;

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = track("name", name);
    }

    public BigDecimal getValueMin() {
        return valueMin;
    }

    @JsonDeserialize(using = ExactNumberDeserializer.class)
    public void setValueMin(BigDecimal valueMin) {
        this.valueMin = track("value_min", valueMin);
    }

    public BigDecimal getValueMax() {
        return valueMax;
    }

    @JsonDeserialize(using = ExactNumberDeserializer.class)
    public void setValueMax(BigDecimal valueMax) {
        this.valueMax = track("value_max", valueMax);
    }

    public String getUnit() {
        return unit;
    }

    public void setUnit(String unit) {
        this.unit = track("unit", unit);
    }
}
