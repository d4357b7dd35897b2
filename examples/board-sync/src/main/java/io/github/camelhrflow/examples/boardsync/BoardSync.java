package io.github.camelhrflow.examples.boardsync;

import java.util.Properties;

import io.github.camelhrflow.examples.JobProgress;
import io.github.camelhrflow.examples.SyncConfiguration;
import org.apache.camel.main.Main;

/**
 * The board-sync application: a Camel Main whose route runs until it is stopped.
 */
public final class BoardSync {

    /** The logger that reports each job version written. */
    public static final String LOG_NAME = "board-sync";

    private final Main main;
    private final JobProgress progress;

    private BoardSync(Main main, JobProgress progress) {
        this.main = main;
        this.progress = progress;
    }

    /**
     * @param properties the {@code camel.component.hrflow.*} and {@code hrflow.board} properties, and any
     *                   {@code sync.*} that should win over {@code application.properties}
     */
    public static BoardSync create(Properties properties) {
        JobProgress progress = new JobProgress(LOG_NAME, JobProgress.OPEN_ENDED);
        Main main = new Main();
        main.setOverrideProperties(properties);
        main.configure().addConfiguration(SyncConfiguration.class);
        main.configure().addRoutesBuilder(new BoardSyncRoutes(progress));
        return new BoardSync(main, progress);
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

    /** The job versions written (and failed) since this instance started. */
    public JobProgress progress() {
        return progress;
    }
}
