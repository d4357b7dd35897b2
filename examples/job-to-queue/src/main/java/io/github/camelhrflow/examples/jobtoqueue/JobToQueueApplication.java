package io.github.camelhrflow.examples.jobtoqueue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;

import io.github.camelhrflow.examples.ExampleCommand;
import io.github.camelhrflow.examples.HrFlowTarget;
import io.github.camelhrflow.examples.JobKeys;
import io.github.camelhrflow.examples.JobProgress;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code job-to-queue [--serve] [KEY]...}: puts keys on the keys queue and waits until each has reached the jobs queue
 * or the dead letter queue, or serves as one of several competing consumers.
 */
@Command(name = "job-to-queue",
         description = { "Starts the routes (and, unless jobs.broker.url names another broker, an embedded ActiveMQ"
                         + " Artemis broker), puts the keys on the keys queue and waits until each has reached the jobs"
                         + " queue or the dead letter queue.",
                 "Without any key given, on the sandbox, it sends the keys of the demo board and one unknown key,"
                                                               + " to show the dead letter queue." })
public final class JobToQueueApplication extends ExampleCommand {

    private static final String UNKNOWN_KEY = "0000000000000000000000000000000000000000";

    @Parameters(paramLabel = "KEY", description = "the key of a job of the board, to send")
    List<String> keys = new ArrayList<>();

    @Option(names = "--serve",
            description = "keep consuming until stopped (Ctrl+C), as one of several competing instances would")
    boolean serve;

    public static void main(String[] args) {
        main(new JobToQueueApplication(), args);
    }

    @Override
    public Integer call() throws Exception {
        try (HrFlowTarget target = HrFlowTarget.fromEnvironment()) {
            List<String> toSend = keysToSend(target);
            JobProgress progress = new JobProgress(JobToQueue.LOG_NAME, serve ? JobProgress.OPEN_ENDED : toSend.size());
            try (JobToQueue app = JobToQueue.start(target.properties(), progress)) {
                System.out.println("Fetching jobs of board " + target.boardKey() + " from " + target.describe());
                System.out.println("Sending " + toSend.size() + " job keys; " + app.describeQueues());
                app.send(toSend);
                if (serve) {
                    serveUntilStopped(app);
                    return 0;
                }
                awaitAll(progress);
                app.stopConsuming();
                System.out.println("Done: " + progress.succeeded() + " of " + progress.total() + " keys became jobs on"
                                   + " the jobs queue, " + progress.failed() + " went to the dead letter queue. "
                                   + "Now " + app.describeQueues());
                return 0;
            }
        }
    }

    private List<String> keysToSend(HrFlowTarget target) {
        if (!keys.isEmpty() || serve) {
            return keys;
        }
        List<String> demo = new ArrayList<>(JobKeys.fromArguments(keys, target));
        if (target.isSandbox()) {
            demo.add(UNKNOWN_KEY);
        }
        return demo;
    }

    private static void awaitAll(JobProgress progress) throws InterruptedException {
        while (!progress.awaitFinished(Duration.ofSeconds(30))) {
            System.out.println("Still waiting: " + (progress.succeeded() + progress.failed()) + " of "
                               + progress.total() + " keys handled");
        }
    }

    private static void serveUntilStopped(JobToQueue app) throws InterruptedException {
        CountDownLatch stopped = new CountDownLatch(1);
        // the JVM halts when its shutdown hooks end: stop Camel and the broker in the hook, not after it
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                app.close();
            } catch (Exception e) {
                System.err.println("Could not stop cleanly: " + e);
            } finally {
                stopped.countDown();
            }
        }, "job-to-queue-shutdown"));
        System.out.println("Serving until stopped (Ctrl+C)");
        stopped.await();
    }
}
