package io.github.camelhrflow.benchmarks.parsing;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;

import io.github.camelhrflow.benchmarks.report.Results;

/** The parsing row's measured runs, their medians over rounds, and medians of per-round ratios. */
public final class ParsingResults {

    private final List<ParsingMeasurement> runs = new ArrayList<>();

    public void add(ParsingMeasurement run) {
        runs.add(run);
    }

    public List<ParsingMeasurement> runs() {
        return List.copyOf(runs);
    }

    public boolean isEmpty() {
        return runs.isEmpty();
    }

    public double median(ParsingWay way, ToDoubleFunction<ParsingMeasurement> metric) {
        return Results.median(runs.stream().filter(r -> r.way() == way).mapToDouble(metric).toArray());
    }

    /** The median over rounds of {@code way}'s figure divided by {@code baseline}'s in the same round. */
    public double medianRatio(ParsingWay way, ParsingWay baseline, ToDoubleFunction<ParsingMeasurement> metric) {
        List<Double> ratios = new ArrayList<>();
        for (ParsingMeasurement run : runs) {
            if (run.way() == way) {
                runs.stream().filter(b -> b.way() == baseline && b.round() == run.round()).findFirst()
                        .ifPresent(b -> ratios.add(metric.applyAsDouble(run) / metric.applyAsDouble(b)));
            }
        }
        return Results.median(ratios.stream().mapToDouble(Double::doubleValue).toArray());
    }
}
