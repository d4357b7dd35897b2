package io.github.camelhrflow.model;

import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;

/**
 * Base of every HrFlow model object: it makes a read-then-written object equal, as JSON, to what HrFlow sent.
 * <p>
 * HrFlow adds fields over time and omits fields in older objects, while it sends others as explicit {@code null}. So
 * fields the model does not know are kept ({@link #getAdditionalProperties()}), and a known field is written out as
 * {@code null} only when it was set to {@code null} (by HrFlow's JSON or by code); a field never set stays absent.
 * Numbers are read as {@link java.math.BigDecimal}s that remember HrFlow's text and are written back with it.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public abstract class HrFlowObject {

    private Map<String, Object> additionalProperties;
    private Set<String> explicitNulls;

    /** Fields of HrFlow's JSON that this model has no property for, in the order received. */
    @JsonIgnore
    public Map<String, Object> getAdditionalProperties() {
        return additionalProperties == null ? Collections.emptyMap()
                : Collections.unmodifiableMap(additionalProperties);
    }

    /** Keeps a field the model has no property for; a number in it is a {@link java.math.BigDecimal}. */
    @JsonAnySetter
    // Jackson takes an any-setter's value deserializer from contentUsing, not from using
    @JsonDeserialize(contentUsing = ExactValueDeserializer.class)
    public void setAdditionalProperty(String name, Object value) {
        if (additionalProperties == null) {
            additionalProperties = new LinkedHashMap<>();
        }
        additionalProperties.put(name, value);
    }

    @JsonAnyGetter
    Map<String, Object> jsonExtras() {
        if (explicitNulls == null || explicitNulls.isEmpty()) {
            return additionalProperties == null ? Collections.emptyMap() : additionalProperties;
        }
        Map<String, Object> extras = new LinkedHashMap<>();
        if (additionalProperties != null) {
            extras.putAll(additionalProperties);
        }
        for (String name : explicitNulls) {
            extras.put(name, null);
        }
        return extras;
    }

    /**
     * Records whether the known field {@code jsonName} now holds an explicit {@code null}; every setter passes its value
     * through here.
     */
    protected final <T> T track(String jsonName, T value) {
        if (value == null) {
            if (explicitNulls == null) {
                explicitNulls = new HashSet<>(4);
            }
            explicitNulls.add(jsonName);
        } else if (explicitNulls != null) {
            explicitNulls.remove(jsonName);
        }
        return value;
    }
}
