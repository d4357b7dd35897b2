package io.github.camelhrflow.benchmarks.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import io.github.camelhrflow.benchmarks.variants.Variant;

/**
 * All measured runs, and their medians over rounds.
 * <p>
 * Ratios are taken round by round (each variant against floor A measured minutes apart at most, under the same
 * background load), then their median: on a shared machine that is steadier than a ratio of medians.
 */
public final class Results {

    private final List<Cell> cells = new ArrayList<>();

    public void add(Cell cell) {
        cells.add(cell);
    }

    public List<Cell> cells() {
        return List.copyOf(cells);
    }

    /** The median of a metric over the rounds. */
    public double median(Workload workload, Variant variant, int concurrency, Metric metric) {
        return median(cells.stream()
                .filter(c -> c.workload().equals(workload) && c.variant() == variant && c.concurrency() == concurrency)
                .mapToDouble(c -> metric.of(c.measurement()))
                .toArray());
    }

    /** The median over the rounds of {@code metric(variant) / metric(baseline)} within each round. */
    public double medianRatio(Workload workload, Variant variant, Variant baseline, int concurrency, Metric metric) {
        List<Double> ratios = new ArrayList<>();
        for (Cell cell : cells) {
            if (cell.workload().equals(workload) && cell.variant() == variant && cell.concurrency() == concurrency) {
                cells.stream()
                        .filter(b -> b.workload().equals(workload) && b.variant() == baseline
                                     && b.concurrency() == concurrency && b.round() == cell.round())
                        .findFirst()
                        .ifPresent(b -> ratios.add(metric.of(cell.measurement()) / metric.of(b.measurement())));
            }
        }
        return median(ratios.stream().mapToDouble(Double::doubleValue).toArray());
    }

    /** The median of {@code values}; NaN when there are none. */
    public static double median(double[] values) {
        if (values.length == 0) {
            return Double.NaN;
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }
}
