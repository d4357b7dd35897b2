package io.github.camelhrflow.benchmarks.report;

import java.util.List;

/**
 * A set of jobs fetched over and over, all from one board.
 * <p>
 * A run lasts about a second: the process CPU time the JVM reports ticks in 10 ms steps on Linux, so shorter runs
 * would blur the CPU per job. One call in flight is slower, so it gets fewer calls.
 *
 * @param name              short name for tables and the chart
 * @param description       what the jobs are, with their sizes
 * @param boardKey          the board
 * @param keys              the job keys, fetched in turn
 * @param callsOneInFlight  jobs fetched by a run with one call in flight
 * @param callsConcurrent   jobs fetched by a run with more in flight
 */
public record Workload(String name, String description, String boardKey, List<String> keys, int callsOneInFlight,
                       int callsConcurrent) {

    public int calls(int concurrency) {
        return concurrency == 1 ? callsOneInFlight : callsConcurrent;
    }
}
