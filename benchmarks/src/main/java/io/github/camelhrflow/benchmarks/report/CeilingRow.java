package io.github.camelhrflow.benchmarks.report;

import io.github.camelhrflow.benchmarks.load.Measurement;

/**
 * The raw client against one server: how many answers per second the server gives, and what each costs it.
 *
 * @param server      which server
 * @param answer      what was asked for
 * @param concurrency requests in flight
 * @param measurement the median run (by throughput) of the repetitions
 */
public record CeilingRow(String server, String answer, int concurrency, Measurement measurement) {
}
