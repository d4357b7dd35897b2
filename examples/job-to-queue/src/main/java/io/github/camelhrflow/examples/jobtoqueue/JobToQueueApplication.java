package io.github.camelhrflow.examples.jobtoqueue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;

import io.github.camelhrflow.examples.HrFlowTarget;
import io.github.camelhrflow.examples.JobKeys;
import io.github.camelhrflow.examples.JobProgress;

/**
 * {@code job-to-queue [--serve] [KEY]...}
 * <p>
 * Starts the routes (and, by default, an embedded ActiveMQ Artemis broker), puts the given keys on the keys queue and
 * waits until each has reached the jobs queue or the dead letter queue. With {@code --serve} it keeps consuming until
 * stopped, as one of several competing instances would. Without HRFLOW_API_KEY it starts an embedded HrFlow sandbox
 * and, when no key is given, sends the keys of its demo board and one unknown key, to show the dead letter queue.
 */
public final class JobToQueueApplication {

    private static final String SERVE = "--serve";
    private static final String UNKNOWN_KEY = "0000000000000000000000000000000000000000";

    private JobToQueueApplication() {
    }

    public static void main(String[] args) throws Exception {
        List<String> arguments = new ArrayList<>(Arrays.asList(args));
        boolean serve = arguments.remove(SERVE);
        try (HrFlowTarget target = HrFlowTarget.fromEnvironment()) {
            List<String> keys = keys(arguments, target, serve);
            JobProgress progress = new JobProgress(JobToQueue.LOG_NAME, serve ? JobProgress.OPEN_ENDED : keys.size());
            try (JobToQueue app = JobToQueue.start(target.properties(), progress)) {
                System.out.println("Fetching jobs of board " + target.boardKey() + " from " + target.describe());
                System.out.println("Sending " + keys.size() + " job keys; " + app.describeQueues());
                app.send(keys);
                if (serve) {
                    serveUntilStopped(app);
                    return;
                }
                awaitAll(progress);
                app.stopConsuming();
                System.out.println("Done: " + progress.succeeded() + " of " + progress.total() + " keys became jobs on"
                                   + " the jobs queue, " + progress.failed() + " went to the dead letter queue. "
                                   + "Now " + app.describeQueues());
            }
        }
    }

    private static List<String> keys(List<String> arguments, HrFlowTarget target, boolean serve) {
        if (!arguments.isEmpty() || serve) {
            return arguments;
        }
        List<String> keys = new ArrayList<>(JobKeys.fromArguments(arguments, target));
        if (target.isSandbox()) {
            keys.add(UNKNOWN_KEY);
        }
        return keys;
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
