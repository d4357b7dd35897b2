package io.github.camelhrflow.model;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * The consents given for a profile: by its owner (the candidate) and by its controller (the company).
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public class ConsentAlgorithmic extends HrFlowObject {

    private Consent owner;
    private Consent controller;

    public Consent getOwner() {
        return owner;
    }

    public void setOwner(Consent owner) {
        this.owner = track("owner", owner);
    }

    public Consent getController() {
        return controller;
    }

    public void setController(Consent controller) {
        this.controller = track("controller", controller);
    }
}
