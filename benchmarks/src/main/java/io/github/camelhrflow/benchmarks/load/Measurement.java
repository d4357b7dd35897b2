package io.github.camelhrflow.benchmarks.load;

/**
 * What one timed run of a fixed number of calls cost the client.
 *
 * @param calls          calls made (all succeeded: a failure aborts the run)
 * @param elapsedNanos   wall-clock time from the first call's start to the last call's end
 * @param cpuNanos       client process CPU time, all threads
 * @param allocatedBytes bytes allocated by all client threads
 * @param p50Nanos       median latency of one call
 * @param p99Nanos       99th percentile latency of one call
 * @param serverCpuNanos CPU time of the server process over the run, or -1 when not measured
 */
public record Measurement(int calls, long elapsedNanos, long cpuNanos, long allocatedBytes, long p50Nanos,
                          long p99Nanos, long serverCpuNanos) {

    public double callsPerSecond() {
        return calls * 1e9 / elapsedNanos;
    }

    public double cpuMicrosPerCall() {
        return cpuNanos / 1e3 / calls;
    }

    public double bytesPerCall() {
        return (double) allocatedBytes / calls;
    }

    public double serverCpuMicrosPerCall() {
        return serverCpuNanos < 0 ? Double.NaN : serverCpuNanos / 1e3 / calls;
    }

    public double p50Millis() {
        return p50Nanos / 1e6;
    }

    public double p99Millis() {
        return p99Nanos / 1e6;
    }
}
