package io.github.camelhrflow.model;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * Where a job, a candidate, an experience or an education is. {@code fields} is {@code null}, an empty JSON array or a
 * JSON object (city, country, postcode, ...) depending on the object.
 * <p>
 * {@code lat} and {@code lng} are {@link BigDecimal}s (they were {@code Double} before 1.0.0), written back as HrFlow
 * wrote them; numbers inside {@code fields} are {@code BigDecimal}s too.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public class Location extends HrFlowObject {

    private String text;
    private BigDecimal lat;
    private BigDecimal lng;
    private String gmaps;
    private Object fields;

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = track("text", text);
    }

    public BigDecimal getLat() {
        return lat;
    }

    @JsonDeserialize(using = ExactNumberDeserializer.class)
    public void setLat(BigDecimal lat) {
        this.lat = track("lat", lat);
    }

    public BigDecimal getLng() {
        return lng;
    }

    @JsonDeserialize(using = ExactNumberDeserializer.class)
    public void setLng(BigDecimal lng) {
        this.lng = track("lng", lng);
    }

    public String getGmaps() {
        return gmaps;
    }

    public void setGmaps(String gmaps) {
        this.gmaps = track("gmaps", gmaps);
    }

    public Object getFields() {
        return fields;
    }

    @JsonDeserialize(using = ExactValueDeserializer.class)
    public void setFields(Object fields) {
        this.fields = track("fields", fields);
    }

    /** {@link #getFields()} as a map: empty when HrFlow sent {@code null} or an empty array. */
    @JsonIgnore
    @SuppressWarnings("unchecked")
    public Map<String, Object> getFieldsAsMap() {
        return fields instanceof Map ? Collections.unmodifiableMap((Map<String, Object>) fields)
                : Collections.emptyMap();
    }

}
