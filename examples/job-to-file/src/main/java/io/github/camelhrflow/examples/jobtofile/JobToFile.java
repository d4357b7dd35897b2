package io.github.camelhrflow.examples.jobtofile;

import java.nio.file.Path;
import java.util.List;
import java.util.Properties;

import io.github.camelhrflow.examples.JobProgress;
import org.apache.camel.main.Main;

/**
 * Runs the job-to-file routes once, in a Camel Main application, over a list of jobs.
 */
public final class JobToFile {

    private JobToFile() {
    }

    /**
     * @param hrflow the {@code camel.component.hrflow.*} and {@code hrflow.board} properties
     * @return the counts of jobs written and failed
     */
    public static JobProgress run(List<JobRequest> jobs, Path outputDir, Properties hrflow) throws Exception {
        JobProgress progress = new JobProgress("job-to-file", jobs.size());
        Properties properties = new Properties();
        properties.putAll(hrflow);
        properties.setProperty("output.dir", outputDir.toString());

        Main main = new Main();
        main.setInitialProperties(properties);
        main.configure().addRoutesBuilder(new JobToFileRoutes(progress));
        main.start();
        try {
            main.getCamelTemplate().sendBody(JobToFileRoutes.FETCH_JOBS, jobs);
        } finally {
            main.stop();
        }
        return progress;
    }
}
