package io.github.camelhrflow.benchmarks.report;

import java.util.ArrayList;
import java.util.List;
import java.util.function.DoublePredicate;

import io.github.camelhrflow.benchmarks.operations.OperationCell;
import io.github.camelhrflow.benchmarks.operations.OperationResults;
import io.github.camelhrflow.benchmarks.operations.OperationRow;
import io.github.camelhrflow.benchmarks.variants.Variant;

/**
 * The goals for camel-hrflow (issues 5 and 9), checked against the median per-round ratios. Issue 9 tightened the CPU
 * goal to 1.15× floor A and the throughput goal to 0.95×, and added the operation rows.
 */
public final class Targets {

    /**
     * One goal on one workload.
     *
     * @param goal     what is asked
     * @param workload where it was checked
     * @param ratios   the ratio at each concurrency level checked, in order
     * @param levels   those concurrency levels
     * @param met      whether every ratio meets the goal
     */
    public record Check(String goal, String workload, List<Double> ratios, List<Integer> levels, Boolean met) {

        /** "met", "**missed**", or "(no target)" for a ratio shown only to explain another. */
        public String verdict() {
            return met == null ? "(no target)" : met ? "met" : "**missed**";
        }
    }

    private Targets() {
    }

    public static List<Check> check(Results results, List<Workload> workloads, List<Integer> levels) {
        int highest = levels.get(levels.size() - 1);
        List<Check> checks = new ArrayList<>();
        for (Workload w : workloads) {
            checks.add(check(results, w, "CPU/job ≤ 1.15× floor A", Variant.FLOOR_A, Metric.CPU, levels,
                    r -> r <= 1.15));
            checks.add(check(results, w, "jobs/s at " + highest + " ≥ 0.95× floor A", Variant.FLOOR_A,
                    Metric.THROUGHPUT, List.of(highest), r -> r >= 0.95));
            checks.add(check(results, w, "CPU/job vs floor A in a processor (the component's own share)",
                    Variant.RAW_IN_PROCESSOR, Metric.CPU, levels, null));
            checks.add(check(results, w, "CPU/job < hand-rolled route", Variant.HAND_ROLLED, Metric.CPU, levels,
                    r -> r < 1));
            checks.add(check(results, w, "alloc/job ≤ 1.5× floor A", Variant.FLOOR_A, Metric.ALLOCATION, levels,
                    r -> r <= 1.5));
        }
        return checks;
    }

    /**
     * Each row's judged way against its goal (the board export: CPU per job ≤ 1.2× the raw paging loop; the first
     * sync through the consumer: ≤ 1.3×; index: shown beside its raw POST, no target), then the ways shown beside it.
     */
    public static List<Check> check(OperationResults results, List<OperationRow> rows) {
        List<Check> checks = new ArrayList<>();
        for (OperationRow row : rows) {
            List<Double> ratios = new ArrayList<>();
            for (int level : row.levels()) {
                ratios.add(results.medianRatio(row, level, OperationCell::cpuMicrosPerJob));
            }
            boolean judged = !Double.isNaN(row.cpuLimit());
            checks.add(new Check(row.goal(), row.name(), ratios, row.levels(),
                    judged ? ratios.stream().allMatch(r -> r <= row.cpuLimit()) : null));
            for (OperationRow.Way way : row.shown()) {
                List<Double> beside = new ArrayList<>();
                for (int level : row.levels()) {
                    beside.add(results.medianRatio(row, way.label(), level, OperationCell::cpuMicrosPerJob));
                }
                checks.add(new Check(way.shownAs(), row.name(), beside, row.levels(), null));
            }
        }
        return checks;
    }

    /** {@code ok} null: the ratio is shown, not judged. */
    private static Check check(Results results, Workload workload, String goal, Variant baseline, Metric metric,
                               List<Integer> levels, DoublePredicate ok) {
        List<Double> ratios = new ArrayList<>();
        boolean met = true;
        for (int level : levels) {
            double ratio = results.medianRatio(workload, Variant.CAMEL_HRFLOW, baseline, level, metric);
            ratios.add(ratio);
            met &= ok != null && ok.test(ratio);
        }
        return new Check(goal, workload.name(), ratios, levels, ok == null ? null : met);
    }
}
