package io.github.camelhrflow.model;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * Where HrFlow keeps objects, as it describes it inside them: a {@link Board} for jobs, a {@link Source} for profiles.
 * Both have the same fields; {@code type}, {@code subtype} and {@code environment} are such as {@code api},
 * {@code python} and {@code production}.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public abstract class Storage extends HrFlowObject {

    private String key;
    private String name;
    private String type;
    private String subtype;
    private String environment;

    public String getKey() {
        return key;
    }

    public void setKey(String key) {
        this.key = track("key", key);
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = track("name", name);
    }

    public String getType() {
        return type;
    }

    public void setType(String type) {
        this.type = track("type", type);
    }

    public String getSubtype() {
        return subtype;
    }

    public void setSubtype(String subtype) {
        this.subtype = track("subtype", subtype);
    }

    public String getEnvironment() {
        return environment;
    }

    public void setEnvironment(String environment) {
        this.environment = track("environment", environment);
    }
}
