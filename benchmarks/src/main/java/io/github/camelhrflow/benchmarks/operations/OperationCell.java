package io.github.camelhrflow.benchmarks.operations;

import io.github.camelhrflow.benchmarks.load.Measurement;

/**
 * One measured run of an operation row: the raw loop or camel-hrflow, at a concurrency level, in one round.
 *
 * @param variant {@link OperationRow#RAW} or {@link OperationRow#HRFLOW}
 */
public record OperationCell(OperationRow row, String variant, int concurrency, int round, Measurement measurement) {

    public double jobsPerSecond() {
        return measurement.callsPerSecond() * row.jobsPerRun();
    }

    public double cpuMicrosPerJob() {
        return measurement.cpuMicrosPerCall() / row.jobsPerRun();
    }

    public double kilobytesPerJob() {
        return measurement.bytesPerCall() / row.jobsPerRun() / 1024;
    }
}
