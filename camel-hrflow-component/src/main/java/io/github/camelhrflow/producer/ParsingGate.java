package io.github.camelhrflow.producer;

import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * How many CV files an endpoint uploads or waits for at once: a permit counter and a queue of the files waiting their
 * turn. Nothing here blocks: a file that finds no free permit is queued, and the file that frees a permit starts the
 * next one. So files waiting their turn hold no thread.
 */
public final class ParsingGate {

    private final AtomicInteger inFlight = new AtomicInteger();
    private final Queue<Runnable> waiting = new ConcurrentLinkedQueue<>();

    /**
     * Runs {@code start} now if fewer than {@code max} files are in flight, else when a permit is freed. {@code start}
     * must not block, and must lead to exactly one {@link #release(int)}.
     */
    public void submit(Runnable start, int max) {
        waiting.add(start);
        drain(max);
    }

    /** Frees the permit of a file that is done, and starts the next file waiting, if any. */
    public void release(int max) {
        inFlight.decrementAndGet();
        drain(max);
    }

    private void drain(int max) {
        // whoever adds a file or frees a permit drains afterwards, so no file is left waiting with a permit free
        while (!waiting.isEmpty()) {
            int current = inFlight.get();
            if (current >= max) {
                return;
            }
            if (!inFlight.compareAndSet(current, current + 1)) {
                continue;
            }
            Runnable start = waiting.poll();
            if (start == null) {
                inFlight.decrementAndGet();
                continue;
            }
            start.run();
        }
    }

    /** The files uploaded or waited for now. */
    public int inFlight() {
        return inFlight.get();
    }

    /** The files waiting for a permit. */
    public int waiting() {
        return waiting.size();
    }
}
