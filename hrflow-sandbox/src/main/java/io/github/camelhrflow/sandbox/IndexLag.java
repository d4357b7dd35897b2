package io.github.camelhrflow.sandbox;

import java.time.Duration;
import java.util.Objects;
import java.util.Random;

/**
 * How long a write waits before {@code storing/jobs} lists it: per write, a seeded random time in
 * {@code [0, max]}, as HrFlow indexes writes asynchronously. Drawn in the order of the writes' sequence
 * numbers, so the same writes with the same seed get the same lags. Thread-safe.
 */
final class IndexLag {

    private Duration max = Duration.ZERO;
    private long seed;
    private Random random = new Random(0);

    /** The lag of the next write. */
    synchronized Duration next() {
        if (max.isZero()) {
            return Duration.ZERO;
        }
        // nanos fit a long for any lag a test would set (292 years)
        return Duration.ofNanos(random.nextLong(max.toNanos() + 1));
    }

    synchronized Duration max() {
        return max;
    }

    synchronized long seed() {
        return seed;
    }

    /** Sets the maximum; writes already waiting keep their lag. */
    synchronized void max(Duration max) {
        Objects.requireNonNull(max, "max");
        if (max.isNegative()) {
            throw new IllegalArgumentException("index lag must not be negative, got " + max);
        }
        this.max = max;
    }

    /** Restarts the random sequence from this seed. */
    synchronized void seed(long seed) {
        this.seed = seed;
        this.random = new Random(seed);
    }
}
