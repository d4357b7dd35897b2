package io.github.camelhrflow.benchmarks.operations;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;

import io.github.camelhrflow.benchmarks.report.Results;

/** The operation rows' runs, their medians over rounds, and medians of per-round ratios (each way / raw). */
public final class OperationResults {

    private final List<OperationCell> cells = new ArrayList<>();
    private final Map<OperationRow, Map<String, String>> notes = new LinkedHashMap<>();

    public void add(OperationCell cell) {
        cells.add(cell);
    }

    /** Keeps what a way's last measured run noted ({@link OperationRun#note()}); {@code null} keeps nothing. */
    public void note(OperationRow row, String variant, String note) {
        if (note != null) {
            notes.computeIfAbsent(row, r -> new LinkedHashMap<>()).put(variant, note);
        }
    }

    /** The last note of each way of the row that noted something, by label. */
    public Map<String, String> notes(OperationRow row) {
        return notes.getOrDefault(row, Map.of());
    }

    public List<OperationCell> cells() {
        return List.copyOf(cells);
    }

    public double median(OperationRow row, String variant, int concurrency, ToDoubleFunction<OperationCell> metric) {
        return Results.median(cells.stream()
                .filter(c -> c.row().equals(row) && c.variant().equals(variant) && c.concurrency() == concurrency)
                .mapToDouble(metric)
                .toArray());
    }

    /** The median over rounds of the judged way's figure divided by the raw loop's in the same round. */
    public double medianRatio(OperationRow row, int concurrency, ToDoubleFunction<OperationCell> metric) {
        return medianRatio(row, row.judged(), concurrency, metric);
    }

    /** The median over rounds of a variant's figure divided by the raw loop's in the same round. */
    public double medianRatio(OperationRow row, String variant, int concurrency,
                              ToDoubleFunction<OperationCell> metric) {
        List<Double> ratios = new ArrayList<>();
        for (OperationCell hrflow : cells) {
            if (hrflow.row().equals(row) && hrflow.variant().equals(variant)
                && hrflow.concurrency() == concurrency) {
                cells.stream()
                        .filter(raw -> raw.row().equals(row) && raw.variant().equals(OperationRow.RAW)
                                       && raw.concurrency() == concurrency && raw.round() == hrflow.round())
                        .findFirst()
                        .ifPresent(raw -> ratios.add(metric.applyAsDouble(hrflow) / metric.applyAsDouble(raw)));
            }
        }
        return Results.median(ratios.stream().mapToDouble(Double::doubleValue).toArray());
    }
}
