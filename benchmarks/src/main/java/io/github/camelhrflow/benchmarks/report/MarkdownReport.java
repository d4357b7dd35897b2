package io.github.camelhrflow.benchmarks.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import io.github.camelhrflow.benchmarks.jmh.DecodeFigures;
import io.github.camelhrflow.benchmarks.load.Measurement;
import io.github.camelhrflow.benchmarks.operations.OperationCell;
import io.github.camelhrflow.benchmarks.operations.OperationResults;
import io.github.camelhrflow.benchmarks.operations.OperationRow;
import io.github.camelhrflow.benchmarks.parsing.ParsingResults;
import io.github.camelhrflow.benchmarks.variants.Variant;

/**
 * Writes {@code results.md}: setup, results per workload, the operation rows, targets, the servers' ceilings and the
 * JMH figures.
 */
public final class MarkdownReport {

    /**
     * Everything the report shows.
     *
     * @param machine     where it ran
     * @param command     how to run it again
     * @param rounds      measured rounds per cell
     * @param warmups     unmeasured rounds before them
     * @param minutes     how long the whole run took
     * @param load        the machine's load average (1 min) at the start and the end, e.g. "3.1 → 4.0"
     * @param workloads   the job sets
     * @param levels      the concurrency levels
     * @param results     every measured run
     * @param ceiling     the servers' ceiling
     * @param operations  the operation rows' runs
     * @param rows        the operation rows
     * @param decode      the JMH figures
     * @param chartFile   the chart's file name, next to the report
     * @param parsing     the CV parsing row, or null when it did not run
     */
    public record Input(Machine machine, String command, int rounds, int warmups, double minutes, String load,
                        List<Workload> workloads, List<Integer> levels, Results results, List<CeilingRow> ceiling,
                        OperationResults operations, List<OperationRow> rows, List<DecodeFigures.Figure> decode,
                        String chartFile, ParsingReport.Run parsing) {
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
        line("Machine: " + in.machine() + ". Whole run: " + fmt(in.minutes(), 1) + " min. Load average (1 min, other"
             + " users included) at start and end: " + in.load() + ".");
        line("");
        line("Command: `" + in.command() + "`");
        line("");
        line("Each cell: the median of " + in.rounds() + " rounds (after " + in.warmups() + " warm-up round"
             + (in.warmups() == 1 ? "" : "s") + "); within a (workload, concurrency) the variants run back to"
             + " back, in an order that changes every round. Ratios (\"vs A\", \"vs proc\") are medians of per-round"
             + " ratios to floor A and to floor A called from a Camel processor. CPU and allocation are the client"
             + " JVM's (all its threads); the server runs in another JVM on the same cores, so client CPU is"
             + " throughput." + (in.rounds() < 5 ? " **Fewer than 5 rounds: a quick look, not a verdict on the"
                                                   + " targets.**"
                     : ""));
        line("");
        line("![jobs/s and CPU per job](" + in.chartFile() + ")");
        for (Workload w : in.workloads()) {
            results(w);
        }
        operations();
        if (in.parsing() != null) {
            ParsingReport.section(in.parsing()).forEach(this::line);
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
        line("| in flight | variant | jobs/s | p50 ms | p99 ms | CPU µs/job | alloc KB/job | jobs/s vs A | CPU vs A"
             + " | CPU vs proc | alloc vs A |");
        line("|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
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
                     + " | " + ratio(r.medianRatio(w, v, Variant.RAW_IN_PROCESSOR, level, Metric.CPU))
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
        List<Targets.Check> checks = new ArrayList<>(Targets.check(in.results(), in.workloads(), in.levels()));
        checks.addAll(Targets.check(in.operations(), in.rows()));
        for (Targets.Check check : checks) {
            StringBuilder ratios = new StringBuilder();
            for (int i = 0; i < check.levels().size(); i++) {
                ratios.append(i == 0 ? "" : ", ").append(check.levels().get(i)).append(": ")
                        .append(ratio(check.ratios().get(i)));
            }
            line("| " + check.goal() + " | " + check.workload() + " | " + ratios + " | " + check.verdict() + " |");
        }
    }

    private void operations() {
        if (in.rows().isEmpty()) {
            return;
        }
        line("");
        line("## Writes and whole boards: camel-hrflow beside a raw HttpClient 5 + Jackson loop");
        line("");
        line("Same rounds, same server. A run of `index` is one POST; a run of `board export` reads the whole board"
             + " (every page, every job handed to the next step). Ratios are to the raw loop, medians of per-round"
             + " ratios. The export without split walks camel-hrflow's iterator in one processor: the gap to the raw"
             + " loop is the component's, the gap to the split is Camel's. A run of `first sync` is a consumer in a"
             + " CamelContext of its own with an empty in-memory position, from its route's start to the end of the"
             + " poll that delivered the board's last version (the context is built before the measurement and"
             + " closed after it), beside the export and the raw loop measured again in the same rounds.");
        line("");
        line("| operation | what | in flight | variant | jobs/s | CPU µs/job | alloc KB/job | jobs/s vs raw"
             + " | CPU vs raw |");
        line("|---|---|---:|---|---:|---:|---:|---:|---:|");
        OperationResults r = in.operations();
        List<String> notes = new ArrayList<>();
        for (OperationRow row : in.rows()) {
            for (int level : row.levels()) {
                for (String variant : row.variants().keySet()) {
                    boolean raw = variant.equals(OperationRow.RAW);
                    line("| " + row.name() + " | " + row.description() + " | " + level + " | " + variant
                         + " | " + fmt(r.median(row, variant, level, OperationCell::jobsPerSecond), 0)
                         + " | " + fmt(r.median(row, variant, level, OperationCell::cpuMicrosPerJob), 1)
                         + " | " + fmt(r.median(row, variant, level, OperationCell::kilobytesPerJob), 1)
                         + " | " + (raw ? "1.00×"
                                 : ratio(r.medianRatio(row, variant, level, OperationCell::jobsPerSecond)))
                         + " | " + (raw ? "1.00×"
                                 : ratio(r.medianRatio(row, variant, level, OperationCell::cpuMicrosPerJob)))
                         + " |");
                }
            }
            r.notes(row).forEach((variant, note) -> notes.add(row.name() + ", " + variant + ": " + note + "."));
        }
        if (!notes.isEmpty()) {
            line("");
            line("Last measured round: " + String.join(" ", notes));
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
        sandboxOrJobServer();
    }

    /**
     * Issue 12's question: could the sandbox serve the benchmark itself? Only if its ceiling stays well above what
     * the fastest variant asks of it.
     */
    private void sandboxOrJobServer() {
        List<String> rows = new ArrayList<>();
        for (CeilingRow sandbox : in.ceiling()) {
            Workload workload = in.workloads().stream().filter(w -> w.name().equals(sandbox.answer())).findFirst()
                    .orElse(null);
            CeilingRow jobServer = in.ceiling().stream()
                    .filter(r -> !r.server().equals(sandbox.server()) && r.answer().equals(sandbox.answer())
                                 && r.concurrency() == sandbox.concurrency())
                    .findFirst().orElse(null);
            if (workload == null || jobServer == null || !sandbox.server().equals("hrflow-sandbox")) {
                continue;
            }
            double fastest = 0;
            for (Variant v : Variant.values()) {
                fastest = Math.max(fastest, in.results().median(workload, v, sandbox.concurrency(), Metric.THROUGHPUT));
            }
            double sandboxRate = sandbox.measurement().callsPerSecond();
            rows.add("| " + sandbox.answer() + " | " + sandbox.concurrency() + " | " + fmt(sandboxRate, 0) + " | "
                     + fmt(jobServer.measurement().callsPerSecond(), 0) + " | "
                     + ratio(sandboxRate / jobServer.measurement().callsPerSecond()) + " | " + fmt(fastest, 0) + " | "
                     + ratio(sandboxRate / fastest) + " |");
        }
        if (rows.isEmpty()) {
            return;
        }
        line("");
        line("Could the sandbox serve the benchmark? Its ceiling beside the job server's and beside the fastest"
             + " variant's jobs/s (measured against the job server): below about 2× the fastest variant the server,"
             + " not the client, would set the figures.");
        line("");
        line("| answer | in flight | sandbox req/s | job server req/s | sandbox / job server | fastest variant jobs/s"
             + " | sandbox / fastest variant |");
        line("|---|---:|---:|---:|---:|---:|---:|");
        rows.forEach(this::line);
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

    static String ratio(double value) {
        return Double.isNaN(value) ? "–" : String.format(Locale.ROOT, "%.2f×", value);
    }

    private void line(String text) {
        md.append(text).append('\n');
    }

    /** One line per cell, for the raw CSV next to the report; a parsing run's calls are its files, p50 and p99 -1. */
    public static String csv(Results results, OperationResults operations, ParsingResults parsing) {
        String header = "workload,variant,concurrency,round,calls,jobs_per_call,elapsed_ns,cpu_ns,allocated_bytes,"
                        + "p50_ns,p99_ns\n";
        Stream<String> gets = results.cells().stream()
                .map(c -> csvLine(c.workload().name(), c.variant().name(), c.concurrency(), c.round(), 1,
                        c.measurement()));
        Stream<String> ops = operations.cells().stream()
                .map(c -> csvLine(c.row().name(), c.row().code(c.variant()), c.concurrency(), c.round(),
                        c.row().jobsPerRun(), c.measurement()));
        Stream<String> parses = parsing.runs().stream()
                .map(r -> csvLine("CV parsing", r.way().name(), r.way().inFlight(r.files()), r.round(), 1,
                        new Measurement(r.files(), r.elapsedNanos(), r.cpuNanos(), r.allocatedBytes(), -1, -1, -1)));
        return header + Stream.of(gets, ops, parses).flatMap(s -> s).collect(Collectors.joining("\n", "", "\n"));
    }

    private static String csvLine(String workload, String variant, int concurrency, int round, int jobsPerCall,
                                  Measurement m) {
        return String.join(",", workload, variant, String.valueOf(concurrency), String.valueOf(round),
                String.valueOf(m.calls()), String.valueOf(jobsPerCall), String.valueOf(m.elapsedNanos()),
                String.valueOf(m.cpuNanos()), String.valueOf(m.allocatedBytes()), String.valueOf(m.p50Nanos()),
                String.valueOf(m.p99Nanos()));
    }
}
