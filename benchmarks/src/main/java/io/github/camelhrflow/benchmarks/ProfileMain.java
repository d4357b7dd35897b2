package io.github.camelhrflow.benchmarks;

import java.util.List;

import io.github.camelhrflow.benchmarks.load.LoadDriver;
import io.github.camelhrflow.benchmarks.load.Measurement;
import io.github.camelhrflow.benchmarks.operations.OperationRounds;
import io.github.camelhrflow.benchmarks.operations.OperationRow;
import io.github.camelhrflow.benchmarks.operations.OperationRun;
import io.github.camelhrflow.benchmarks.report.Workload;
import io.github.camelhrflow.benchmarks.server.ServerProcess;
import io.github.camelhrflow.benchmarks.variants.JobFetcher;
import io.github.camelhrflow.benchmarks.variants.Target;
import io.github.camelhrflow.benchmarks.variants.Variant;
import io.github.camelhrflow.model.Job;
import io.github.camelhrflow.sandbox.HrFlowSandbox;

/**
 * Keeps one variant busy on one workload for a while, for a profiler: start it with
 * {@code -XX:StartFlightRecording=filename=hrflow.jfr,settings=profile} and pass
 * {@code VARIANT WORKLOAD-INDEX CONCURRENCY SECONDS}, e.g. {@code CAMEL_HRFLOW 0 64 30} (0: sample jobs, 1: large
 * job). The server runs in its own process, so the recording holds the client alone.
 */
public final class ProfileMain {

    private ProfileMain() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 5 && args[0].equals("OPERATION")) {
            operation(Integer.parseInt(args[1]), args[2].equals("RAW"), Integer.parseInt(args[3]),
                    Long.parseLong(args[4]));
            return;
        }
        if (args.length != 4) {
            System.err.println("Usage: ProfileMain VARIANT WORKLOAD-INDEX CONCURRENCY SECONDS");
            System.err.println("   or: ProfileMain OPERATION ROW-INDEX RAW|HRFLOW CONCURRENCY SECONDS");
            System.exit(2);
        }
        Variant variant = Variant.valueOf(args[0]);
        Workload workload = BenchmarkMain.workloads(1).get(Integer.parseInt(args[1]));
        int concurrency = Integer.parseInt(args[2]);
        long until = System.nanoTime() + Long.parseLong(args[3]) * 1_000_000_000L;
        try (ServerProcess server = ServerProcess.jobServer();
             LoadDriver driver = new LoadDriver();
             JobFetcher fetcher = variant.create(new Target(server.baseUrl(), workload.boardKey(),
                     HrFlowSandbox.DEMO_API_KEY, HrFlowSandbox.DEMO_USER_EMAIL))) {
            while (System.nanoTime() < until) {
                Measurement m = driver.run(key -> {
                    Job job = fetcher.fetch(key);
                    if (!key.equals(job.getKey())) {
                        throw new IllegalStateException("Asked for " + key + ", got " + job.getKey());
                    }
                }, workload.keys(), workload.calls(concurrency), concurrency, () -> -1);
                System.out.printf("%s %s %d in flight: %,.0f jobs/s, %.0f µs CPU/job, %.1f KB/job%n", variant,
                        workload.name(), concurrency, m.callsPerSecond(), m.cpuMicrosPerCall(),
                        m.bytesPerCall() / 1024);
            }
        }
    }

    /**
     * {@code OPERATION 1 HRFLOW 1 30}: the board export through camel-hrflow, one at a time, for 30 seconds (row 0
     * index, 1 board export, 2 first sync through the consumer; HRFLOW is the way the row's goal judges).
     */
    private static void operation(int rowIndex, boolean raw, int concurrency, long seconds) throws Exception {
        OperationRow row = OperationRow.all(1).get(rowIndex);
        long until = System.nanoTime() + seconds * 1_000_000_000L;
        try (ServerProcess server = ServerProcess.jobServer();
             LoadDriver driver = new LoadDriver()) {
            Target target = new Target(server.baseUrl(), row.boardKey(), HrFlowSandbox.DEMO_API_KEY,
                    HrFlowSandbox.DEMO_USER_EMAIL);
            Job toIndex = OperationRounds.jobToIndex(server.baseUrl());
            try (OperationRun run = (raw ? row.raw() : row.hrflow()).apply(target, toIndex)) {
                while (System.nanoTime() < until) {
                    run.beforeMeasurement(row.runs(concurrency));
                    Measurement m;
                    try {
                        m = driver.run(key -> run.run(), List.of("-"), row.runs(concurrency), concurrency, () -> -1);
                    } finally {
                        run.afterMeasurement();
                    }
                    System.out.printf("%s %s %d in flight: %,.0f jobs/s, %.1f µs CPU/job%n", row.name(),
                            raw ? OperationRow.RAW : row.judged(), concurrency,
                            m.callsPerSecond() * row.jobsPerRun(), m.cpuMicrosPerCall() / row.jobsPerRun());
                }
            }
        }
    }
}
