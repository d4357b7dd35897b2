package io.github.camelhrflow.benchmarks.operations;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.github.camelhrflow.benchmarks.load.LoadDriver;
import io.github.camelhrflow.benchmarks.load.Measurement;
import io.github.camelhrflow.benchmarks.server.RecordedAnswers;
import io.github.camelhrflow.benchmarks.variants.JobFetcher;
import io.github.camelhrflow.benchmarks.variants.Target;
import io.github.camelhrflow.benchmarks.variants.Variant;
import io.github.camelhrflow.client.HrFlowJson;
import io.github.camelhrflow.model.Job;
import io.github.camelhrflow.sandbox.HrFlowSandbox;

/**
 * Runs the operation rows in rounds: within a (row, concurrency) the variants run back to back, in an order that
 * changes every round (rotated, and reversed every other round).
 */
public final class OperationRounds {

    private OperationRounds() {
    }

    public static OperationResults run(LoadDriver driver, String baseUrl, List<OperationRow> rows, int warmups,
                                       int rounds)
            throws Exception {
        Job toIndex = jobToIndex(baseUrl);
        OperationResults results = new OperationResults();
        Map<OperationRow, Map<String, OperationRun>> runs = new LinkedHashMap<>();
        try {
            for (OperationRow row : rows) {
                Target target = new Target(baseUrl, row.boardKey(), HrFlowSandbox.DEMO_API_KEY,
                        HrFlowSandbox.DEMO_USER_EMAIL);
                Map<String, OperationRun> byVariant = new LinkedHashMap<>();
                runs.put(row, byVariant);
                row.variants().forEach((name, factory) -> byVariant.put(name, factory.apply(target, toIndex)));
            }
            for (int round = -warmups; round < rounds; round++) {
                for (OperationRow row : rows) {
                    for (int level : row.levels()) {
                        List<String> order = order(List.copyOf(runs.get(row).keySet()), round);
                        StringBuilder line = new StringBuilder(String.format("%s %d: %-12s %2d in flight:",
                                round < 0 ? "warm-up" : "round  ", round < 0 ? warmups + round + 1 : round + 1,
                                row.name(), level));
                        for (String variant : order) {
                            OperationRun run = runs.get(row).get(variant);
                            run.beforeMeasurement(row.runs(level));
                            Measurement m;
                            try {
                                m = driver.run(key -> run.run(), List.of("-"), row.runs(level), level, () -> -1);
                            } finally {
                                run.afterMeasurement();
                            }
                            OperationCell cell = new OperationCell(row, variant, level, round, m);
                            if (round >= 0) {
                                results.add(cell);
                                results.note(row, variant, run.note());
                            }
                            line.append(String.format("  %s %,.0f jobs/s %.1fµs/job", row.code(variant),
                                    cell.jobsPerSecond(), cell.cpuMicrosPerJob()));
                            if (run.note() != null) {
                                line.append(" (").append(run.note()).append(')');
                            }
                        }
                        System.out.println(line);
                    }
                }
            }
        } finally {
            for (Map<String, OperationRun> byVariant : runs.values()) {
                for (OperationRun run : byVariant.values()) {
                    run.close();
                }
            }
        }
        return results;
    }

    /**
     * The order of the ways in a round: every round starts with another way, and odd rounds run backwards, so no way
     * always goes first.
     */
    public static <T> List<T> order(List<T> ways, int round) {
        List<T> order = new ArrayList<>(ways);
        Collections.rotate(order, Math.floorMod(round, order.size()));
        if (Math.floorMod(round, 2) == 1) {
            Collections.reverse(order);
        }
        return order;
    }

    /** The demo board's first job as the server gives it, made into a new job ({@link RecordedAnswers#indexJob}). */
    public static Job jobToIndex(String baseUrl) throws Exception {
        String key = HrFlowSandbox.builder().build().jobKeys(HrFlowSandbox.DEMO_BOARD_KEY).get(0);
        try (JobFetcher fetcher = Variant.FLOOR_A.create(new Target(baseUrl, HrFlowSandbox.DEMO_BOARD_KEY,
                HrFlowSandbox.DEMO_API_KEY, HrFlowSandbox.DEMO_USER_EMAIL))) {
            Job stored = fetcher.fetch(key);
            return HrFlowJson.mapper().treeToValue(RecordedAnswers.indexJob(HrFlowJson.mapper().valueToTree(stored)),
                    Job.class);
        }
    }
}
