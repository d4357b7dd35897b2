package io.github.camelhrflow.model;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * A link of a profile: {@code type} is {@code from_resume}, {@code linkedin}, {@code twitter}, {@code facebook},
 * {@code github}, ... {@code url} is kept as sent: a string or {@code null}, and in older profiles an empty JSON array
 * for {@code from_resume}.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public class ProfileUrl extends HrFlowObject {

    private String type;
    private Object url;

    public String getType() {
        return type;
    }

    public void setType(String type) {
        this.type = track("type", type);
    }

    public Object getUrl() {
        return url;
    }

    @JsonDeserialize(using = ExactValueDeserializer.class)
    public void setUrl(Object url) {
        this.url = track("url", url);
    }
}
