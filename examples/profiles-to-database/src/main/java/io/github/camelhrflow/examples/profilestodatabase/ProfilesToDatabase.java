package io.github.camelhrflow.examples.profilestodatabase;

import java.util.Properties;

import io.github.camelhrflow.examples.JobProgress;
import io.github.camelhrflow.examples.SyncConfiguration;
import org.apache.camel.main.Main;

/**
 * The profiles-to-database application: a Camel Main whose route follows a source until it is stopped.
 */
public final class ProfilesToDatabase {

    /** The logger that reports each profile version written. */
    public static final String LOG_NAME = "profiles-to-database";

    private final Main main;
    private final JobProgress progress;

    private ProfilesToDatabase(Main main, JobProgress progress) {
        this.main = main;
        this.progress = progress;
    }

    /**
     * @param properties the {@code camel.component.hrflow.*} and {@code hrflow.source} properties, and any
     *                   {@code sync.*} that should win over {@code application.properties}
     */
    public static ProfilesToDatabase create(Properties properties) {
        JobProgress progress = new JobProgress(LOG_NAME, JobProgress.OPEN_ENDED);
        Main main = new Main();
        main.setOverrideProperties(properties);
        main.configure().addConfiguration(SyncConfiguration.class);
        main.configure().addRoutesBuilder(new ProfilesToDatabaseRoutes(progress));
        return new ProfilesToDatabase(main, progress);
    }

    /** Starts the sync and returns: it goes on in Camel's threads until {@link #stop()}. */
    public void start() throws Exception {
        main.start();
    }

    /** Runs until the JVM is asked to stop (Ctrl+C), then stops Camel cleanly. */
    public void run() throws Exception {
        main.run();
    }

    public void stop() throws Exception {
        main.stop();
    }

    /** The profile versions written (and failed) since this instance started. */
    public JobProgress progress() {
        return progress;
    }
}
