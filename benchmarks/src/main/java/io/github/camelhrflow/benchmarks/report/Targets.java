package io.github.camelhrflow.benchmarks.report;

import java.util.ArrayList;
import java.util.List;
import java.util.function.DoublePredicate;

import io.github.camelhrflow.benchmarks.variants.Variant;

/** The goals of issue 5 for camel-hrflow, checked against the median per-round ratios. */
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
    public record Check(String goal, Workload workload, List<Double> ratios, List<Integer> levels, boolean met) {
    }

    private Targets() {
    }

    public static List<Check> check(Results results, List<Workload> workloads, List<Integer> levels) {
        int highest = levels.get(levels.size() - 1);
        List<Check> checks = new ArrayList<>();
        for (Workload w : workloads) {
            checks.add(check(results, w, "CPU/job ≤ 1.3× floor A", Variant.FLOOR_A, Metric.CPU, levels, r -> r <= 1.3));
            checks.add(check(results, w, "CPU/job < hand-rolled route", Variant.HAND_ROLLED, Metric.CPU, levels,
                    r -> r < 1));
            checks.add(check(results, w, "jobs/s at " + highest + " ≥ 0.9× floor A", Variant.FLOOR_A, Metric.THROUGHPUT,
                    List.of(highest), r -> r >= 0.9));
            checks.add(check(results, w, "alloc/job ≤ 1.5× floor A", Variant.FLOOR_A, Metric.ALLOCATION, levels,
                    r -> r <= 1.5));
        }
        return checks;
    }

    private static Check check(Results results, Workload workload, String goal, Variant baseline, Metric metric,
                               List<Integer> levels, DoublePredicate ok) {
        List<Double> ratios = new ArrayList<>();
        boolean met = true;
        for (int level : levels) {
            double ratio = results.medianRatio(workload, Variant.CAMEL_HRFLOW, baseline, level, metric);
            ratios.add(ratio);
            met &= ok.test(ratio);
        }
        return new Check(goal, workload, ratios, levels, met);
    }
}
