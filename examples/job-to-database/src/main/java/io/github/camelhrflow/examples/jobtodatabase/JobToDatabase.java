package io.github.camelhrflow.examples.jobtodatabase;

import java.util.List;
import java.util.Properties;

import io.github.camelhrflow.examples.JobProgress;
import org.apache.camel.main.Main;

/**
 * Runs the job-to-database routes once, in a Camel Main application, over a list of job keys.
 */
public final class JobToDatabase {

    /** The logger that reports each job. */
    public static final String LOG_NAME = "job-to-database";

    private JobToDatabase() {
    }

    /**
     * @param properties the {@code camel.component.hrflow.*} and {@code hrflow.board} properties, and any
     *                   {@code jobs.jdbc.*} that should win over {@code application.properties}
     * @return the counts of jobs stored and failed, and where they went
     */
    public static Outcome run(List<String> keys, Properties properties) throws Exception {
        JobProgress progress = new JobProgress(LOG_NAME, keys.size());
        Main main = new Main();
        main.setOverrideProperties(properties);
        main.configure().addConfiguration(JobDatabaseConfiguration.class);
        main.configure().addRoutesBuilder(new JobToDatabaseRoutes(progress));
        main.start();
        try {
            main.getCamelTemplate().sendBody(JobToDatabaseRoutes.STORE_JOBS, keys);
            return new Outcome(progress, withoutSettings(main.getCamelContext().resolvePropertyPlaceholders(
                    "{{jobs.jdbc.url}}")));
        } finally {
            main.stop();
        }
    }

    /** A JDBC URL's settings may hold a password: keep what names the database. */
    private static String withoutSettings(String jdbcUrl) {
        return jdbcUrl.replaceFirst("[?;].*", "");
    }

    /**
     * @param database the JDBC URL of the database, without its settings
     */
    public record Outcome(JobProgress progress, String database) {
    }
}
