package io.github.camelhrflow.examples.jobtohrflow;

import java.net.URL;
import java.util.Properties;

import io.github.camelhrflow.examples.JobProgress;
import org.apache.camel.main.Main;

/**
 * Runs the job-to-hrflow routes once, in a Camel Main application, over one CSV file.
 */
public final class JobToHrFlow {

    /** The logger that reports each row. */
    public static final String LOG_NAME = "job-to-hrflow";

    /** The export the example ships, on the classpath. */
    public static final String SAMPLE_CSV = "ats-export.csv";

    private JobToHrFlow() {
    }

    /**
     * @param csv        the CSV export to import
     * @param properties the {@code camel.component.hrflow.*} and {@code hrflow.board} properties
     * @return what the run did
     */
    public static Outcome run(URL csv, Properties properties) throws Exception {
        // rows are streamed, so their number is known only at the end
        JobProgress progress = new JobProgress(LOG_NAME, JobProgress.OPEN_ENDED);
        UpsertCounts counts = new UpsertCounts();
        Main main = new Main();
        main.setOverrideProperties(properties);
        main.configure().addRoutesBuilder(new JobToHrFlowRoutes(progress, counts));
        main.start();
        try {
            main.getCamelTemplate().sendBody(JobToHrFlowRoutes.IMPORT_CSV, csv);
            return new Outcome(progress, counts);
        } finally {
            main.stop();
        }
    }

    /** The CSV the example ships. */
    public static URL sampleCsv() {
        URL csv = JobToHrFlow.class.getClassLoader().getResource(SAMPLE_CSV);
        if (csv == null) {
            throw new IllegalStateException(SAMPLE_CSV + " is missing from the classpath");
        }
        return csv;
    }

    public record Outcome(JobProgress progress, UpsertCounts counts) {
    }
}
