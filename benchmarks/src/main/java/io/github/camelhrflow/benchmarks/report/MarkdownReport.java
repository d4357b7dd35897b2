package io.github.camelhrflow.benchmarks.report;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import io.github.camelhrflow.benchmarks.jmh.DecodeFigures;
import io.github.camelhrflow.benchmarks.load.Measurement;
import io.github.camelhrflow.benchmarks.variants.Variant;

/** Writes {@code results.md}: setup, results per workload, targets, the server's ceiling and the JMH figures. */
public final class MarkdownReport {

    /**
     * Everything the report shows.
     *
     * @param machine     where it ran
     * @param command     how to run it again
     * @param rounds      measured rounds per cell
     * @param warmups     unmeasured rounds before them
     * @param minutes     how long the whole run took
     * @param workloads   the job sets
     * @param levels      the concurrency levels
     * @param results     every measured run
     * @param ceiling     the servers' ceiling
     * @param decode      the JMH figures
     * @param chartFile   the chart's file name, next to the report
     */
    public record Input(Machine machine, String command, int rounds, int warmups, double minutes,
                        List<Workload> workloads, List<Integer> levels, Results results, List<CeilingRow> ceiling,
                        List<DecodeFigures.Figure> decode, String chartFile) {
    }

    private final Input in;
    private final StringBuilder md = new StringBuilder();

    private MarkdownReport(Input in) {
        this.in = in;
    }

    public static String render(Input input) {
        return new MarkdownReport(input).render();
    }

    private String render() {
        line("# camel-hrflow benchmarks");
        line("");
        line("Machine: " + in.machine() + ". Whole run: " + fmt(in.minutes(), 1) + " min.");
        line("");
        line("Command: `" + in.command() + "`");
        line("");
        line("Each cell: the median of " + in.rounds() + " rounds (after " + in.warmups() + " warm-up round"
             + (in.warmups() == 1 ? "" : "s") + "); within a (workload, concurrency) the four variants run back to"
             + " back, in an order that changes every round. Ratios (\"vs A\") are medians of per-round ratios to"
             + " floor A. CPU and allocation are the client JVM's (all its threads); the server runs in another JVM.");
        line("");
        line("![jobs/s and CPU per job](" + in.chartFile() + ")");
        for (Workload w : in.workloads()) {
            results(w);
        }
        targets();
        ceiling();
        decode();
        return md.toString();
    }

    private void results(Workload w) {
        line("");
        line("## " + w.name() + ": " + w.description() + ", " + w.callsOneInFlight() + " jobs per run at 1 in flight, "
             + w.callsConcurrent() + " above");
        line("");
        line("| in flight | variant | jobs/s | p50 ms | p99 ms | CPU µs/job | alloc KB/job | jobs/s vs A | CPU vs A | alloc vs A |");
        line("|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|");
        Results r = in.results();
        for (int level : in.levels()) {
            for (Variant v : Variant.values()) {
                line("| " + level + " | " + v.label()
                     + " | " + fmt(r.median(w, v, level, Metric.THROUGHPUT), 0)
                     + " | " + fmt(r.median(w, v, level, Metric.P50), 2)
                     + " | " + fmt(r.median(w, v, level, Metric.P99), 2)
                     + " | " + fmt(r.median(w, v, level, Metric.CPU), 0)
                     + " | " + fmt(r.median(w, v, level, Metric.ALLOCATION), 1)
                     + " | " + ratio(r.medianRatio(w, v, Variant.FLOOR_A, level, Metric.THROUGHPUT))
                     + " | " + ratio(r.medianRatio(w, v, Variant.FLOOR_A, level, Metric.CPU))
                     + " | " + ratio(r.medianRatio(w, v, Variant.FLOOR_A, level, Metric.ALLOCATION)) + " |");
            }
        }
    }

    private void targets() {
        line("");
        line("## Targets for camel-hrflow");
        line("");
        line("| goal | workload | ratio per in-flight level | |");
        line("|---|---|---|---|");
        for (Targets.Check check : Targets.check(in.results(), in.workloads(), in.levels())) {
            StringBuilder ratios = new StringBuilder();
            for (int i = 0; i < check.levels().size(); i++) {
                ratios.append(i == 0 ? "" : ", ").append(check.levels().get(i)).append(": ")
                        .append(ratio(check.ratios().get(i)));
            }
            line("| " + check.goal() + " | " + check.workload().name() + " | " + ratios + " | "
                 + (check.met() ? "met" : "**missed**") + " |");
        }
    }

    private void ceiling() {
        line("");
        line("## Server ceiling");
        line("");
        line("The least a client can do (one keep-alive socket per thread, requests encoded in advance, bodies read"
             + " and dropped) against each server, in its own JVM. The benchmark uses the job server: it replays the"
             + " sandbox's recorded answers byte for byte, so the clients get the CPU the sandbox would spend"
             + " serializing each job again.");
        line("");
        line("| server | answer | in flight | req/s | server CPU µs/req | raw client CPU µs/req | p50 ms |");
        line("|---|---|---:|---:|---:|---:|---:|");
        for (CeilingRow row : in.ceiling()) {
            Measurement m = row.measurement();
            line("| " + row.server() + " | " + row.answer() + " | " + row.concurrency() + " | "
                 + fmt(m.callsPerSecond(), 0) + " | " + fmt(m.serverCpuMicrosPerCall(), 0) + " | "
                 + fmt(m.cpuMicrosPerCall(), 0) + " | " + fmt(m.p50Millis(), 2) + " |");
        }
    }

    private void decode() {
        line("");
        line("## JSON decode of the large job alone (JMH, `-prof gc`)");
        line("");
        line("| benchmark | median µs/decode | mean µs/decode | ± (99.9%) | KB allocated/decode |");
        line("|---|---:|---:|---:|---:|");
        for (DecodeFigures.Figure f : in.decode()) {
            line("| " + f.name() + " | " + fmt(f.medianMicros(), 0) + " | " + fmt(f.micros(), 0) + " | "
                 + fmt(f.microsError(), 0) + " | " + fmt(f.bytesPerDecode() / 1024, 1) + " |");
        }
        line("");
        line("camelHrflowReader: the reader camel-hrflow's client uses; plainObjectMapper: `new ObjectMapper()`"
             + " with a hand-written envelope, as floors A and B; tokenScan: Jackson's parser alone, field names"
             + " and strings materialized (the floor of any Jackson decode).");
    }

    /** Also used for the chart's labels. */
    static String fmt(double value, int decimals) {
        if (Double.isNaN(value)) {
            return "–";
        }
        return String.format(Locale.ROOT, "%,." + decimals + "f", value);
    }

    private static String ratio(double value) {
        return Double.isNaN(value) ? "–" : String.format(Locale.ROOT, "%.2f×", value);
    }

    private void line(String text) {
        md.append(text).append('\n');
    }

    /** One line per cell, for the raw CSV next to the report. */
    public static String csv(Results results) {
        String header = "workload,variant,concurrency,round,calls,elapsed_ns,cpu_ns,allocated_bytes,p50_ns,p99_ns\n";
        return header + results.cells().stream()
                .map(c -> String.join(",", c.workload().name(), c.variant().name(), String.valueOf(c.concurrency()),
                        String.valueOf(c.round()), String.valueOf(c.measurement().calls()),
                        String.valueOf(c.measurement().elapsedNanos()), String.valueOf(c.measurement().cpuNanos()),
                        String.valueOf(c.measurement().allocatedBytes()), String.valueOf(c.measurement().p50Nanos()),
                        String.valueOf(c.measurement().p99Nanos())))
                .collect(Collectors.joining("\n", "", "\n"));
    }
}
