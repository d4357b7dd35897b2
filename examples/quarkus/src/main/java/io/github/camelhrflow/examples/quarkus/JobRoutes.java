package io.github.camelhrflow.examples.quarkus;

import io.github.camelhrflow.HrFlowJobNotFoundException;
import io.github.camelhrflow.client.HrFlowResource;

/** The job routes: body = a job key of the configured board ({@code hrflow.board}); see {@link StoredObjectRoutes}. */
public class JobRoutes extends StoredObjectRoutes {

    /** The route's endpoint: body = a job key. */
    public static final String JOB_BY_KEY = "direct:job-by-key";

    public JobRoutes() {
        super(HrFlowResource.JOB, HrFlowJobNotFoundException.class, JOB_BY_KEY);
    }
}
