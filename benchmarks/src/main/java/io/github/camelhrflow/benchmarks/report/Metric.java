package io.github.camelhrflow.benchmarks.report;

import java.util.function.ToDoubleFunction;

import io.github.camelhrflow.benchmarks.load.Measurement;

/** The figures reported per variant; "lower is better" for all but throughput. */
public enum Metric {

    THROUGHPUT("jobs/s", Measurement::callsPerSecond),
    P50("p50 ms", Measurement::p50Millis),
    P99("p99 ms", Measurement::p99Millis),
    CPU("CPU µs/job", Measurement::cpuMicrosPerCall),
    ALLOCATION("alloc KB/job", m -> m.bytesPerCall() / 1024);

    private final String header;
    private final ToDoubleFunction<Measurement> value;

    Metric(String header, ToDoubleFunction<Measurement> value) {
        this.header = header;
        this.value = value;
    }

    public String header() {
        return header;
    }

    public double of(Measurement measurement) {
        return value.applyAsDouble(measurement);
    }
}
