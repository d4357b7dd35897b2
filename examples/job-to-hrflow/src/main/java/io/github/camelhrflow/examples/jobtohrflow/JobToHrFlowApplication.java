package io.github.camelhrflow.examples.jobtohrflow;

import java.net.URL;
import java.nio.file.Path;

import io.github.camelhrflow.examples.HrFlowTarget;

/**
 * {@code job-to-hrflow [CSV-FILE]}
 * <p>
 * Upserts every row of a CSV export into the board, by reference: the first run creates the jobs, the next ones
 * update them. Without a file it imports the export the example ships. Without HRFLOW_API_KEY it starts an
 * embedded HrFlow sandbox and writes into its demo board.
 */
public final class JobToHrFlowApplication {

    private JobToHrFlowApplication() {
    }

    public static void main(String[] args) throws Exception {
        URL csv = args.length > 0 && !args[0].isBlank() ? Path.of(args[0]).toUri().toURL() : JobToHrFlow.sampleCsv();
        try (HrFlowTarget target = HrFlowTarget.fromEnvironment()) {
            System.out.println("Upserting the jobs of " + csv + " into board " + target.boardKey() + " of "
                               + target.describe());
            JobToHrFlow.Outcome outcome = JobToHrFlow.run(csv, target.properties());
            System.out.println("Done: " + outcome.counts().created() + " created, " + outcome.counts().updated()
                               + " updated, " + outcome.progress().failed() + " failed.");
            if (outcome.progress().failed() > 0) {
                System.exit(1);
            }
        }
    }
}
