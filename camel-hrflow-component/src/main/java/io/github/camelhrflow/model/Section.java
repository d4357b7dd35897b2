package io.github.camelhrflow.model;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * A free-text section of a job (deprecated by HrFlow, still sent).
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public class Section extends HrFlowObject {

    private String name;
    private String title;
    private String description;

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = track("name", name);
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = track("title", title);
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = track("description", description);
    }
}
