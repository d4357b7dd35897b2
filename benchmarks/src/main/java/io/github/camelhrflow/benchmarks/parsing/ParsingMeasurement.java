package io.github.camelhrflow.benchmarks.parsing;

/**
 * One run of a way: a folder of CVs parsed, from its route's start to the last file's profile.
 *
 * @param way           how
 * @param round         which round (warm-ups are not kept)
 * @param files         files parsed, each into one new profile (checked)
 * @param elapsedNanos  wall-clock time
 * @param cpuNanos      client process CPU time, all threads
 * @param allocatedBytes bytes allocated by all client threads
 * @param threadsBefore live threads of the client JVM when the route started
 * @param peakThreads   most live threads during the run
 * @param requests      API requests the sandbox answered during the run
 * @param profiles      profiles the source held after the run
 */
public record ParsingMeasurement(ParsingWay way, int round, int files, long elapsedNanos, long cpuNanos,
                                 long allocatedBytes,
                                 int threadsBefore, int peakThreads, long requests, int profiles) {

    public double seconds() {
        return elapsedNanos / 1e9;
    }

    public double wallMillisPerFile() {
        return elapsedNanos / 1e6 / files;
    }

    public double cpuMillisPerFile() {
        return cpuNanos / 1e6 / files;
    }

    public double kilobytesPerFile() {
        return allocatedBytes / 1024.0 / files;
    }

    public double requestsPerFile() {
        return (double) requests / files;
    }

    /** Threads the run added at its peak. */
    public int addedThreads() {
        return peakThreads - threadsBefore;
    }
}
