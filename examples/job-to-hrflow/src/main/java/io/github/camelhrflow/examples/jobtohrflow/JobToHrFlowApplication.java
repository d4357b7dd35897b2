package io.github.camelhrflow.examples.jobtohrflow;

import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;

import io.github.camelhrflow.examples.ExampleCommand;
import io.github.camelhrflow.examples.HrFlowTarget;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code job-to-hrflow [CSV-FILE]}: upserts every row of a CSV export into the board, by reference.
 */
@Command(name = "job-to-hrflow",
         description = { "Upserts every row of a CSV export into the board, by reference: the first run creates the"
                         + " jobs, the next ones update them." })
public final class JobToHrFlowApplication extends ExampleCommand {

    @Parameters(paramLabel = "CSV-FILE", arity = "0..1",
                description = "the export to import (default: the " + JobToHrFlow.SAMPLE_CSV
                              + " the example ships)")
    Path csvFile;

    public static void main(String[] args) {
        main(new JobToHrFlowApplication(), args);
    }

    @Override
    public Integer call() throws Exception {
        if (csvFile != null && !Files.isRegularFile(csvFile)) {
            throw new IllegalArgumentException("No such file: " + csvFile.toAbsolutePath());
        }
        URL csv = csvFile != null ? csvFile.toUri().toURL() : JobToHrFlow.sampleCsv();
        try (HrFlowTarget target = HrFlowTarget.fromEnvironment()) {
            System.out.println("Upserting the jobs of " + csv + " into board " + target.boardKey() + " of "
                               + target.describe());
            JobToHrFlow.Outcome outcome = JobToHrFlow.run(csv, target.properties());
            System.out.println("Done: " + outcome.counts().created() + " created, " + outcome.counts().updated()
                               + " updated, " + outcome.counts().unchanged() + " unchanged, "
                               + outcome.progress().failed() + " failed.");
            return outcome.progress().failed() > 0 ? 1 : 0;
        }
    }
}
