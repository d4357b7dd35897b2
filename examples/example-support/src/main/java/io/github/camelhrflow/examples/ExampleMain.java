package io.github.camelhrflow.examples;

import java.util.Properties;
import java.util.function.Function;

import org.apache.camel.RoutesBuilder;
import org.apache.camel.main.Main;

/**
 * The running part of an example whose route goes on until it is stopped: a Camel Main with the examples'
 * {@link SyncConfiguration}, the example's routes, and the {@link JobProgress} they report each item to. An example
 * names its own subclass (its logger, its routes) so that its {@code *Application} and tests read as that example.
 */
public abstract class ExampleMain {

    private final Main main;
    private final JobProgress progress;

    /**
     * @param properties the {@code camel.component.hrflow.*} and {@code hrflow.*} properties, and any others that
     *                   should win over {@code application.properties}
     * @param logName    the logger that reports each item
     * @param routes     the example's routes, given the progress they report to
     */
    protected ExampleMain(Properties properties, String logName, Function<JobProgress, RoutesBuilder> routes) {
        this.progress = new JobProgress(logName, JobProgress.OPEN_ENDED);
        this.main = new Main();
        main.setOverrideProperties(properties);
        main.configure().addConfiguration(SyncConfiguration.class);
        main.configure().addRoutesBuilder(routes.apply(progress));
    }

    /** Starts the routes and returns: they go on in Camel's threads until {@link #stop()}. */
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

    /** The items written (and failed) since this instance started. */
    public JobProgress progress() {
        return progress;
    }
}
