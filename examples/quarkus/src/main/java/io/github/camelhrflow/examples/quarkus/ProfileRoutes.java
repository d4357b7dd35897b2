package io.github.camelhrflow.examples.quarkus;

import io.github.camelhrflow.HrFlowProfileNotFoundException;
import io.github.camelhrflow.client.HrFlowResource;

/**
 * The profile routes: body = a profile key of the configured source ({@code hrflow.source}); see
 * {@link StoredObjectRoutes}.
 */
public class ProfileRoutes extends StoredObjectRoutes {

    /** The route's endpoint: body = a profile key. */
    public static final String PROFILE_BY_KEY = "direct:profile-by-key";

    public ProfileRoutes() {
        super(HrFlowResource.PROFILE, HrFlowProfileNotFoundException.class, PROFILE_BY_KEY);
    }
}
