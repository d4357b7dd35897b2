package io.github.camelhrflow.examples.jobtodatabase;

import java.util.List;

import io.github.camelhrflow.examples.HrFlowTarget;
import io.github.camelhrflow.examples.JobKeys;
import io.github.camelhrflow.examples.JobProgress;

/**
 * {@code job-to-database [KEY]...}
 * <p>
 * Fetches each job and upserts it into the {@code hrflow_job} table of the database named by {@code jobs.jdbc.url}
 * (H2 in {@code ./data/jobs} by default). Without HRFLOW_API_KEY it starts an embedded HrFlow sandbox and, when no key
 * is given, stores the jobs of its demo board.
 */
public final class JobToDatabaseApplication {

    private JobToDatabaseApplication() {
    }

    public static void main(String[] args) throws Exception {
        try (HrFlowTarget target = HrFlowTarget.fromEnvironment()) {
            List<String> keys = JobKeys.fromArguments(args, target);
            System.out.println("Storing " + keys.size() + " jobs of board " + target.boardKey() + " from "
                               + target.describe());
            JobToDatabase.Outcome outcome = JobToDatabase.run(keys, target.properties());
            JobProgress progress = outcome.progress();
            System.out.println("Done: " + progress.succeeded() + " of " + progress.total() + " jobs stored, "
                               + progress.failed() + " failed. Rows are in table " + JobToDatabaseRoutes.JOB_TABLE
                               + " of " + outcome.database());
            if (progress.failed() > 0) {
                System.exit(1);
            }
        }
    }
}
