package io.github.camelhrflow.benchmarks.jmh;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.VerboseMode;

/** Runs {@link JobDecodeBenchmark} with JMH's GC profiler and keeps what the report shows. */
public final class DecodeFigures {

    private DecodeFigures() {
    }

    /**
     * One benchmark's figures.
     *
     * @param name            the benchmark method
     * @param medianMicros    median time per decode
     * @param micros          mean time per decode
     * @param microsError     the 99.9% confidence half-width of the mean
     * @param bytesPerDecode  bytes allocated per decode ({@code gc.alloc.rate.norm})
     */
    public record Figure(String name, double medianMicros, double micros, double microsError, double bytesPerDecode) {
    }

    public static List<Figure> run() throws RunnerException {
        Options options = new OptionsBuilder()
                .include(JobDecodeBenchmark.class.getName() + "\\.")
                .addProfiler(GCProfiler.class)
                .verbosity(VerboseMode.SILENT)
                .build();
        Collection<RunResult> results = new Runner(options).run();
        List<Figure> figures = new ArrayList<>();
        for (RunResult result : results) {
            Result<?> primary = result.getPrimaryResult();
            figures.add(new Figure(result.getParams().getBenchmark().replaceAll(".*\\.", ""),
                    primary.getStatistics().getPercentile(50), primary.getScore(), primary.getScoreError(),
                    allocationPerOp(result.getSecondaryResults())));
        }
        return figures;
    }

    private static double allocationPerOp(Map<String, Result> secondary) {
        // the key is "gc.alloc.rate.norm", with a leading "·" in some JMH versions
        return secondary.entrySet().stream()
                .filter(e -> e.getKey().endsWith("gc.alloc.rate.norm"))
                .mapToDouble(e -> e.getValue().getScore())
                .findFirst()
                .orElse(Double.NaN);
    }
}
