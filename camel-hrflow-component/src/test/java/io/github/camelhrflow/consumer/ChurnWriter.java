package io.github.camelhrflow.consumer;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.camelhrflow.client.HrFlowResource;
import io.github.camelhrflow.sandbox.HrFlowSandbox;

/**
 * Creates, edits and archives jobs of a board (or profiles of a source) at random (seeded) on its own thread while a consumer syncs it:
 * bursts inside one frozen second, and edits to jobs the consumer has already delivered (pages already read).
 */
final class ChurnWriter implements Runnable {

    private final HrFlowSandbox sandbox;
    private final HrFlowResource resource;
    private final String board;
    private final Random random;
    private final long seed;
    private final List<String> keys;
    private final Supplier<List<String>> deliveredKeys;
    private final AtomicInteger writes = new AtomicInteger();
    private final AtomicInteger bursts = new AtomicInteger();
    private volatile boolean running = true;
    private volatile Throwable failure;
    private int created;
    private int pauseMillis = 1;

    /** The least pause between two writes (plus 0-2 ms at random); 1 unless set. */
    ChurnWriter pauseMillis(int millis) {
        this.pauseMillis = millis;
        return this;
    }

    ChurnWriter(HrFlowSandbox sandbox, String board, long seed, List<String> keys,
                Supplier<List<String>> deliveredKeys) {
        this(sandbox, HrFlowResource.JOB, board, seed, keys, deliveredKeys);
    }

    /** A writer of the jobs of a board ({@code JOB}) or the profiles of a source ({@code PROFILE}). */
    ChurnWriter(HrFlowSandbox sandbox, HrFlowResource resource, String board, long seed, List<String> keys,
                Supplier<List<String>> deliveredKeys) {
        this.sandbox = sandbox;
        this.resource = resource;
        this.board = board;
        this.seed = seed;
        this.random = new Random(seed);
        this.keys = new ArrayList<>(keys);
        this.deliveredKeys = deliveredKeys;
    }

    @Override
    public void run() {
        try {
            while (running) {
                int dice = random.nextInt(100);
                if (dice < 6) {
                    burst();
                } else {
                    write(dice);
                }
                // a pace the consumer can interleave with: a few writes between two page requests
                LockSupport.parkNanos(Duration.ofMillis(pauseMillis + random.nextInt(3)).toNanos());
            }
        } catch (Throwable e) {
            failure = e;
        } finally {
            if (sandbox.clock().isFrozen()) {
                sandbox.clock().resume();
            }
        }
    }

    private void burst() {
        bursts.incrementAndGet();
        sandbox.clock().freeze();
        try {
            int size = 20 + random.nextInt(130);
            for (int i = 0; i < size && running; i++) {
                write(random.nextInt(100));
                if (i % 10 == 0) {
                    LockSupport.parkNanos(Duration.ofMillis(1).toNanos());
                }
            }
        } finally {
            sandbox.clock().resume();
        }
    }

    private void write(int dice) {
        writes.incrementAndGet();
        boolean jobs = resource == HrFlowResource.JOB;
        if (dice < 35) {
            ObjectNode object = JsonNodeFactory.instance.objectNode();
            String name = "Churn " + seed + "-" + created;
            if (jobs) {
                object.put("name", name);
            } else {
                object.putObject("info").put("full_name", name).put("email", "churn@example.com");
                object.put("text", name);
            }
            object.put("reference", "churn-" + seed + "-" + created++);
            ObjectNode stored = jobs ? sandbox.createJob(board, object) : sandbox.createProfile(board, object);
            keys.add(stored.get("key").asText());
        } else if (dice < 90) {
            String key = pickKey(dice < 65);
            ObjectNode object = (jobs ? sandbox.store().jobByKey(board, key) : sandbox.store().profileByKey(board, key))
                    .orElseThrow().deepCopy();
            object.put("summary", "edit " + writes.get());
            if (jobs) {
                sandbox.editJob(board, object);
            } else {
                sandbox.editProfile(board, object);
            }
        } else if (jobs) {
            sandbox.archiveJob(board, pickKey(false), true);
        } else {
            sandbox.archiveProfile(board, pickKey(false), true);
        }
    }

    /** A job the consumer already delivered (its page was read), else any job. */
    private String pickKey(boolean delivered) {
        if (delivered) {
            List<String> done = deliveredKeys.get();
            if (!done.isEmpty()) {
                return done.get(random.nextInt(done.size()));
            }
        }
        return keys.get(random.nextInt(keys.size()));
    }

    void stop() {
        running = false;
    }

    int writes() {
        return writes.get();
    }

    int bursts() {
        return bursts.get();
    }

    Throwable failure() {
        return failure;
    }
}
