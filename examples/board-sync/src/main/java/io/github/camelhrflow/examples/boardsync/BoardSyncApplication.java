package io.github.camelhrflow.examples.boardsync;

import io.github.camelhrflow.examples.HrFlowTarget;

/**
 * {@code board-sync}
 * <p>
 * Keeps the {@code hrflow_board_job} table of {@code sync.jdbc.url} (H2 in {@code ./data/board-sync} by default) in
 * step with the board until stopped with Ctrl+C; a restart resumes from {@code sync.state-file}. Without
 * HRFLOW_API_KEY it starts an embedded HrFlow sandbox, adds generated jobs to its demo board and keeps changing one
 * job now and then, so that there is something to follow.
 */
public final class BoardSyncApplication {

    static final int SANDBOX_EXTRA_JOBS = 100;

    private BoardSyncApplication() {
    }

    public static void main(String[] args) throws Exception {
        try (HrFlowTarget target = HrFlowTarget.fromEnvironment();
             SandboxActivity activity = SandboxActivity.startIfSandbox(target, SANDBOX_EXTRA_JOBS)) {
            System.out.println("Keeping board " + target.boardKey() + " of " + target.describe()
                               + " in table " + BoardSyncRoutes.JOB_TABLE + "; Ctrl+C to stop");
            BoardSync.create(target.properties()).run();
        }
    }
}
