package io.github.camelhrflow.benchmarks.report;

import io.github.camelhrflow.benchmarks.load.Measurement;
import io.github.camelhrflow.benchmarks.variants.Variant;

/** One measured run: a variant, a workload, a concurrency level, in one round. */
public record Cell(Workload workload, Variant variant, int concurrency, int round, Measurement measurement) {
}
