package io.github.camelhrflow.examples.jobtodatabase;

import java.util.ArrayList;
import java.util.List;

import io.github.camelhrflow.examples.ExampleCommand;
import io.github.camelhrflow.examples.HrFlowTarget;
import io.github.camelhrflow.examples.JobKeys;
import io.github.camelhrflow.examples.JobProgress;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code job-to-database [KEY]...}: fetches each job and upserts it into the {@code hrflow_job} table.
 */
@Command(name = "job-to-database",
         description = {
                 "Fetches each job from HrFlow and upserts it into the hrflow_job table of the database named by"
                         + " jobs.jdbc.url (H2 in ./data/jobs by default).",
                 "Without any key given, on the sandbox, it stores the jobs of the demo board." })
public final class JobToDatabaseApplication extends ExampleCommand {

    @Parameters(paramLabel = "KEY", description = "the key of a job of the board")
    List<String> keys = new ArrayList<>();

    public static void main(String[] args) {
        main(new JobToDatabaseApplication(), args);
    }

    @Override
    public Integer call() throws Exception {
        try (HrFlowTarget target = HrFlowTarget.fromEnvironment()) {
            List<String> jobs = JobKeys.fromArguments(keys, target);
            System.out.println("Storing " + jobs.size() + " jobs of board " + target.boardKey() + " from "
                               + target.describe());
            JobToDatabase.Outcome outcome = JobToDatabase.run(jobs, target.properties());
            JobProgress progress = outcome.progress();
            System.out.println("Done: " + progress.succeeded() + " of " + progress.total() + " jobs stored, "
                               + progress.failed() + " failed. Rows are in table " + JobToDatabaseRoutes.JOB_TABLE
                               + " of " + outcome.database());
            return progress.failed() > 0 ? 1 : 0;
        }
    }
}
