package io.github.camelhrflow.benchmarks;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.github.camelhrflow.benchmarks.jmh.DecodeFigures;
import io.github.camelhrflow.benchmarks.load.LoadDriver;
import io.github.camelhrflow.benchmarks.load.Measurement;
import io.github.camelhrflow.benchmarks.load.ServerCeiling;
import io.github.camelhrflow.benchmarks.operations.OperationResults;
import io.github.camelhrflow.benchmarks.operations.OperationRounds;
import io.github.camelhrflow.benchmarks.operations.OperationRow;
import io.github.camelhrflow.benchmarks.parsing.ParsingResults;
import io.github.camelhrflow.benchmarks.parsing.ParsingRow;
import io.github.camelhrflow.benchmarks.report.CeilingRow;
import io.github.camelhrflow.benchmarks.report.Cell;
import io.github.camelhrflow.benchmarks.report.Machine;
import io.github.camelhrflow.benchmarks.report.MarkdownReport;
import io.github.camelhrflow.benchmarks.report.ParsingReport;
import io.github.camelhrflow.benchmarks.report.Results;
import io.github.camelhrflow.benchmarks.report.SvgChart;
import io.github.camelhrflow.benchmarks.report.Workload;
import io.github.camelhrflow.benchmarks.server.ServerProcess;
import io.github.camelhrflow.benchmarks.variants.JobFetcher;
import io.github.camelhrflow.benchmarks.variants.Target;
import io.github.camelhrflow.benchmarks.variants.Variant;
import io.github.camelhrflow.model.Job;
import io.github.camelhrflow.sandbox.HrFlowSandbox;

/**
 * Runs the whole benchmark and writes {@code results.md}, {@code chart.svg} and {@code raw.csv} into the directory
 * given as the only argument.
 * <p>
 * System properties: {@code bench.rounds} (7), {@code bench.warmups} (1), {@code bench.scale} (1.0, multiplies the
 * jobs per run), {@code bench.jmh} (true), {@code bench.ceiling} (true), {@code bench.command} (shown in the report),
 * {@code bench.parsing} (true; false skips the CV parsing row, only runs it alone and writes {@code parsing.md}
 * instead), {@code bench.parsing.rounds} (5).
 */
public final class BenchmarkMain {

    static final List<Integer> LEVELS = List.of(1, 16, 64);
    /** The parsing row's runs take 40 s each (200 files, 16 at a time, a question every 3 s): fewer rounds. */
    static final int PARSING_ROUNDS = 5;

    private BenchmarkMain() {
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "results");
        int rounds = Integer.getInteger("bench.rounds", 7);
        int warmups = Integer.getInteger("bench.warmups", 1);
        double scale = Double.parseDouble(System.getProperty("bench.scale", "1"));
        String parsing = System.getProperty("bench.parsing", "true");
        int parsingRounds = Integer.getInteger("bench.parsing.rounds", PARSING_ROUNDS);
        if (!List.of("true", "false", "only").contains(parsing)) {
            throw new IllegalArgumentException("bench.parsing must be true, false or only, got " + parsing);
        }
        long start = System.nanoTime();
        Machine machine = Machine.current();
        String loadAtStart = Machine.loadAverage();
        System.out.println("camel-hrflow benchmarks on " + machine);
        String command = System.getProperty("bench.command", "benchmarks/run.sh") + options(rounds, warmups, scale)
                         + (parsing.equals("true") ? "" : " -Dbench.parsing=" + parsing)
                         + (parsingRounds != PARSING_ROUNDS ? " -Dbench.parsing.rounds=" + parsingRounds : "");
        if (parsing.equals("only")) {
            ParsingReport.Run run = parsingRow(parsingRounds, warmups);
            String report = ParsingReport.document(machine, command, (System.nanoTime() - start) / 60e9,
                    loadAtStart + " → " + Machine.loadAverage(), run);
            Files.createDirectories(out);
            // the other rows' results.md stays as it is
            Files.writeString(out.resolve("parsing.md"), report, StandardCharsets.UTF_8);
            System.out.println();
            System.out.println(report);
            System.out.println("Written to " + out.toAbsolutePath().resolve("parsing.md"));
            return;
        }

        List<Workload> workloads = workloads(scale);
        List<OperationRow> rows = OperationRow.all(scale);
        List<CeilingRow> ceiling = new ArrayList<>();
        Results results = new Results();
        OperationResults operations;
        try (LoadDriver driver = new LoadDriver()) {
            if (Boolean.parseBoolean(System.getProperty("bench.ceiling", "true"))) {
                ServerCeiling ceilings = new ServerCeiling(driver, LEVELS, 3, HrFlowSandbox.DEMO_API_KEY,
                        HrFlowSandbox.DEMO_USER_EMAIL);
                int healthCalls = (int) (10_000 * scale);
                try (ServerProcess sandbox = ServerProcess.sandbox()) {
                    ceiling.addAll(ceilings.measure(sandbox, workloads, healthCalls));
                }
                try (ServerProcess server = ServerProcess.jobServer()) {
                    ceiling.addAll(ceilings.measure(server, workloads, healthCalls));
                }
            }
            try (ServerProcess server = ServerProcess.jobServer()) {
                runRounds(driver, server, workloads, warmups, rounds, results);
                operations = OperationRounds.run(driver, server.baseUrl(), rows, warmups, rounds);
            }
        }
        ParsingReport.Run parsingRun = parsing.equals("true") ? parsingRow(parsingRounds, warmups) : null;
        List<DecodeFigures.Figure> decode = Boolean.parseBoolean(System.getProperty("bench.jmh", "true"))
                ? DecodeFigures.run() : List.of();

        double minutes = (System.nanoTime() - start) / 60e9;
        String report = MarkdownReport.render(new MarkdownReport.Input(machine, command, rounds, warmups, minutes,
                loadAtStart + " → " + Machine.loadAverage(),
                workloads, LEVELS, results, ceiling, operations, rows, decode, "chart.svg", parsingRun));
        Files.createDirectories(out);
        Files.writeString(out.resolve("results.md"), report, StandardCharsets.UTF_8);
        Files.writeString(out.resolve("chart.svg"), SvgChart.render(results, workloads, LEVELS),
                StandardCharsets.UTF_8);
        Files.writeString(out.resolve("raw.csv"), MarkdownReport.csv(results, operations,
                parsingRun == null ? new ParsingResults() : parsingRun.results()), StandardCharsets.UTF_8);
        System.out.println();
        System.out.println(report);
        System.out.println("Written to " + out.toAbsolutePath());
    }

    /** The CV parsing row, against a sandbox of its own: it parses, so the job server cannot serve it. */
    private static ParsingReport.Run parsingRow(int rounds, int warmups) throws Exception {
        ParsingRow row = ParsingRow.standard();
        try (ServerProcess sandbox = ServerProcess.sandbox()) {
            return new ParsingReport.Run(row, rounds, warmups, row.run(sandbox, warmups, rounds));
        }
    }

    /** The options that differ from the defaults, as they are given on the command line, so the report tells them. */
    static String options(int rounds, int warmups, double scale) {
        return (rounds != 7 ? " -Dbench.rounds=" + rounds : "") + (warmups != 1 ? " -Dbench.warmups=" + warmups : "")
               + (scale != 1 ? " -Dbench.scale=" + scale : "");
    }

    /** The demo board's five sample-sized jobs, and the large job alone. */
    static List<Workload> workloads(double scale) {
        HrFlowSandbox seed = HrFlowSandbox.builder().build();
        return List.of(
                new Workload("sample jobs", "the demo board's 5 jobs, 1.3–2.6 KB", HrFlowSandbox.DEMO_BOARD_KEY,
                        seed.jobKeys(HrFlowSandbox.DEMO_BOARD_KEY), (int) (3000 * scale), (int) (15_000 * scale)),
                new Workload("large job", "one job of about 200 KB", HrFlowSandbox.BENCHMARK_BOARD_KEY,
                        List.of(HrFlowSandbox.BENCHMARK_JOB_KEY), (int) (1500 * scale), (int) (2500 * scale)));
    }

    private static void runRounds(LoadDriver driver, ServerProcess server, List<Workload> workloads, int warmups,
                                  int rounds, Results results)
            throws Exception {
        Map<Workload, Map<Variant, JobFetcher>> fetchers = new LinkedHashMap<>();
        try {
            for (Workload w : workloads) {
                Target target = new Target(server.baseUrl(), w.boardKey(), HrFlowSandbox.DEMO_API_KEY,
                        HrFlowSandbox.DEMO_USER_EMAIL);
                Map<Variant, JobFetcher> byVariant = new EnumMap<>(Variant.class);
                for (Variant v : Variant.values()) {
                    byVariant.put(v, v.create(target));
                }
                fetchers.put(w, byVariant);
            }
            for (int round = -warmups; round < rounds; round++) {
                List<Variant> order = order(round);
                for (Workload w : workloads) {
                    for (int level : LEVELS) {
                        StringBuilder line = new StringBuilder(String.format("%s %d: %-11s %2d in flight:",
                                round < 0 ? "warm-up" : "round  ", round < 0 ? warmups + round + 1 : round + 1,
                                w.name(), level));
                        for (Variant v : order) {
                            JobFetcher fetcher = fetchers.get(w).get(v);
                            Measurement m = driver.run(key -> check(fetcher.fetch(key), key), w.keys(),
                                    w.calls(level), level, () -> -1);
                            if (round >= 0) {
                                results.add(new Cell(w, v, level, round, m));
                            }
                            line.append(String.format("  %s %,.0f/s %.0fµs", v.name(), m.callsPerSecond(),
                                    m.cpuMicrosPerCall()));
                        }
                        System.out.println(line);
                    }
                }
            }
        } finally {
            for (Map<Variant, JobFetcher> byVariant : fetchers.values()) {
                for (JobFetcher fetcher : byVariant.values()) {
                    fetcher.close();
                }
            }
        }
    }

    /** Every round starts with another variant, and odd rounds run backwards, so no variant always goes first. */
    static List<Variant> order(int round) {
        return OperationRounds.order(List.of(Variant.values()), round);
    }

    private static void check(Job job, String key) {
        if (job == null || !key.equals(job.getKey())) {
            throw new IllegalStateException("Asked for job " + key + ", got " + (job == null ? "null" : job.getKey()));
        }
    }
}
