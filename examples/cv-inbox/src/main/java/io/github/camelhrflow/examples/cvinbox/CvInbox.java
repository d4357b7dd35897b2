package io.github.camelhrflow.examples.cvinbox;

import java.util.Properties;

import io.github.camelhrflow.examples.JobProgress;
import io.github.camelhrflow.examples.SyncConfiguration;
import org.apache.camel.main.Main;

/**
 * The cv-inbox application: a Camel Main whose route parses the CV files dropped into the inbox until it is stopped.
 */
public final class CvInbox {

    /** The logger that reports each file parsed or refused. */
    public static final String LOG_NAME = "cv-inbox";

    private final Main main;
    private final JobProgress progress;

    private CvInbox(Main main, JobProgress progress) {
        this.main = main;
        this.progress = progress;
    }

    /**
     * @param properties the {@code camel.component.hrflow.*} and {@code hrflow.source} properties, and any
     *                   {@code cv.*} or {@code sync.jdbc.*} that should win over {@code application.properties}
     */
    public static CvInbox create(Properties properties) {
        JobProgress progress = new JobProgress(LOG_NAME, JobProgress.OPEN_ENDED);
        Main main = new Main();
        main.setOverrideProperties(properties);
        main.configure().addConfiguration(SyncConfiguration.class);
        main.configure().addRoutesBuilder(new CvInboxRoutes(progress));
        return new CvInbox(main, progress);
    }

    /** Starts watching the inbox and returns: it goes on in Camel's threads until {@link #stop()}. */
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

    /** The files parsed (and refused) since this instance started. */
    public JobProgress progress() {
        return progress;
    }
}
