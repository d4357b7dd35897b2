package io.github.camelhrflow.examples.profilestodatabase;

import io.github.camelhrflow.examples.HrFlowTarget;
import io.github.camelhrflow.examples.ProfileRow;

/**
 * {@code profiles-to-database}
 * <p>
 * Keeps the {@code hrflow_source_profile} table of {@code sync.jdbc.url} (H2 in {@code ./data/profiles} by default)
 * in step with an HrFlow source until stopped with Ctrl+C; a restart resumes from {@code sync.state-file}. Without
 * HRFLOW_API_KEY it starts an embedded HrFlow sandbox and follows its demo source, to which it adds generated
 * profiles of fictional people; with HRFLOW_API_KEY, HRFLOW_USER_EMAIL and HRFLOW_SOURCE_KEY it reads that source.
 */
public final class ProfilesToDatabaseApplication {

    static final int SANDBOX_EXTRA_PROFILES = 20;

    private ProfilesToDatabaseApplication() {
    }

    public static void main(String[] args) throws Exception {
        try (HrFlowTarget target = HrFlowTarget.sourceFromEnvironment()) {
            if (target.isSandbox()) {
                target.sandboxServer().seedProfiles(target.sourceKey(), SANDBOX_EXTRA_PROFILES, 42);
            }
            System.out.println("Keeping source " + target.sourceKey() + " of " + target.describe() + " in table "
                               + ProfileRow.TABLE + "; Ctrl+C to stop");
            ProfilesToDatabase.create(target.properties()).run();
        }
    }
}
