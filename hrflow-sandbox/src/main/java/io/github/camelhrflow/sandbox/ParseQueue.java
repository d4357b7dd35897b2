package io.github.camelhrflow.sandbox;

import java.time.Duration;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * HrFlow's parsing queue, as a stand-in: a file sent to a source without real-time parsing becomes a
 * profile {@link #delay()} later (real time, not the sandbox's clock), stored as any write (so the index lag
 * follows). A reference waiting in the queue counts as used. Thread-safe.
 */
final class ParseQueue {

    private static final System.Logger LOG = System.getLogger(ParseQueue.class.getName());

    private final JobStore store;
    private Duration delay = Duration.ZERO;
    private ScheduledExecutorService scheduler;
    /** {@code sourceKey + "\n" + reference} of the files waiting. */
    private final Set<String> waiting = new HashSet<>();

    ParseQueue(JobStore store) {
        this.store = store;
    }

    synchronized Duration delay() {
        return delay;
    }

    synchronized void delay(Duration delay) {
        if (Objects.requireNonNull(delay, "delay").isNegative()) {
            throw new IllegalArgumentException("parse delay must not be negative, got " + delay);
        }
        this.delay = delay;
    }

    /** Whether a file with this reference waits for this source. */
    synchronized boolean isWaiting(String sourceKey, String reference) {
        return waiting.contains(sourceKey + "\n" + reference);
    }

    /** Stores the profile after the delay; at once when the delay is zero. */
    void submit(String sourceKey, ObjectNode profile, JsonNode attachments) {
        String reference = StoredItem.text(profile.get("reference"));
        Duration wait;
        synchronized (this) {
            wait = delay;
            if (!wait.isZero()) {
                if (reference != null) {
                    waiting.add(sourceKey + "\n" + reference);
                }
                if (scheduler == null) {
                    scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
                        Thread thread = new Thread(runnable, "hrflow-sandbox-parsing");
                        thread.setDaemon(true);
                        return thread;
                    });
                }
                scheduler.schedule(() -> store(sourceKey, reference, profile, attachments), wait.toNanos(),
                        TimeUnit.NANOSECONDS);
                return;
            }
        }
        store(sourceKey, reference, profile, attachments);
    }

    /** Drops the files still waiting; a later {@link #submit} starts the queue again. */
    synchronized void stop() {
        if (scheduler != null) {
            scheduler.shutdownNow();
            scheduler = null;
        }
        waiting.clear();
    }

    private void store(String sourceKey, String reference, ObjectNode profile, JsonNode attachments) {
        try {
            store.create(Resource.PROFILE, sourceKey, profile, attachments);
        } catch (ApiException e) {
            // e.g. the reference was indexed from JSON meanwhile: HrFlow would report a parsing error
            LOG.log(System.Logger.Level.WARNING, "Parsed profile not stored: " + e.getMessage());
        } finally {
            synchronized (this) {
                waiting.remove(sourceKey + "\n" + reference);
            }
        }
    }
}
