package io.github.camelhrflow.model;

import java.util.Collections;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnore;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * Where a job is. {@code fields} is {@code null}, an empty JSON array or a JSON object (city, country, postcode, ...) depending on the job.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public class Location extends HrFlowObject {

    private String text;
    private Double lat;
    private Double lng;
    private String gmaps;
    private Object fields;

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = track("text", text);
    }

    public Double getLat() {
        return lat;
    }

    public void setLat(Double lat) {
        this.lat = track("lat", lat);
    }

    public Double getLng() {
        return lng;
    }

    public void setLng(Double lng) {
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

    public void setFields(Object fields) {
        this.fields = track("fields", fields);
    }

    /** {@link #getFields()} as a map: empty when HrFlow sent {@code null} or an empty array. */
    @JsonIgnore
    @SuppressWarnings("unchecked")
    public Map<String, Object> getFieldsAsMap() {
        return fields instanceof Map ? Collections.unmodifiableMap((Map<String, Object>) fields) : Collections.emptyMap();
    }

}
