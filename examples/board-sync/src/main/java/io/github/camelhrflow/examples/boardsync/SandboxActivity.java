package io.github.camelhrflow.examples.boardsync;

import java.util.List;
import java.util.Random;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.camelhrflow.examples.HrFlowTarget;
import io.github.camelhrflow.sandbox.HrFlowSandbox;

/**
 * On the sandbox only: something for the sync to follow. It adds generated jobs to the board once, then renames a
 * job every few seconds and archives or restores another, as recruiters would in HrFlow.
 */
final class SandboxActivity implements AutoCloseable {

    private static final long PERIOD_SECONDS = 7;

    private final ScheduledExecutorService scheduler;

    private SandboxActivity(ScheduledExecutorService scheduler) {
        this.scheduler = scheduler;
    }

    /** Does nothing on the real API: we never write into a real board. */
    static SandboxActivity startIfSandbox(HrFlowTarget target, int extraJobs) {
        if (!target.isSandbox()) {
            return new SandboxActivity(null);
        }
        HrFlowSandbox sandbox = target.sandboxServer();
        String board = target.boardKey();
        sandbox.seedJobs(board, extraJobs, 42);
        Random random = new Random(42);
        ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "sandbox-activity");
            thread.setDaemon(true);
            return thread;
        });
        scheduler.scheduleWithFixedDelay(() -> {
            List<ObjectNode> jobs = sandbox.store().jobs(board);
            ObjectNode renamed = jobs.get(random.nextInt(jobs.size()));
            renamed.put("name", renamed.get("name").asText().replaceFirst(" \\(edited \\d+\\)$", "")
                                + " (edited " + random.nextInt(1000) + ")");
            sandbox.editJob(board, renamed);
            ObjectNode toggled = jobs.get(random.nextInt(jobs.size()));
            sandbox.archiveJob(board, toggled.get("key").asText(), !toggled.hasNonNull("archived_at"));
        }, PERIOD_SECONDS, PERIOD_SECONDS, TimeUnit.SECONDS);
        return new SandboxActivity(scheduler);
    }

    @Override
    public void close() {
        if (scheduler != null) {
            scheduler.shutdownNow();
        }
    }
}
