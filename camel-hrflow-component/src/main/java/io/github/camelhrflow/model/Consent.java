package io.github.camelhrflow.model;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * What one party agreed HrFlow's algorithms may do with a profile. Each is {@code true}, {@code false} or absent;
 * consents HrFlow adds later (such as {@code upskilling}) are kept in {@link #getAdditionalProperties()}.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public class Consent extends HrFlowObject {

    private Boolean parsing;
    private Boolean revealing;
    private Boolean embedding;
    private Boolean searching;
    private Boolean scoring;
    private Boolean reasoning;

    public Boolean getParsing() {
        return parsing;
    }

    public void setParsing(Boolean parsing) {
        this.parsing = track("parsing", parsing);
    }

    public Boolean getRevealing() {
        return revealing;
    }

    public void setRevealing(Boolean revealing) {
        this.revealing = track("revealing", revealing);
    }

    public Boolean getEmbedding() {
        return embedding;
    }

    public void setEmbedding(Boolean embedding) {
        this.embedding = track("embedding", embedding);
    }

    public Boolean getSearching() {
        return searching;
    }

    public void setSearching(Boolean searching) {
        this.searching = track("searching", searching);
    }

    public Boolean getScoring() {
        return scoring;
    }

    public void setScoring(Boolean scoring) {
        this.scoring = track("scoring", scoring);
    }

    public Boolean getReasoning() {
        return reasoning;
    }

    public void setReasoning(Boolean reasoning) {
        this.reasoning = track("reasoning", reasoning);
    }
}
