package io.github.camelhrflow.sandbox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * The sandbox's notion of "now", which every write stamps on {@code created_at}, {@code updated_at}
 * and {@code archived_at} (whole seconds, as HrFlow). Tests move it at will: {@link #freeze()} makes
 * any number of writes share one second, {@link #advance(Duration)} and {@link #set(Instant)} move it.
 * Thread-safe.
 */
public final class SandboxClock {

    private final Clock base;
    /** Added to the base clock while running. */
    private Duration offset = Duration.ZERO;
    /** The fixed time while frozen, else null. */
    private Instant frozenAt;

    SandboxClock(Clock base) {
        this.base = Objects.requireNonNull(base, "base");
    }

    /** The current instant, to the nanosecond the base clock gives. */
    public synchronized Instant instant() {
        return frozenAt != null ? frozenAt : base.instant().plus(offset);
    }

    /**
     * The base clock's instant, which runs on while this clock is frozen or moved: the index lag
     * elapses on it, so a test that freezes the stamps still sees writes listed.
     */
    Instant baseInstant() {
        return base.instant();
    }

    /** The current second: what a write stamps. */
    public Instant now() {
        return instant().truncatedTo(ChronoUnit.SECONDS);
    }

    /** Stops time at the current instant until {@link #resume()}. */
    public synchronized SandboxClock freeze() {
        frozenAt = instant();
        return this;
    }

    /** Lets time run again from where it stands (a frozen clock does not jump forward). */
    public synchronized SandboxClock resume() {
        if (frozenAt != null) {
            offset = Duration.between(base.instant(), frozenAt);
            frozenAt = null;
        }
        return this;
    }

    public synchronized boolean isFrozen() {
        return frozenAt != null;
    }

    /** Moves time by {@code amount} (may be negative), frozen or not. */
    public synchronized SandboxClock advance(Duration amount) {
        Objects.requireNonNull(amount, "amount");
        if (frozenAt != null) {
            frozenAt = frozenAt.plus(amount);
        } else {
            offset = offset.plus(amount);
        }
        return this;
    }

    /** Sets the current time; a frozen clock stays frozen there, a running one runs on from it. */
    public synchronized SandboxClock set(Instant time) {
        Objects.requireNonNull(time, "time");
        if (frozenAt != null) {
            frozenAt = time;
        } else {
            offset = Duration.between(base.instant(), time);
        }
        return this;
    }
}
